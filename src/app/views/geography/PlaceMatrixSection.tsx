/**
 * Who is tied to whom between places: the region × region (or country × country) table of ties
 * from the analysis' region-flows measure, for the places with the most ties. The diagonal holds
 * the ties inside a place; pairs across the NL–BE–DE border are outlined; a place's name shows
 * its actors on the map.
 */

import { useMemo, useState } from 'react';
import { MISSING_GROUP } from '../../../analysis/groups.ts';
import { focusActors } from '../../canvas/renderer.ts';
import { useWording } from '../../i18n.ts';
import { flowField } from '../../map/map-appearance.ts';
import { MAP_TIE_COLOURS } from '../../map/map-ties.ts';
import { useExplorer } from '../../store.ts';
import { placeMatrix } from './geography.ts';

const PLACES_SHOWN = 12;
const LEFT_OUT = new Set([MISSING_GROUP]);

export function PlaceMatrixSection() {
  const { t, language } = useWording();
  const analysis = useExplorer((state) => state.analysis);
  const flows = useExplorer((state) => state.mapSettings.flows);
  const width = useExplorer((state) => state.mapSettings.flowWidth);
  const analysisSettings = useExplorer((state) => state.analysisSettings);
  const [chosen, setChosen] = useState<'regions' | 'countries' | null>(null);
  const level = chosen ?? (flows === 'countries' ? 'countries' : 'regions');
  const table = analysis?.tables[level === 'countries' ? 'country_flows' : 'region_flows'];
  const matrix = useMemo(() => placeMatrix(table, width, PLACES_SHOWN, LEFT_OUT), [table, width]);
  const field = flowField(level, { analysisSettings });
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });

  const showPlace = (place: string) => {
    const { ecosystem, setHighlighted } = useExplorer.getState();
    if (!ecosystem) return;
    const keys = ecosystem.filterNodes((_key, actor) => String(actor.fields[field] ?? '') === place);
    setHighlighted(keys);
    focusActors(keys);
  };

  return (
    <section
      className="geography-section"
      aria-labelledby="geography-matrix-title"
      data-testid="place-matrix"
    >
      <h2 id="geography-matrix-title">
        {level === 'countries' ? t('geography.matrix.countriesTitle') : t('geography.matrix.regionsTitle')}
      </h2>
      <div className="geography-controls">
        <label>
          <input
            type="radio"
            name="matrix-level"
            checked={level === 'regions'}
            onChange={() => setChosen('regions')}
          />{' '}
          {t('geography.matrix.regions', { field })}
        </label>
        <label>
          <input
            type="radio"
            name="matrix-level"
            checked={level === 'countries'}
            onChange={() => setChosen('countries')}
          />{' '}
          {t('geography.matrix.countries')}
        </label>
      </div>
      {matrix.places.length === 0 ? (
        <p className="muted">{t('geography.matrix.none', { field })}</p>
      ) : (
        <>
          <p className="muted small">
            {width === 'ties' ? t('geography.matrix.noteTies') : t('geography.matrix.noteStrength')}{' '}
            {matrix.otherPlaces > 0 && t('geography.matrix.more', { count: matrix.otherPlaces })}
          </p>
          <div className="matrix-scroll">
            <table className="data-table place-matrix">
              <thead>
                <tr>
                  <th scope="col" />
                  {matrix.places.map((place) => (
                    <th key={place} scope="col" className="matrix-column" title={place}>
                      <span>{place}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.places.map((place, i) => (
                  <tr key={place}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        title={t('geography.matrix.show')}
                        onClick={() => showPlace(place)}
                      >
                        {place}
                      </button>
                    </th>
                    {matrix.values[i].map((value, j) => (
                      <td
                        key={matrix.places[j]}
                        className={`number${i === j ? ' inside' : ''}${matrix.crossBorder[i][j] ? ' cross-border' : ''}`}
                        style={{
                          background:
                            value > 0
                              ? `rgba(217, 95, 2, ${0.08 + 0.5 * (value / (matrix.largest || 1))})`
                              : undefined,
                          outlineColor: matrix.crossBorder[i][j] ? MAP_TIE_COLOURS.crossBorder : undefined,
                        }}
                        title={`${place} – ${matrix.places[j]}: ${number.format(value)}`}
                      >
                        {value > 0 ? number.format(value) : ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small">{t('geography.matrix.legend')}</p>
        </>
      )}
    </section>
  );
}
