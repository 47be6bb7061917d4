/** The ten actors with the most partners and the highest betweenness; a click selects one on the canvas. */

import { formatNumber } from '../../charts/format.ts';
import { DATA, useWording } from '../../i18n.ts';
import { ACTOR_KIND_COLOURS } from '../../palette.ts';

export interface RankedActor {
  readonly key: string;
  readonly label: string;
  readonly kind: string;
  readonly value: number;
}

export interface TopList {
  readonly id: string;
  readonly title: string;
  readonly valueLabel: string;
  readonly actors: readonly RankedActor[];
}

export function TopActorsSection({
  lists,
  selected,
  onOpen,
}: {
  lists: TopList[];
  selected: string | null;
  onOpen: (key: string) => void;
}) {
  const { t, language } = useWording();
  if (lists.length === 0) return null;
  return (
    <section className="overview-section" aria-labelledby="overview-top-title">
      <h2 id="overview-top-title">{t('overview.top.title')}</h2>
      <div className="overview-grid">
        {lists.map((list) => (
          <table key={list.id} className="data-table top-actors" data-testid={`top-${list.id}`}>
            <caption>{list.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.top.rank')}</th>
                <th scope="col">{t('overview.top.actor')}</th>
                <th scope="col" className="number">
                  {list.valueLabel}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.actors.map((actor, rank) => (
                <tr key={actor.key} className={actor.key === selected ? 'selected' : undefined}>
                  <td className="muted">{rank + 1}</td>
                  <td>
                    <span
                      className="swatch"
                      style={{
                        background: ACTOR_KIND_COLOURS[actor.kind as keyof typeof ACTOR_KIND_COLOURS],
                      }}
                      aria-hidden="true"
                    />
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpen(actor.key)}
                      aria-current={actor.key === selected ? 'true' : undefined}
                      title={t('common.selectOnMap', { label: actor.label })}
                      {...DATA}
                    >
                      {actor.label}
                    </button>
                  </td>
                  <td className="number">{formatNumber(actor.value, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}
