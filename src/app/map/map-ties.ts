/**
 * Ties on the map, coloured by where they go: local ties (the analysis' locality rule, decided in
 * the display stage) in one colour, external ties in another, ties across an NL–BE–DE border in a
 * third that stands out, ties of unknown locality in grey. With flows chosen, ties between two
 * places (regions or countries) are left to the flows layer (flows.ts) and not drawn one by one.
 */
import { EXTERNAL, LOCAL } from '../../analysis/locality.ts';
import type { Translate } from '../../i18n/i18n.ts';
import type { ColourLegend } from '../appearance/appearance.ts';

export const MAP_TIE_COLOURS = {
  local: '#1b9e77',
  external: '#d95f02',
  crossBorder: '#7570b3',
  unknown: '#c9cdd3',
} as const;

export type MapTieClass = keyof typeof MAP_TIE_COLOURS;

/**
 * Ties inside the region and across the border in front and nearly opaque; ties to the rest of
 * the world thin in the back: a regional network has ten times more of those, and drawn in full
 * they would hide the region they leave from. At 14% the 8,265 external ties of the Horizon
 * Europe border region still show where the region's partners are, densest along the busiest
 * directions, without covering the 1,650 ties across the border.
 */
const OPACITY: Record<MapTieClass, string> = {
  local: 'd9',
  crossBorder: 'cc',
  external: '24',
  unknown: '80',
};
const FRONT: Record<MapTieClass, boolean> = {
  local: true,
  crossBorder: true,
  external: false,
  unknown: false,
};

export interface MapTieContext {
  /** Place code per node (in the network's node order) when ties between places become flows; −1 for none. */
  flowGroups: Int32Array | null;
}

export interface MapTieStyle {
  colour: string;
  front: boolean;
  hidden: boolean;
  tieClass: MapTieClass;
}

export function mapTieClass(tie: { locality: number; crossBorder: boolean }): MapTieClass {
  if (tie.crossBorder) return 'crossBorder';
  if (tie.locality === EXTERNAL) return 'external';
  if (tie.locality === LOCAL) return 'local';
  return 'unknown';
}

export function mapTieStyle(
  tie: { locality: number; crossBorder: boolean },
  ends: { source: number; target: number },
  context: MapTieContext,
): MapTieStyle {
  const tieClass = mapTieClass(tie);
  const groups = context.flowGroups;
  const hidden =
    groups !== null &&
    groups[ends.source] >= 0 &&
    groups[ends.target] >= 0 &&
    groups[ends.source] !== groups[ends.target];
  return {
    colour: `${MAP_TIE_COLOURS[tieClass]}${OPACITY[tieClass]}`,
    front: FRONT[tieClass],
    hidden,
    tieClass,
  };
}

/** The ties' legend on the map, with the number of ties of each class (drawn or in flows). */
export function mapTieLegend(counts: Record<MapTieClass, number>, t: Translate): ColourLegend {
  return {
    type: 'categories',
    title: t('map.ties.legend'),
    entries: [
      { label: t('map.ties.local'), colour: MAP_TIE_COLOURS.local, count: counts.local },
      { label: t('map.ties.external'), colour: MAP_TIE_COLOURS.external, count: counts.external },
      { label: t('map.ties.crossBorder'), colour: MAP_TIE_COLOURS.crossBorder, count: counts.crossBorder },
      { label: t('map.ties.unknown'), colour: MAP_TIE_COLOURS.unknown, count: counts.unknown },
    ].filter((entry) => entry.count > 0),
  };
}
