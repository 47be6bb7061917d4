/**
 * Legend and appearance controls: what colours and sizes mean, and what they are mapped from.
 * The legend is written together with the colours (see appearance/apply.ts), so it always
 * matches what is drawn.
 */
import { useMemo } from 'react';
import { isOutputId, MEASURES, type OutputId } from '../../analysis/registry.ts';
import type { Language } from '../../i18n/i18n.ts';
import { outputLabel } from '../../i18n/registry-texts.ts';
import {
  type Appearance,
  type ColourBy,
  type ColourLegend,
  categoricalFields,
} from '../appearance/appearance.ts';
import { RAMP_STOPS } from '../appearance/palettes.ts';
import { formatCount, formatShort } from '../charts/format.ts';
import { DATA, useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { fieldLabel, isKnownField } from '../words.ts';
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
  const { t } = useWording();
  if (!legend || !analysis) return null;
  const available = (id: OutputId) => analysis.columns[id] !== undefined;
  return (
    <section className="panel legend" aria-label={t('legend.label')} data-testid="legend">
      <div className="appearance-controls">
        <label>
          {t('legend.colour')}
          <select
            aria-label={t('legend.colourBy')}
            value={colourByValue(appearance.colourBy)}
            onChange={(event) =>
              setAppearance({ lens: 'network', colourBy: colourByFrom(event.target.value) })
            }
          >
            <option value="kind">{t('legend.byKind')}</option>
            <optgroup label={t('legend.groups')}>
              {CATEGORY_OUTPUTS.filter((output) => available(output.id)).map((output) => (
                <option key={output.id} value={`measure:${output.id}`}>
                  {outputLabel(t, output.id)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('legend.fields')}>
              {fields.map((field) => (
                <option key={field} value={`field:${field}`} {...(isKnownField(field) ? {} : DATA)}>
                  {fieldLabel(t, field)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('legend.measures')}>
              {NUMERIC_OUTPUTS.filter((output) => available(output.id)).map((output) => (
                <option key={output.id} value={`measure:${output.id}`}>
                  {outputLabel(t, output.id)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label>
          {t('legend.size')}
          <select
            aria-label={t('legend.sizeBy')}
            value={appearance.sizeBy}
            onChange={(event) => {
              if (isOutputId(event.target.value)) setAppearance({ sizeBy: event.target.value });
            }}
          >
            {NUMERIC_OUTPUTS.filter((output) => available(output.id)).map((output) => (
              <option key={output.id} value={output.id}>
                {outputLabel(t, output.id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('legend.ties')}
          <select
            aria-label={t('legend.tiesBy')}
            value={appearance.edgeColourBy}
            onChange={(event) =>
              setAppearance({
                lens: 'network',
                edgeColourBy: event.target.value as Appearance['edgeColourBy'],
              })
            }
          >
            <option value="relation">{t('legend.byRelation')}</option>
            <option value="locality">{t('legend.byLocality')}</option>
          </select>
        </label>
      </div>
      <LegendBlock legend={legend.nodes} testId="legend-nodes" />
      <p className="muted small">{t('legend.sizeTitle', { title: legend.sizeTitle })}</p>
      <LegendBlock legend={legend.edges} line testId="legend-edges" />
      <TiesDrawn />
      {appearance.edgeColourBy === 'relation' && <p className="muted small">{t('legend.strongest')}</p>}
      {/* The data's credit line, as its licence words it. */}
      {attribution && (
        <p className="muted small attribution" {...DATA}>
          {attribution}
        </p>
      )}
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
  const { t, language } = useWording();
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
          <span>{formatNumber(legend.min, language)}</span>
          <span className="muted">{t('legend.byRank')}</span>
          <span>{formatNumber(legend.max, language)}</span>
        </div>
        {legend.missing > 0 && (
          <p className="muted small">{t('legend.missing', { count: legend.missing })}</p>
        )}
      </div>
    );
  }
  return (
    <div data-testid={testId}>
      <h3>{legend.title}</h3>
      <ul>
        {legend.entries.map((entry) => (
          <li key={entry.label} {...(entry.data ? DATA : {})}>
            <span
              className={line ? 'swatch line' : 'swatch'}
              style={{ background: entry.colour }}
              aria-hidden="true"
            />
            <span className="legend-label">{entry.label}</span>{' '}
            {Number.isFinite(entry.count) && (
              <span className="muted">{formatCount(entry.count, language)}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function formatNumber(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '–';
  return Math.abs(value) >= 1000 || Number.isInteger(value)
    ? formatCount(value, language)
    : formatShort(value, 3, language);
}
