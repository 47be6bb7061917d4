/**
 * Where the map put the actors: at their own place, at a region's or country's centre (hollow on
 * the map), or in the tray because nothing placed them — the last two listed by name, so nobody
 * is hidden by the map — and the import's review of the towns it could not place.
 */

import { useMemo } from 'react';
import { focusActor } from '../../canvas/renderer.ts';
import { useWording } from '../../i18n.ts';
import { PlacementReview } from '../../import/PlacementReview.tsx';
import { COUNTRY_CENTRE, IN_TRAY, REGION_CENTRE } from '../../map/map-positions.ts';
import { useExplorer } from '../../store.ts';
import { placementCounts } from './geography.ts';

const LISTED = 100;

function openActor(key: string) {
  useExplorer.getState().select(key);
  focusActor(key);
}

export function PlacesSection() {
  const { t } = useWording();
  const display = useExplorer((state) => state.display);
  const ecosystem = useExplorer((state) => state.ecosystem);
  const report = useExplorer((state) => state.report);
  const placement = display?.map?.placement;
  const counts = useMemo(() => placementCounts(placement), [placement]);
  const lists = useMemo(() => {
    const keys = ecosystem?.nodes() ?? [];
    const pick = (codes: number[]) =>
      placement ? keys.filter((_key, i) => codes.includes(placement[i])) : [];
    return { tray: pick([IN_TRAY]), centres: pick([REGION_CENTRE, COUNTRY_CENTRE]) };
  }, [ecosystem, placement]);
  if (!ecosystem || !placement) return null;
  const label = (key: string) => ecosystem.getNodeAttribute(key, 'label');
  const list = (keys: string[], testId: string) => (
    <>
      <ul className="places-list" data-testid={testId}>
        {keys.slice(0, LISTED).map((key) => (
          <li key={key}>
            <button type="button" className="link-button" onClick={() => openActor(key)}>
              {label(key)}
            </button>
          </li>
        ))}
      </ul>
      {keys.length > LISTED && (
        <p className="muted small">{t('geography.places.more', { shown: LISTED, count: keys.length })}</p>
      )}
    </>
  );
  return (
    <section className="geography-section" aria-labelledby="geography-places-title">
      <h2 id="geography-places-title">{t('geography.places.title')}</h2>
      <p>
        {t('geography.places.counts', {
          own: counts.own,
          centres: counts.regionCentre + counts.countryCentre,
          tray: counts.tray,
        })}
      </p>
      {lists.tray.length > 0 && (
        <>
          <h3>{t('geography.places.tray', { count: lists.tray.length })}</h3>
          {list(lists.tray, 'tray-list')}
        </>
      )}
      {lists.centres.length > 0 && (
        <details>
          <summary>{t('geography.places.centres', { count: lists.centres.length })}</summary>
          {list(lists.centres, 'centre-list')}
        </details>
      )}
      <PlacementReview placement={report?.placement} />
    </section>
  );
}
