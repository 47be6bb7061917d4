/**
 * Core and periphery of the network on screen, as the analysis computed them (Borgatti–Everett
 * discrete model, measures/core-periphery.ts): the fit, the core's size and densities, and a
 * button that highlights the core on the map through the store's highlight (the rest fades) and
 * frames it.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../analysis/statistics/sentences.ts';
import { focusActors } from '../../canvas/renderer.ts';
import { useExplorer } from '../../store.ts';

/** The actors whose core_member is 1, by key, in the network's node order (the columns' order). */
export function coreMembers(keys: readonly string[], coreMember: ArrayLike<number>): string[] {
  return keys.filter((_key, index) => coreMember[index] === 1);
}

export function CorePeripherySection() {
  const { t, i18n } = useTranslation();
  const ecosystem = useExplorer((state) => state.ecosystem);
  const analysis = useExplorer((state) => state.analysis);
  const [shown, setShown] = useState(false);
  const column = analysis?.columns.core_member;
  const members = useMemo(
    () => (ecosystem && column ? coreMembers(ecosystem.nodes(), column) : null),
    [ecosystem, column],
  );
  // The canvas highlight belongs to this section: it follows the core on screen and ends with it.
  useEffect(() => {
    if (!shown || members === null) return;
    useExplorer.getState().setHighlighted(members);
    return () => useExplorer.getState().setHighlighted(null);
  }, [shown, members]);
  if (!ecosystem || !analysis) return null;
  const { graph } = analysis;
  const fit = typeof graph.core_periphery_fit === 'number' ? graph.core_periphery_fit : null;
  const figure = (value: unknown) =>
    typeof value === 'number' ? formatNumber(value, 'estimate', i18n.language) : '–';
  return (
    <section
      className="statistics-section"
      aria-labelledby="statistics-core-title"
      data-testid="core-periphery"
    >
      <h3 id="statistics-core-title">{t('statistics.coreTitle')}</h3>
      {fit === null ? (
        <p className="muted">{t('statistics.coreNone')}</p>
      ) : (
        <>
          <dl className="statistics-figures">
            <dt>{t('statistics.coreFit')}</dt>
            <dd data-testid="core-fit">{figure(fit)}</dd>
            <dt>{t('statistics.coreMembers')}</dt>
            <dd data-testid="core-size">
              {typeof graph.core_size === 'number' ? graph.core_size.toLocaleString(i18n.language) : '–'}
            </dd>
            <dt>{t('statistics.coreDensity')}</dt>
            <dd>{figure(graph.core_density)}</dd>
            <dt>{t('statistics.peripheryDensity')}</dt>
            <dd>{figure(graph.periphery_density)}</dd>
          </dl>
          <button
            type="button"
            data-testid="core-highlight"
            aria-pressed={shown}
            onClick={() => {
              // Shown where it is: the camera frames the core beside the panels.
              if (!shown && members) focusActors(members);
              setShown(!shown);
            }}
            disabled={members === null}
          >
            {shown ? t('statistics.coreHide') : t('statistics.coreShow')}
          </button>
        </>
      )}
    </section>
  );
}
