/**
 * The three ways of looking, one click each, on top of the appearance the person chose:
 * - clusters: actors in their community's colour, ties inside a community in that colour, ties
 *   between communities faded; the canvas draws each large community's outline and name;
 * - locality (local vs. global): external ties in front in a strong colour, local ties faded;
 * - gatekeepers: Gould–Fernandez gatekeepers (z above 1.96 on the locality grouping) and
 *   Giuliani–Bell gatekeepers in colour and named, everyone else faded.
 * Pure: from the analysis columns and the drawing's ties to colours, sizes and z-order, with
 * the legend that says what they mean. The rules read the analysis; nothing is recomputed.
 */
import { SIGNIFICANT_Z } from '../../analysis/gould-fernandez.ts';
import { EXTERNAL, LOCAL } from '../../analysis/locality.ts';
import type { OutputId } from '../../analysis/registry.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { communityName as communityNumber } from '../views/clusters/community-rows.ts';
import type { ColourLegend } from './appearance.ts';
import { categoryColours } from './appearance.ts';
import { CATEGORY_COLOURS, OTHER_COLOUR } from './palettes.ts';

export const LENSES = ['network', 'clusters', 'locality', 'gatekeepers'] as const;
export type Lens = (typeof LENSES)[number];

export function isLens(value: unknown): value is Lens {
  return (LENSES as readonly unknown[]).includes(value);
}

export const FADED_NODE = '#dfe2e7';
export const FADED_TIE = '#eceef1';
const EXTERNAL_TIE = '#d55e00';
const LOCAL_TIE = '#b9d8c2';
const UNKNOWN_TIE = '#e4e6ea';
const BOTH_GATEKEEPER = '#d55e00';
const BROKERAGE_GATEKEEPER = '#0072b2';
const KNOWLEDGE_GATEKEEPER = '#e69f00';

export interface LensNodes {
  colours: string[];
  /** 1 for actors in front, 0 for the rest. */
  front: Uint8Array;
  /** Actors whose names are drawn whatever the label density (the few that matter most). */
  named: Set<number>;
  legend: ColourLegend;
}

export interface LensTie {
  colour: string;
  front: boolean;
}

export interface LensContext {
  columns: Partial<Record<OutputId, Float64Array>>;
  n: number;
  t: Translate;
  /** The name a community is known by on the canvas (its outline's title), when there is one. */
  communityName?: (code: number) => string | undefined;
}

/** Node colours under a lens; null for the 'network' lens (the appearance settings apply). */
export function lensNodes(lens: Lens, { columns, n, t, communityName }: LensContext): LensNodes | null {
  if (lens === 'clusters') {
    const community = columns.community;
    if (!community) return null;
    const values = Array.from(community, (code) =>
      Number.isNaN(code) ? null : (communityName?.(code) ?? communityNumber(t, code)),
    );
    // Titles from the outlines name members and places: the network's own words.
    const { colours, legend } = categoryColours(
      values,
      t('lens.clusters.legend'),
      t,
      communityName !== undefined,
    );
    return { colours, front: new Uint8Array(n), named: new Set(), legend };
  }
  if (lens === 'gatekeepers') return gatekeeperNodes(columns, n, t);
  return null;
}

function gatekeeperNodes(columns: LensContext['columns'], n: number, t: Translate): LensNodes {
  const z = columns.gatekeeper_z;
  const raw = columns.gatekeeper;
  const role = columns.giuliani_bell_role;
  const colours = new Array<string>(n).fill(FADED_NODE);
  const front = new Uint8Array(n);
  const counts = { both: 0, brokerage: 0, knowledge: 0 };
  const score = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const brokerage = (z?.[v] ?? Number.NaN) > SIGNIFICANT_Z && (raw?.[v] ?? 0) > 0;
    const knowledge = role?.[v] === 3;
    if (!brokerage && !knowledge) continue;
    front[v] = 1;
    const kind = brokerage && knowledge ? 'both' : brokerage ? 'brokerage' : 'knowledge';
    counts[kind]++;
    colours[v] =
      kind === 'both' ? BOTH_GATEKEEPER : kind === 'brokerage' ? BROKERAGE_GATEKEEPER : KNOWLEDGE_GATEKEEPER;
    score[v] = (brokerage && knowledge ? 1e6 : 0) + (raw?.[v] ?? 0);
  }
  const ranked = [...front.keys()].filter((v) => front[v] === 1).sort((a, b) => score[b] - score[a] || a - b);
  const entries = [
    { label: t('lens.gatekeepers.both'), colour: BOTH_GATEKEEPER, count: counts.both },
    { label: t('lens.gatekeepers.brokerage'), colour: BROKERAGE_GATEKEEPER, count: counts.brokerage },
    { label: t('lens.gatekeepers.knowledge'), colour: KNOWLEDGE_GATEKEEPER, count: counts.knowledge },
    {
      label: t('lens.gatekeepers.others'),
      colour: FADED_NODE,
      count: n - counts.both - counts.brokerage - counts.knowledge,
    },
  ];
  return {
    colours,
    front,
    named: new Set(ranked.slice(0, 15)),
    legend: { type: 'categories', title: t('lens.gatekeepers.legend'), entries },
  };
}

/** A tie's colour under a lens; null for the lenses that leave ties as the appearance has them. */
export function lensTie(
  lens: Lens,
  tie: { locality: number },
  ends: { source: number; target: number },
  columns: LensContext['columns'],
  nodeColours: readonly string[] | null,
): LensTie | null {
  if (lens === 'locality') {
    if (tie.locality === EXTERNAL) return { colour: EXTERNAL_TIE, front: true };
    return { colour: tie.locality === LOCAL ? LOCAL_TIE : UNKNOWN_TIE, front: false };
  }
  if (lens === 'clusters' && nodeColours) {
    const community = columns.community;
    const same = community && community[ends.source] === community[ends.target];
    const colour = nodeColours[ends.source];
    return same && colour !== OTHER_COLOUR
      ? { colour: `${colour}99`, front: false }
      : { colour: FADED_TIE, front: false };
  }
  if (lens === 'gatekeepers' && nodeColours) {
    const lit = nodeColours[ends.source] !== FADED_NODE || nodeColours[ends.target] !== FADED_NODE;
    return { colour: lit ? '#b8bcc4' : FADED_TIE, front: lit };
  }
  return null;
}

export function lensTieLegend(
  lens: Lens,
  counts: { local: number; external: number; unknown: number },
  t: Translate,
): ColourLegend | null {
  if (lens !== 'locality') return null;
  return {
    type: 'categories',
    title: t('lens.locality.legend'),
    entries: [
      { label: t('lens.locality.external'), colour: EXTERNAL_TIE, count: counts.external },
      { label: t('lens.locality.local'), colour: LOCAL_TIE, count: counts.local },
      { label: t('lens.locality.unknown'), colour: UNKNOWN_TIE, count: counts.unknown },
    ].filter((entry) => entry.count > 0),
  };
}

/** Colours communities keep across the canvas, the hulls and the legend (the first twelve). */
export const COMMUNITY_COLOURS = CATEGORY_COLOURS;
