/**
 * Appearance mappings: which field or measure gives actors their colour and size, and what
 * colours ties. Pure functions from the network and its measure columns to colours, sizes and
 * the legend that describes them — in the words of the language on screen — so the legend
 * always matches what is drawn.
 */

import type { OutputId } from '../../analysis/registry.ts';
import type { OutputSpec } from '../../analysis/types.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { categoryLabel, outputLabel } from '../../i18n/registry-texts.ts';
import type { Ecosystem } from '../../model/ecosystem.ts';
import { ACTOR_KINDS, RELATION_KINDS, type RelationKind } from '../../model/kinds.ts';
import { ACTOR_KIND_COLOURS, RELATION_KIND_COLOURS } from '../palette.ts';
import { communityName } from '../views/clusters/community-rows.ts';
import { fieldLabel } from '../words.ts';
import type { Lens } from './lenses.ts';
import { CATEGORY_COLOURS, MISSING_COLOUR, OTHER_COLOUR, rampColour } from './palettes.ts';
import { DEFAULT_TIE_CHOICE, type TieDrawing } from './tie-drawing.ts';

export type ColourBy =
  | { type: 'kind' }
  | { type: 'field'; field: string }
  | { type: 'measure'; id: OutputId };
export type EdgeColourBy = 'relation' | 'locality';

export interface Appearance {
  /** The way of looking (lenses.ts); 'network' draws by the three settings below. */
  lens: Lens;
  colourBy: ColourBy;
  sizeBy: OutputId;
  edgeColourBy: EdgeColourBy;
  /** Which ties are drawn (all or a backbone) and whether strong ties stand out (tie-drawing.ts). */
  ties: TieDrawing;
}

/** A network opens on its clusters: structure first, not a ball of dots. */
export const DEFAULT_APPEARANCE: Appearance = {
  lens: 'clusters',
  colourBy: { type: 'kind' },
  sizeBy: 'degree',
  edgeColourBy: 'relation',
  ties: { backbone: DEFAULT_TIE_CHOICE, opacityByStrength: true },
};

export interface LegendEntry {
  label: string;
  colour: string;
  count: number;
  /** The label is the network's data (a field value), not the product's words. */
  data?: boolean;
}

export type ColourLegend =
  | { type: 'categories'; title: string; entries: LegendEntry[] }
  | { type: 'ramp'; title: string; min: number; max: number; missing: number };

export interface NodeAppearance {
  colours: string[];
  sizes: Float32Array;
  legend: ColourLegend;
  sizeTitle: string;
}

export const MIN_NODE_SIZE = 2.5;
export const MAX_NODE_SIZE = 14;

export interface MeasureLookup {
  columns: Readonly<Record<string, Float64Array>>;
  outputs: readonly OutputSpec[];
}

export function nodeAppearance(
  ecosystem: Ecosystem,
  measures: MeasureLookup,
  appearance: Appearance,
  t: Translate,
): NodeAppearance {
  const keys = ecosystem.nodes();
  const sizeOutput = measures.outputs.find((output) => output.id === appearance.sizeBy);
  const sizeColumn = measures.columns[appearance.sizeBy];
  return {
    ...nodeColours(ecosystem, keys, measures, appearance.colourBy, t),
    sizes: sizeColumn ? sizesFrom(sizeColumn) : new Float32Array(keys.length).fill(MIN_NODE_SIZE + 2),
    sizeTitle: sizeOutput ? outputLabel(t, sizeOutput.id) : t('legend.uniform'),
  };
}

function nodeColours(
  ecosystem: Ecosystem,
  keys: string[],
  measures: MeasureLookup,
  colourBy: ColourBy,
  t: Translate,
) {
  if (colourBy.type === 'kind') {
    const colours = keys.map((key) => ACTOR_KIND_COLOURS[ecosystem.getNodeAttribute(key, 'kind')]);
    const counts = new Map<string, number>();
    for (const key of keys) {
      const kind = ecosystem.getNodeAttribute(key, 'kind');
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    const entries = ACTOR_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({
      label: t(`kind.actor.${kind}`),
      colour: ACTOR_KIND_COLOURS[kind],
      count: counts.get(kind) ?? 0,
    }));
    return { colours, legend: { type: 'categories', title: t('legend.actorKind'), entries } as ColourLegend };
  }
  if (colourBy.type === 'field') {
    const values = keys.map((key) => {
      const value = ecosystem.getNodeAttribute(key, 'fields')[colourBy.field];
      return value === undefined || value === null || value === '' ? null : String(value);
    });
    return categoryColours(values, fieldLabel(t, colourBy.field), t, true);
  }
  const output = measures.outputs.find((candidate) => candidate.id === colourBy.id);
  const column = measures.columns[colourBy.id];
  if (!column || !output) {
    return {
      colours: keys.map(() => MISSING_COLOUR),
      legend: { type: 'categories', title: '', entries: [] } as ColourLegend,
    };
  }
  const title = outputLabel(t, output.id);
  if (output.categories || output.id === 'community') {
    const values = [...column].map((value) =>
      Number.isNaN(value)
        ? null
        : output.categories?.[value] !== undefined
          ? categoryLabel(t, output.id, value)
          : communityName(t, value),
    );
    return categoryColours(values, title, t);
  }
  return rankColours(column, title);
}

