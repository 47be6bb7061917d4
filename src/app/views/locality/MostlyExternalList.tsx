/**
 * "Mostly external": firms whose ties mostly leave their locality. The research on local
 * detachment finds firms pulled away from their cluster by exclusive outside ties; the list
 * names them so a cluster manager can check. The rule is stated with the list.
 */
import { formatPercent } from '../../charts/format.ts';
import { DATA, useWording } from '../../i18n.ts';
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
  const { t, language } = useWording();
  return (
    <section className="locality-section" data-testid="external-firms" aria-labelledby="external-firms-title">
      <h2 id="external-firms-title">{t('locality.external.title', { group: localityWord })}</h2>
      <p className="muted small">
        {t('locality.external.rule', {
          ties: MOSTLY_EXTERNAL.minTies,
          share: formatPercent(MOSTLY_EXTERNAL.minExternalShare, language),
        })}
      </p>
      {firms.length === 0 ? (
        <p className="muted">{t('locality.external.none')}</p>
      ) : (
        <>
          <div className="locality-toolbar">
            <span>{t('locality.external.count', { count: firms.length })}</span>
            <button type="button" onClick={onHighlight}>
              {t('common.highlightOnMap')}
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
                  {...DATA}
                >
                  {firm.label}
                </button>
                <span className="number">
                  {t('locality.external.firm', {
                    external: firm.externalTies,
                    classified: firm.classifiedTies,
                    share: formatPercent(firm.externalShare, language),
                  })}
                </span>
              </li>
            ))}
          </ol>
          {firms.length > FIRMS_SHOWN && (
            <p className="muted small">
              {t('locality.external.more', { shown: FIRMS_SHOWN, total: firms.length })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
