/** Who is in the network: actors by kind and by locality value, relations by kind. */
import { BarChart } from '../../charts/BarChart.tsx';
import { type BarItem, describeBars } from '../../charts/describe.ts';
import { useWording } from '../../i18n.ts';
import { fieldLabel } from '../../words.ts';
import type { FieldBreakdown } from './composition.ts';

export interface CompositionProps {
  actorKinds: BarItem[];
  relationKinds: BarItem[];
  locality: FieldBreakdown;
  localityField: string;
}

export function CompositionSection({ actorKinds, relationKinds, locality, localityField }: CompositionProps) {
  const wording = useWording();
  const { t } = wording;
  const field = fieldLabel(t, localityField);
  const localityTitle = t('overview.composition.byField', { field });
  const byKind = t('overview.composition.byKind');
  const relationsByKind = t('overview.composition.relationsByKind');
  return (
    <section className="overview-section" aria-labelledby="overview-composition-title">
      <h2 id="overview-composition-title">{t('overview.composition.title')}</h2>
      <div className="overview-grid">
        <BarChart
          testId="composition-kind"
          title={byKind}
          items={actorKinds}
          summary={describeBars(byKind, actorKinds, wording)}
        />
        <BarChart
          testId="composition-relations"
          title={relationsByKind}
          items={relationKinds}
          unit="relations"
          summary={describeBars(relationsByKind, relationKinds, wording, 'relations')}
        />
        {locality.distinctValues > 0 ? (
          <BarChart
            testId="composition-locality"
            title={localityTitle}
            items={locality.items}
            summary={describeBars(localityTitle, locality.items, wording)}
          />
        ) : (
          <figure className="chart" data-testid="composition-locality">
            <figcaption>
              <span className="chart-title">{localityTitle}</span>
            </figcaption>
            <p className="muted small">{t('overview.composition.noValues', { field })}</p>
          </figure>
        )}
      </div>
    </section>
  );
}
