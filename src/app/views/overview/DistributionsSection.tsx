/** Histograms of the main measures, from the analysis columns. */
import { Histogram } from '../../charts/Histogram.tsx';
import { useWording } from '../../i18n.ts';
import type { DistributionChart } from './distributions.ts';

export function DistributionsSection({ charts }: { charts: DistributionChart[] }) {
  const { t } = useWording();
  if (charts.length === 0) return null;
  return (
    <section className="overview-section" aria-labelledby="overview-distributions-title">
      <h2 id="overview-distributions-title">{t('overview.distributions.title')}</h2>
      <p className="muted small">{t('overview.distributions.note')}</p>
      <div className="overview-grid">
        {charts.map((chart) => (
          <Histogram
            key={chart.spec.column}
            testId={`chart-${chart.spec.column}`}
            title={chart.title}
            caption={chart.meaning}
            axisLabel={chart.axisLabel}
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
