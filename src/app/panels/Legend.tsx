/**
 * Legend and appearance controls: what colours and sizes mean, and what they are mapped from.
 * The legend is written together with the colours (see appearance/apply.ts), so it always
 * matches what is drawn.
 */
import { useMemo } from 'react';
import { isOutputId, MEASURES, type OutputId } from '../../analysis/registry.ts';
import {
  type Appearance,
  type ColourBy,
  type ColourLegend,
  categoricalFields,
} from '../appearance/appearance.ts';
import { RAMP_STOPS } from '../appearance/palettes.ts';
import { useExplorer } from '../store.ts';
import { TiesDrawn } from './TiesDrawn.tsx';

const OUTPUTS = MEASURES.flatMap((measure) => measure.outputs);
const CATEGORY_OUTPUTS = OUTPUTS.filter((output) => output.categories || output.id === 'community');
const NUMERIC_OUTPUTS = OUTPUTS.filter((output) => !output.categories && output.id !== 'community');

function colourByValue(colourBy: ColourBy): string {
  return colourBy.type === 'kind'
    ? 'kind'
    : colourBy.type === 'field'
      ? `field:${colourBy.field}`
      : `measure:${colourBy.id}`;
}

function colourByFrom(value: string): ColourBy {
  if (value.startsWith('field:')) return { type: 'field', field: value.slice(6) };
  const measure = value.slice(8);
  if (value.startsWith('measure:') && isOutputId(measure)) return { type: 'measure', id: measure };
  return { type: 'kind' };
}

export function Legend() {
  const legend = useExplorer((state) => state.legend);
  const ecosystem = useExplorer((state) => state.ecosystem);
  const analysis = useExplorer((state) => state.analysis);
  const appearance = useExplorer((state) => state.appearance);
  const setAppearance = useExplorer((state) => state.setAppearance);
  const attribution = useExplorer((state) => state.attribution);
  const fields = useMemo(() => (ecosystem ? categoricalFields(ecosystem) : []), [ecosystem]);
  if (!legend || !analysis) return null;
  const available = (id: OutputId) => analysis.columns[id] !== undefined;
  return (
    <section className="panel legend" aria-label="Legend and appearance" data-testid="legend">
      <div className="appearance-controls">
        <label>
          Colour
          <select
            aria-label="Colour actors by"
            value={colourByValue(appearance.colourBy)}
            onChange={(event) =>
              setAppearance({ lens: 'network', colourBy: colourByFrom(event.target.value) })
            }
          >
            <option value="kind">actor kind</option>
            <optgroup label="Groups">
              {CATEGORY_OUTPUTS.filter((output) => available(output.id)).map((output) => (
                <option key={output.id} value={`measure:${output.id}`}>
                  {output.label}
                </option>
              ))}
            </optgroup>
            <optgroup label="Fields">
              {fields.map((field) => (
                <option key={field} value={`field:${field}`}>
                  {field}
                </option>
              ))}
            </optgroup>
            <optgroup label="Measures">
              {NUMERIC_OUTPUTS.filter((output) => available(output.id)).map((output) => (
                <option key={output.id} value={`measure:${output.id}`}>
                  {output.label}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label>
          Size
          <select
            aria-label="Size actors by"
            value={appearance.sizeBy}
            onChange={(event) => {
              if (isOutputId(event.target.value)) setAppearance({ sizeBy: event.target.value });
            }}
          >
            {NUMERIC_OUTPUTS.filter((output) => available(output.id)).map((output) => (
              <option key={output.id} value={output.id}>
                {output.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Ties
          <select
            aria-label="Colour ties by"
            value={appearance.edgeColourBy}
            onChange={(event) =>
              setAppearance({
                lens: 'network',
                edgeColourBy: event.target.value as Appearance['edgeColourBy'],
              })
            }
          >
            <option value="relation">relation kind</option>
            <option value="locality">local or external</option>
          </select>
        </label>
      </div>
      <LegendBlock legend={legend.nodes} testId="legend-nodes" />
      <p className="muted small">Size: {legend.sizeTitle}</p>
      <LegendBlock legend={legend.edges} line testId="legend-edges" />
      <TiesDrawn />
      {appearance.edgeColourBy === 'relation' && (
        <p className="muted small">A tie with several relations takes the colour of its strongest.</p>
      )}
      {attribution && <p className="muted small attribution">{attribution}</p>}
    </section>
  );
}

function LegendBlock({
  legend,
  line = false,
  testId,
}: {
  legend: ColourLegend;
  line?: boolean;
  testId: string;
}) {
  if (legend.type === 'ramp') {
    return (
      <div data-testid={testId}>
        <h3>{legend.title}</h3>
        <div
          className="ramp"
          style={{ background: `linear-gradient(to right, ${RAMP_STOPS.join(', ')})` }}
          aria-hidden="true"
        />
        <div className="ramp-labels small">
          <span>{formatNumber(legend.min)}</span>
          <span className="muted">by rank</span>
          <span>{formatNumber(legend.max)}</span>
        </div>
        {legend.missing > 0 && <p className="muted small">{legend.missing} without a value (grey)</p>}
      </div>
    );
  }
  return (
    <div data-testid={testId}>
      <h3>{legend.title}</h3>
      <ul>
        {legend.entries.map((entry) => (
          <li key={entry.label}>
            <span
              className={line ? 'swatch line' : 'swatch'}
              style={{ background: entry.colour }}
              aria-hidden="true"
            />
            {entry.label} {Number.isFinite(entry.count) && <span className="muted">{entry.count}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return Math.abs(value) >= 1000 || Number.isInteger(value)
    ? value.toLocaleString('en')
    : value.toPrecision(3);
}
