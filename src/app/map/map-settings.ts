/**
 * What a person sets about the map: whether the canvas shows the force layout or the map, how
 * ties between places are drawn, and where the map opens. Saved in the session (project files
 * and workspaces) and read back here, value by value: what does not fit falls back to its default.
 */

export const LAYOUT_MODES = ['force', 'map'] as const;
export type LayoutMode = (typeof LAYOUT_MODES)[number];

/** Ties between places: each drawn ('ties'), or merged into flows between regions or countries. */
export const FLOW_LEVELS = ['ties', 'regions', 'countries'] as const;
export type FlowLevel = (typeof FLOW_LEVELS)[number];

/** A flow's width: by its number of ties or their summed strength. */
export const FLOW_WIDTHS = ['ties', 'strength'] as const;
export type FlowWidth = (typeof FLOW_WIDTHS)[number];

/** [west, south, east, north] in degrees. */
export type LonLatBox = readonly [number, number, number, number];

export interface MapSettings {
  flows: FlowLevel;
  flowWidth: FlowWidth;
  /** Ring every actor in the colour of its local attachment (its knowledge ties kept local). */
  attachment: boolean;
  /** What the map shows when it is opened; null for where most actors are. */
  view: LonLatBox | null;
}

export const DEFAULT_MAP_SETTINGS: MapSettings = {
  flows: 'ties',
  flowWidth: 'ties',
  attachment: false,
  view: null,
};

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

export function readLayoutMode(value: unknown): LayoutMode {
  return oneOf(value, LAYOUT_MODES, 'force');
}

/** A longitude/latitude box: four finite numbers, west < east, south < north, within the globe. */
export function readLonLatBox(value: unknown): LonLatBox | null {
  if (!Array.isArray(value) || value.length !== 4) return null;
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const [west, south, east, north] = value as number[];
  const valid = west < east && south < north && west >= -180 && east <= 180 && south >= -90 && north <= 90;
  return valid ? [west, south, east, north] : null;
}

export function readMapSettings(value: unknown): MapSettings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return DEFAULT_MAP_SETTINGS;
  const entry = value as Record<string, unknown>;
  return {
    flows: oneOf(entry.flows, FLOW_LEVELS, DEFAULT_MAP_SETTINGS.flows),
    flowWidth: oneOf(entry.flowWidth, FLOW_WIDTHS, DEFAULT_MAP_SETTINGS.flowWidth),
    attachment: entry.attachment === true,
    view: readLonLatBox(entry.view),
  };
}