/**
 * The most frequent values get the palette's colours; the rest share "other". `data`: the
 * values are the network's own (a field's values), shown as they are written.
 */
export function categoryColours(
  values: readonly (string | null)[],
  title: string,
  t: Translate,
  data = false,
) {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const value of values) {
    if (value === null) missing++;
    else counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const named = new Map(
    ranked.slice(0, CATEGORY_COLOURS.length).map(([value], i) => [value, CATEGORY_COLOURS[i] as string]),
  );
  const colours = values.map((value) =>
    value === null ? MISSING_COLOUR : (named.get(value) ?? OTHER_COLOUR),
  );
  const entries: LegendEntry[] = ranked.slice(0, CATEGORY_COLOURS.length).map(([label, count]) => ({
    label,
    colour: named.get(label) as string,
    count,
    ...(data ? { data } : {}),
  }));
  const others = ranked.slice(CATEGORY_COLOURS.length).reduce((sum, [, count]) => sum + count, 0);
  if (others > 0)
    entries.push({
      label: t('legend.others', { count: ranked.length - CATEGORY_COLOURS.length }),
      colour: OTHER_COLOUR,
      count: others,
    });
  if (missing > 0) entries.push({ label: t('legend.noValue'), colour: MISSING_COLOUR, count: missing });
  return { colours, legend: { type: 'categories', title, entries } as ColourLegend };
}

/**
 * Colours by rank rather than by value: centrality scores are heavily skewed, and a linear
 * scale would paint nearly every actor the same. The legend says so.
 */
export function rankColours(column: Float64Array, title: string) {
  const order = [...column.keys()]
    .filter((i) => !Number.isNaN(column[i]))
    .sort((a, b) => column[a] - column[b]);
  const colours = new Array<string>(column.length).fill(MISSING_COLOUR);
  order.forEach((index, rank) => {
    colours[index] = rampColour(order.length > 1 ? rank / (order.length - 1) : 0.5);
  });
  const min = order.length > 0 ? column[order[0]] : Number.NaN;
  const max = order.length > 0 ? column[order[order.length - 1]] : Number.NaN;
  return {
    colours,
    legend: { type: 'ramp', title, min, max, missing: column.length - order.length } as ColourLegend,
  };
}

/** Area grows with the value (radius with its square root); undefined values get the smallest size. */
export function sizesFrom(column: Float64Array): Float32Array {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of column) {
    if (Number.isNaN(value)) continue;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  const span = max - min;
  const sizes = new Float32Array(column.length);
  column.forEach((value, i) => {
    const share = Number.isNaN(value) || !(span > 0) ? 0 : Math.sqrt((value - min) / span);
    sizes[i] = MIN_NODE_SIZE + share * (MAX_NODE_SIZE - MIN_NODE_SIZE);
  });
  return sizes;
}

export const LOCAL_TIE_COLOUR = '#4c9a5b';
export const EXTERNAL_TIE_COLOUR = '#d9822b';
export const UNCLASSIFIED_TIE_COLOUR = '#cfd3d9';

export function edgeLegend(
  edgeColourBy: EdgeColourBy,
  relationCounts: Record<string, number>,
  t: Translate,
): ColourLegend {
  if (edgeColourBy === 'locality') {
    return {
      type: 'categories',
      title: t('legend.ties'),
      entries: [
        { label: t('legend.local'), colour: LOCAL_TIE_COLOUR, count: Number.NaN },
        { label: t('legend.external'), colour: EXTERNAL_TIE_COLOUR, count: Number.NaN },
        { label: t('legend.unknownLocality'), colour: UNCLASSIFIED_TIE_COLOUR, count: Number.NaN },
      ],
    };
  }
  return {
    type: 'categories',
    title: t('legend.relations'),
    entries: RELATION_KINDS.filter((kind) => relationCounts[kind]).map((kind: RelationKind) => ({
      label: t(`kind.relation.${kind}`),
      colour: RELATION_KIND_COLOURS[kind],
      count: relationCounts[kind],
    })),
  };
}

/** Fields that hold categories (text values), for the "colour by" choices; in order of first appearance. */
export function categoricalFields(ecosystem: Ecosystem): string[] {
  const found = new Set<string>();
  ecosystem.forEachNode((_key, actor) => {
    for (const [name, value] of Object.entries(actor.fields)) if (typeof value === 'string') found.add(name);
  });
  return [...found];
}
