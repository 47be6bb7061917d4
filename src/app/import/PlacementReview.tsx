/**
 * What the import placed how: how many actors got their coordinates from the file, from the
 * gazetteer (their town), from their region's or country's centre, or not at all, and the towns
 * a person should look at — names that matched several places, or none — with the candidates.
 */

import type { PlacementSummary } from '../../io/index.ts';
import { useWording } from '../i18n.ts';

const REVIEW_SHOWN = 200;

export function PlacementReview({ placement }: { placement: PlacementSummary | undefined }) {
  const { t } = useWording();
  if (!placement) return null;
  const { placed, unplaced, review } = placement;
  const counts = [
    { key: 'file', count: placed.file, label: t('placement.file', { count: placed.file }) },
    {
      key: 'gazetteer',
      count: placed.gazetteer,
      label: t('placement.gazetteer', { count: placed.gazetteer }),
    },
    {
      key: 'region',
      count: placed['region centre'],
      label: t('placement.regionCentre', { count: placed['region centre'] }),
    },
    {
      key: 'country',
      count: placed['country centre'],
      label: t('placement.countryCentre', { count: placed['country centre'] }),
    },
    { key: 'unplaced', count: unplaced, label: t('placement.unplaced', { count: unplaced }) },
  ].filter((entry) => entry.count > 0);
  return (
    <section aria-label={t('placement.title')} data-testid="placement-review">
      <h3>{t('placement.title')}</h3>
      <ul className="small plain" data-testid="placement-counts">
        {counts.map((entry) => (
          <li key={entry.key}>{entry.label}</li>
        ))}
      </ul>
      {unplaced > 0 && <p className="muted small">{t('placement.unplacedNote')}</p>}
      {review.length === 0 ? (
        placed.gazetteer > 0 && <p className="muted small">{t('placement.noReview')}</p>
      ) : (
        <>
          <p className="small">{t('placement.reviewIntro', { count: review.length })}</p>
          <div className="preview-scroll">
            <table className="data-table" data-testid="placement-review-table">
              <thead>
                <tr>
                  <th scope="col">{t('placement.column.actor')}</th>
                  <th scope="col">{t('placement.column.town')}</th>
                  <th scope="col">{t('placement.column.problem')}</th>
                  <th scope="col">{t('placement.column.candidates')}</th>
                  <th scope="col">{t('placement.column.row')}</th>
                </tr>
              </thead>
              <tbody>
                {review.slice(0, REVIEW_SHOWN).map((entry) => (
                  <tr key={`${entry.id}|${entry.city}`} data-code={entry.code}>
                    <td>{entry.actor}</td>
                    <td>
                      {entry.city}
                      {entry.country ? ` (${entry.country})` : ''}
                    </td>
                    <td>
                      {entry.code === 'place-ambiguous'
                        ? t('placement.ambiguous', { count: entry.candidates.length })
                        : t('placement.unmatched')}
                    </td>
                    <td>
                      {entry.candidates
                        .slice(0, 5)
                        .map((place) => `${place.name} (${place.country})`)
                        .join(', ')}
                    </td>
                    <td>{entry.file ? `${entry.file}${entry.row ? `:${entry.row}` : ''}` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {review.length > REVIEW_SHOWN && (
            <p className="muted small">
              {t('placement.reviewMore', { shown: REVIEW_SHOWN, count: review.length })}
            </p>
          )}
        </>
      )}
      {placement.attribution && <p className="muted small attribution">{placement.attribution}</p>}
    </section>
  );
}
