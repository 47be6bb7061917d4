/**
 * "Mostly external": firms whose ties mostly leave their locality. The research on local
 * detachment finds firms pulled away from their cluster by exclusive outside ties; the list
 * names them so a cluster manager can check. The rule is stated with the list.
 */
import { countOf, formatCount, formatPercent } from '../../charts/format.ts';
import type { ActorLocality } from './actor-locality.ts';
import { MOSTLY_EXTERNAL } from './actor-locality.ts';

const FIRMS_SHOWN = 100;

export function MostlyExternalList({
  firms,
  localityWord,
  selected,
  onOpen,
  onHighlight,
}: {
  firms: readonly ActorLocality[];
  localityWord: string;
  selected: string | null;
  onOpen: (key: string) => void;
  onHighlight: () => void;
}) {
  return (
    <section className="locality-section" data-testid="external-firms" aria-labelledby="external-firms-title">
      <h2 id="external-firms-title">
        Mostly external: firms whose ties are mostly outside their {localityWord}
      </h2>
      <p className="muted small">
        Firms with at least {MOSTLY_EXTERNAL.minTies} ties of known locality, of which{' '}
        {formatPercent(MOSTLY_EXTERNAL.minExternalShare)} or more are external — a sign of detachment from the
        local cluster.
      </p>
      {firms.length === 0 ? (
        <p className="muted">No firm meets this rule.</p>
      ) : (
        <>
          <div className="locality-toolbar">
            <span>{countOf(firms.length, 'firm', 'firms')}</span>
            <button type="button" onClick={onHighlight}>
              Highlight on map
            </button>
          </div>
          <ol className="external-firms">
            {firms.slice(0, FIRMS_SHOWN).map((firm) => (
              <li
                key={firm.key}
                data-testid="external-firm"
                data-actor={firm.key}
                className={firm.key === selected ? 'selected' : undefined}
              >
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpen(firm.key)}
                  title={firm.label}
                >
                  {firm.label}
                </button>
                <span className="number">
                  {formatCount(firm.externalTies)} of {formatCount(firm.classifiedTies)} external (
                  {formatPercent(firm.externalShare)})
                </span>
              </li>
            ))}
          </ol>
          {firms.length > FIRMS_SHOWN && (
            <p className="muted small">
              The first {FIRMS_SHOWN} of {formatCount(firms.length)}; all of them are highlighted on the map.
            </p>
          )}
        </>
      )}
    </section>
  );
}
