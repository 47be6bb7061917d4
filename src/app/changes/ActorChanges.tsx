/**
 * Who entered and who left between A and B (the best connected first), and who climbed or fell
 * on a measure of the registry: competition ranks in each window, highest value first.
 */

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputId } from '../../analysis/registry.ts';
import { useWording } from '../i18n.ts';
import { ActorName } from './ActorName.tsx';
import type { HeldComparison } from './changes-store.ts';
import { RANKABLE_OUTPUTS } from './choice.ts';
import { useFormats } from './format.ts';
import { movedActors, type RankRow, rankRows } from './rows.ts';

const SHOWN = 20;

export function ActorChanges({
  held,
  rankBy,
  onRankBy,
}: {
  held: HeldComparison;
  rankBy: OutputId;
  onRankBy: (output: OutputId) => void;
}) {
  const { t } = useWording();
  const registry = useTranslation('registry').t;
  const format = useFormats();
  const { comparison, network } = held;
  const label = (key: string) => (network.hasNode(key) ? network.getNodeAttribute(key, 'label') : key);
  const ranks = useMemo(() => rankRows(comparison, rankBy, 15), [comparison, rankBy]);
  const moved = useMemo(
    () =>
      (['entered', 'left'] as const).map((status) => ({
        status,
        rows: movedActors(comparison, status, SHOWN),
        total: comparison.actors[status],
      })),
    [comparison],
  );
  const rankList = (title: string, rows: readonly RankRow[], testId: string) => (
    <div>
      <h4>{title}</h4>
      {rows.length === 0 ? (
        <p className="muted">{t('changes.ranks.none')}</p>
      ) : (
        <ol className="changes-list" data-testid={testId}>
          {rows.map((row) => (
            <li key={row.key}>
              <ActorName actorKey={row.key} label={label(row.key)} />{' '}
              <span className="muted">
                {t('changes.ranks.move', {
                  from: row.rankFrom,
                  to: row.rankTo,
                  change: format.change(row.change),
                  valueFrom: format.number(row.valueFrom),
                  valueTo: format.number(row.valueTo),
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
  return (
    <>
      <section className="changes-section" data-testid="actor-changes" aria-labelledby="actor-changes-title">
        <h3 id="actor-changes-title">{t('changes.actors.title')}</h3>
        <div className="changes-columns">
          {moved.map(({ status, rows, total }) => (
            <div key={status}>
              <h4>{t(`changes.actors.${status}`, { count: total })}</h4>
              <ol className="changes-list" data-testid={`actors-${status}`}>
                {rows.map((row) => (
                  <li key={row.key}>
                    <ActorName actorKey={row.key} label={label(row.key)} />{' '}
                    <span className="muted">{t('changes.actors.partners', { count: row.partners })}</span>
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
      <section className="changes-section" data-testid="rank-changes" aria-labelledby="rank-changes-title">
        <h3 id="rank-changes-title">{t('changes.ranks.title')}</h3>
        <label>
          {t('changes.ranks.measure')}{' '}
          <select
            data-testid="rank-by"
            value={rankBy}
            onChange={(event) => onRankBy(event.target.value as OutputId)}
          >
            {RANKABLE_OUTPUTS.map((output) => (
              <option key={output.id} value={output.id}>
                {registry(`output.${output.id}`)}
              </option>
            ))}
          </select>
        </label>
        {ranks === null ? (
          <p className="muted">{t('changes.ranks.pending')}</p>
        ) : (
          <>
            <p className="muted small">{t('changes.ranks.note', { count: ranks.ranked })}</p>
            <div className="changes-columns">
              {rankList(t('changes.ranks.climbers'), ranks.climbers, 'rank-climbers')}
              {rankList(t('changes.ranks.fallers'), ranks.fallers, 'rank-fallers')}
            </div>
          </>
        )}
      </section>
    </>
  );
}
