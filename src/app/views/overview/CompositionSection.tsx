/** Who is in the network: actors by kind and by locality value, relations by kind. */
import { BarChart } from '../../charts/BarChart.tsx';
import { type BarItem, describeBars } from '../../charts/describe.ts';
import type { FieldBreakdown } from './composition.ts';

export interface CompositionProps {
  actorKinds: BarItem[];
  relationKinds: BarItem[];
  locality: FieldBreakdown;
  localityField: string;
}

export function CompositionSection({ actorKinds, relationKinds, locality, localityField }: CompositionProps) {
  const localityTitle = `Actors by ${localityField}`;
  return (
    <section className="overview-section" aria-labelledby="overview-composition-title">
      <h2 id="overview-composition-title">Composition</h2>
      <div className="overview-grid">
        <BarChart
          testId="composition-kind"
          title="Actors by kind"
          items={actorKinds}
          summary={describeBars('Actors by kind', actorKinds)}
        />
        <BarChart
          testId="composition-relations"
          title="Relations by kind"
          items={relationKinds}
          unit="relations"
          summary={describeBars('Relations by kind', relationKinds, 'relations')}
        />
        {locality.distinctValues > 0 ? (
          <BarChart
            testId="composition-locality"
            title={localityTitle}
            items={locality.items}
            summary={describeBars(localityTitle, locality.items)}
          />
        ) : (
          <figure className="chart" data-testid="composition-locality">
            <figcaption>
              <span className="chart-title">{localityTitle}</span>
            </figcaption>
            <p className="muted small">No actor has a value for “{localityField}”.</p>
          </figure>
        )}
      </div>
    </section>
  );
}
