/**
 * What the map adds to the legend: how the actors got their places (hollow ones are not where
 * they really are), the local-attachment rings, the flows, what the basemap holds and does not
 * (country borders; no provinces offline), its projection, and the credits its sources ask for.
 */

import { useEffect, useMemo, useState } from 'react';
import { DATA, useWording } from '../i18n.ts';
import './map.css';
import { useExplorer } from '../store.ts';
import { placementCounts } from '../views/geography/geography.ts';
import { basemapAt, onBasemapReady } from './basemap-client.ts';
import { MOST_FLOWS } from './flows.ts';
import { mapAvailable } from './map-layout.ts';
import { attachmentLegend } from './map-nodes.ts';

function useBasemapAttribution(): readonly string[] {
  const [, redraw] = useState(0);
  useEffect(() => onBasemapReady(() => redraw((n) => n + 1)), []);
  return basemapAt('50m')?.attribution ?? [];
}

export function MapLegend() {
  const { t } = useWording();
  const display = useExplorer((state) => state.display);
  const onMap = useExplorer((state) => state.layoutMode === 'map' && mapAvailable(state.display));
  const settings = useExplorer((state) => state.mapSettings);
  const attribution = useBasemapAttribution();
  const counts = useMemo(() => placementCounts(display?.map?.placement), [display]);
  if (!onMap) return null;
  const placements = [
    { key: 'own', hollow: false, label: t('map.legend.own', { count: counts.own }), count: counts.own },
    {
      key: 'region',
      hollow: true,
      label: t('map.legend.regionCentre', { count: counts.regionCentre }),
      count: counts.regionCentre,
    },
    {
      key: 'country',
      hollow: true,
      label: t('map.legend.countryCentre', { count: counts.countryCentre }),
      count: counts.countryCentre,
    },
    { key: 'tray', hollow: true, label: t('map.legend.tray', { count: counts.tray }), count: counts.tray },
  ].filter((entry) => entry.count > 0);
  return (
    <section className="panel legend map-legend" aria-label={t('map.legend.title')} data-testid="map-legend">
      <h3>{t('map.legend.title')}</h3>
      <ul>
        {placements.map((entry) => (
          <li key={entry.key}>
            <span className={entry.hollow ? 'swatch hollow' : 'swatch'} aria-hidden="true" />
            {entry.label}
          </li>
        ))}
      </ul>
      {settings.attachment && (
        <>
          <h3>{t('map.legend.attachment')}</h3>
          <ul className="inline-legend">
            {attachmentLegend(t).map((entry) => (
              <li key={entry.label}>
                <span className="swatch ring" style={{ borderColor: entry.colour }} aria-hidden="true" />
                {entry.label}
              </li>
            ))}
          </ul>
          <p className="muted small">{t('map.legend.noRing')}</p>
        </>
      )}
      {settings.flows !== 'ties' && (
        <p className="small">
          {settings.flows === 'regions'
            ? t('map.legend.flowsRegions', { most: MOST_FLOWS })
            : t('map.legend.flowsCountries', { most: MOST_FLOWS })}{' '}
          {settings.flowWidth === 'ties' ? t('map.legend.widthTies') : t('map.legend.widthStrength')}
        </p>
      )}
      <p className="muted small">{t('map.legend.provinces')}</p>
      <p className="muted small">{t('map.legend.projection')}</p>
      {/* The basemap's credit lines, as its sources word them. */}
      {attribution.map((line) => (
        <p key={line} className="muted small attribution" data-testid="map-attribution" {...DATA}>
          {line}
        </p>
      ))}
    </section>
  );
}
