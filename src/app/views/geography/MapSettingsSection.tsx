/**
 * How the map draws: every tie, or ties between places merged into flows (between regions of a
 * chosen field, or countries) with their width by number or strength; rings of local attachment;
 * and the radius the profile's "share of partners within" counts, an option of the tie-length
 * measure (changing it recomputes the analysis).
 */

import { useEffect, useState } from 'react';
import { TIE_LENGTH_DEFAULTS } from '../../../analysis/measures/tie-length.ts';
import { useWording } from '../../i18n.ts';
import { flowField } from '../../map/map-appearance.ts';
import { mapAvailable } from '../../map/map-layout.ts';
import { FLOW_LEVELS, FLOW_WIDTHS, type FlowLevel } from '../../map/map-settings.ts';
import { useExplorer } from '../../store.ts';
import { localityFieldChoices } from '../locality/rule.ts';

/** The radius the tie-length measure counts partners within, as the analysis settings hold it. */
export function withinKmOf(options: Readonly<Record<string, unknown>> | undefined): number {
  const value = options?.withinKm;
  return typeof value === 'number' && Number.isFinite(value) ? value : TIE_LENGTH_DEFAULTS.withinKm;
}

export function MapSettingsSection() {
  const { t } = useWording();
  const settings = useExplorer((state) => state.mapSettings);
  const layoutMode = useExplorer((state) => state.layoutMode);
  const available = useExplorer((state) => mapAvailable(state.display));
  const analysisSettings = useExplorer((state) => state.analysisSettings);
  const ecosystem = useExplorer((state) => state.ecosystem);
  const computing = useExplorer((state) => state.computing);
  const radius = withinKmOf(analysisSettings.options?.['tie-length']);
  const [radiusText, setRadiusText] = useState(String(radius));
  useEffect(() => setRadiusText(String(radius)), [radius]);
  const regionField = flowField('regions', { analysisSettings });
  const fields = ecosystem ? localityFieldChoices(ecosystem, regionField) : [regionField];
  const { setMapSettings, setAnalysisSettings, setLayoutMode } = useExplorer.getState();

  const setOption = (measure: string, name: string, value: string | number) =>
    setAnalysisSettings({
      options: {
        ...analysisSettings.options,
        [measure]: { ...analysisSettings.options?.[measure], [name]: value },
      },
    });
  const applyRadius = () => {
    const km = Number(radiusText.replace(',', '.'));
    if (Number.isFinite(km) && km > 0 && km !== radius) setOption('tie-length', 'withinKm', km);
    else setRadiusText(String(radius));
  };
  const levelWords: Record<FlowLevel, string> = {
    ties: t('geography.settings.everyTie'),
    regions: t('geography.settings.regionFlows'),
    countries: t('geography.settings.countryFlows'),
  };

  return (
    <section className="geography-section" aria-labelledby="geography-map-title">
      <h2 id="geography-map-title">{t('geography.settings.title')}</h2>
      {layoutMode !== 'map' && (
        <p>
          <button type="button" disabled={!available} onClick={() => setLayoutMode('map')}>
            {t('geography.settings.showMap')}
          </button>{' '}
          {!available && <span className="muted">{t('map.switch.unavailable')}</span>}
        </p>
      )}
      <fieldset className="geography-choices">
        <legend>{t('geography.settings.ties')}</legend>
        {FLOW_LEVELS.map((level) => (
          <label key={level}>
            <input
              type="radio"
              name="map-flows"
              checked={settings.flows === level}
              onChange={() => setMapSettings({ flows: level })}
            />{' '}
            {levelWords[level]}
          </label>
        ))}
      </fieldset>
      <div className="geography-controls">
        <label>
          {t('geography.settings.regionField')}{' '}
          <select
            value={regionField}
            onChange={(event) => setOption('region-flows', 'flowBy', event.target.value)}
            disabled={computing}
          >
            {fields.map((field) => (
              <option key={field}>{field}</option>
            ))}
          </select>
        </label>
        <label>
          {t('geography.settings.width')}{' '}
          <select
            value={settings.flowWidth}
            onChange={(event) =>
              setMapSettings({ flowWidth: event.target.value === 'strength' ? 'strength' : 'ties' })
            }
          >
            {FLOW_WIDTHS.map((width) => (
              <option key={width} value={width}>
                {width === 'ties' ? t('geography.settings.byTies') : t('geography.settings.byStrength')}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.attachment}
            onChange={(event) => setMapSettings({ attachment: event.target.checked })}
          />{' '}
          {t('geography.settings.attachment')}
        </label>
        <label>
          {t('geography.settings.radius')}{' '}
          <input
            type="text"
            inputMode="decimal"
            className="radius-input"
            value={radiusText}
            aria-label={t('geography.settings.radius')}
            onChange={(event) => setRadiusText(event.target.value)}
            onBlur={applyRadius}
            onKeyDown={(event) => {
              if (event.key === 'Enter') applyRadius();
            }}
          />{' '}
          km
        </label>
      </div>
    </section>
  );
}
