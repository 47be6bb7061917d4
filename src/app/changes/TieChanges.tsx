/**
 * The ties that entered, were lost or persisted between A and B, one status at a time, the
 * strongest first: each pair named, local or external under the locality rule, with its strength
 * in both windows. The full lists are in the export.
 */

import { useMemo, useState } from 'react';
import type { TieStatus } from '../../analysis/time/tie-changes.ts';
import { useWording } from '../i18n.ts';
import { ActorName } from './ActorName.tsx';
import type { HeldComparison } from './changes-store.ts';
import { useFormats } from './format.ts';
import { tieRows } from './rows.ts';

const SHOWN = 50;
const ORDER: TieStatus[] = ['entered', 'left', 'persisted'];

export function TieChanges({ held }: { held: HeldComparison }) {
  const { t } = useWording();
  const format = useFormats();
  const [status, setStatus] = useState<TieStatus>('entered');
  const { comparison, network } = held;
  const total = comparison.ties[status];
  const rows = useMemo(() => tieRows(comparison, status, SHOWN), [comparison, status]);
  const label = (key: string) => (network.hasNode(key) ? network.getNodeAttribute(key, 'label') : key);
  const localWord = (local: number) =>
    local === 1 ? t('changes.local') : local === 0 ? t('changes.external') : t('changes.unclassified');
  return (
    <section className="changes-section" data-testid="tie-changes" aria-labelledby="tie-changes-title">
      <h3 id="tie-changes-title">{t('changes.ties.title')}</h3>
      <div className="changes-switch" role="radiogroup" aria-label={t('changes.ties.title')}>
        {ORDER.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="tie-status"
              checked={status === option}
              onChange={() => setStatus(option)}
            />{' '}
            {t(`changes.ties.${option}`, { count: comparison.ties[option] })}
          </label>
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('changes.ties.none')}</p>
      ) : (
        <table className="data-table changes-table">
          <thead>
            <tr>
              <th scope="col">{t('changes.ties.actor')}</th>
              <th scope="col">{t('changes.ties.partner')}</th>
              <th scope="col">{t('changes.ties.where')}</th>
              <th scope="col">{t('changes.ties.strengthA')}</th>
              <th scope="col">{t('changes.ties.strengthB')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.source}\n${row.target}`} data-testid="tie-change-row" data-status={status}>
                <td>
                  <ActorName actorKey={row.source} label={label(row.source)} />
                </td>
                <td>
                  <ActorName actorKey={row.target} label={label(row.target)} />
                </td>
                <td>{localWord(row.local)}</td>
                <td className="number">{format.number(row.strengthFrom)}</td>
                <td className="number">{format.number(row.strengthTo)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > rows.length && (
        <p className="muted small">{t('changes.more', { shown: rows.length, total })}</p>
      )}
    </section>
  );
}
