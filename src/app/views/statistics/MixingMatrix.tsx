/**
 * The mixing matrix of the test's grouping field: ties between each pair of groups as a table
 * whose cells are shaded by their count (a heat map that stays a table, readable by a screen
 * reader and copyable). The counts are those of the homophily measure (analysis/assortativity.ts).
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MixingTable } from '../../pipeline/statistics-job.ts';

/** Cell shading: the share of the largest count, on a square-root scale so small counts still show. */
export function shade(count: number, largest: number): number {
  return largest > 0 ? Math.sqrt(count / largest) : 0;
}

/** Memoised: typing in the options form redraws the form, not a result of many rows. */
export const MixingMatrix = memo(function MixingMatrix({ mixing }: { mixing: MixingTable }) {
  const { t, i18n } = useTranslation();
  const largest = Math.max(0, ...mixing.counts.flat());
  const count = (value: number) => value.toLocaleString(i18n.language);
  return (
    <section className="statistics-section" aria-labelledby="statistics-mixing-title">
      <h3 id="statistics-mixing-title">{t('statistics.mixingTitle', { field: mixing.field })}</h3>
      {mixing.labels.length === 0 ? (
        <p className="muted">{t('statistics.mixingNone', { field: mixing.field })}</p>
      ) : (
        <>
          <p className="muted small">{t('statistics.mixingNote')}</p>
          <div className="statistics-mixing-scroll">
            <table className="statistics-mixing" data-testid="mixing-matrix">
              <thead>
                <tr>
                  <th scope="col">{mixing.field}</th>
                  {mixing.labels.map((label) => (
                    <th key={label} scope="col">
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {mixing.labels.map((label, g) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    {mixing.counts[g].map((value, h) => {
                      const level = shade(value, largest);
                      return (
                        <td
                          key={mixing.labels[h]}
                          className={g === h ? 'diagonal' : undefined}
                          style={{
                            background: `rgba(37, 99, 235, ${(0.85 * level).toFixed(3)})`,
                            color: level > 0.55 ? '#fff' : undefined,
                          }}
                        >
                          {count(value)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
});
