/**
 * Local detachment paths: per actor, its share of local ties and its local attachment (local
 * knowledge ties / all its knowledge ties) in each year from A to B, as small multiples — the
 * actor in the profile first, then the actors whose share fell most — and the lists of actors
 * detaching (their ties went abroad) and attaching.
 */

import { LineChart } from '../charts/LineChart.tsx';
import { useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { ActorName } from './ActorName.tsx';
import type { HeldComparison } from './changes-store.ts';
import { localityRule, useFormats } from './format.ts';
import { localityRows, pathActors, pathSeries } from './rows.ts';

const PATHS_SHOWN = 6;
const LISTED = 15;
const SHARE_COLOUR = '#0b5cad';
const ATTACHMENT_COLOUR = '#b45309';

export function DetachmentSection({ held }: { held: HeldComparison }) {
  const { t } = useWording();
  const format = useFormats();
  const selected = useExplorer((state) => state.selected);
  const { comparison, network } = held;
  const { locality } = comparison;
  const label = (key: string) => (network.hasNode(key) ? network.getNodeAttribute(key, 'label') : key);
  const rule = localityRule(t, locality);
  const shown = pathActors(comparison, selected, PATHS_SHOWN);
  const lists = (['detaching', 'attaching'] as const).map((which) => ({
    which,
    rows: localityRows(comparison, which, LISTED),
    total: locality[which].length,
  }));
  return (
    <section className="changes-section" data-testid="detachment" aria-labelledby="detachment-title">
      <h3 id="detachment-title">{t('changes.detachment.title')}</h3>
      <p className="muted small">{t('changes.detachment.note', { rule })}</p>
      {shown.length === 0 ? (
        <p className="muted">{t('changes.detachment.noPaths')}</p>
      ) : (
        <div className="small-multiples" data-testid="detachment-paths">
          {shown.map((key) => {
            const series = pathSeries(comparison, key);
            if (!series) return null;
            const share = t('changes.detachment.share');
            const attachment = t('changes.detachment.attachment');
            return (
              <LineChart
                key={key}
                title={label(key)}
                summary={t('changes.detachment.summary', {
                  actor: label(key),
                  first: String(series.years[0]),
                  last: String(series.years[series.years.length - 1]),
                  from: format.share(series.localShare[0]),
                  to: format.share(series.localShare[series.localShare.length - 1]),
                })}
                xs={series.years}
                xLabel={t('changes.detachment.year')}
                format={format.share}
                series={[
                  { id: 'share', label: share, colour: SHARE_COLOUR, values: series.localShare },
                  {
                    id: 'attachment',
                    label: attachment,
                    colour: ATTACHMENT_COLOUR,
                    values: series.localAttachment,
                    dashed: true,
                  },
                ]}
                testId="detachment-path"
              />
            );
          })}
        </div>
      )}
      <ul className="changes-legend">
        <li>
          <span className="swatch line" style={{ background: SHARE_COLOUR }} aria-hidden="true" />{' '}
          {t('changes.detachment.share')}
        </li>
        <li>
          <span
            className="swatch line dashed"
            style={{ borderColor: ATTACHMENT_COLOUR }}
            aria-hidden="true"
          />{' '}
          {t('changes.detachment.attachment')}
        </li>
      </ul>
      <div className="changes-columns">
        {lists.map(({ which, rows, total }) => (
          <div key={which}>
            <h4>{t(`changes.detachment.${which}`, { count: total })}</h4>
            <ol className="changes-list" data-testid={`actors-${which}`}>
              {rows.map((row) => (
                <li key={row.key}>
                  <ActorName actorKey={row.key} label={label(row.key)} />{' '}
                  <span className="muted">
                    {t('changes.detachment.move', { from: format.share(row.from), to: format.share(row.to) })}
                  </span>
                </li>
              ))}
            </ol>
            {total > rows.length && (
              <p className="muted small">{t('changes.more', { shown: rows.length, total })}</p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
