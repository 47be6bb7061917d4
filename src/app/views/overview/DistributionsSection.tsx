/** Histograms of the main measures, from the analysis columns. */
import { Histogram } from '../../charts/Histogram.tsx';
import type { DistributionChart } from './distributions.ts';

export function DistributionsSection({ charts }: { charts: DistributionChart[] }) {
  if (charts.length === 0) return null;
  return (
    <section className="overview-section" aria-labelledby="overview-distributions-title">
      <h2 id="overview-distributions-title">How the measures are spread</h2>
      <p className="muted small">
        Bars count actors per range of the measure; the dashed line marks the median, the dotted line the
        mean.
      </p>
      <div className="overview-grid">
        {charts.map((chart) => (
          <Histogram
            key={chart.spec.column}
            testId={`chart-${chart.spec.column}`}
            title={chart.title}
            caption={chart.spec.meaning}
            axisLabel={chart.spec.axisLabel}
            bins={chart.bins}
            stats={chart.stats}
            scale={chart.scale}
            summary={chart.summary}
          />
        ))}
      </div>
    </section>
  );
}
