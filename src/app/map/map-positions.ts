/**
 * Where every actor stands on the map, in the basemap's kilometres (src/geo/basemap.ts): at its
 * own coordinates (from the file or the gazetteer); else at its region's or its country's centre
 * (io/placement.ts's rule), marked as such; else in a tray beside the map. Nobody is dropped.
 *
 * Actors on one point (a town's centre from the gazetteer, a country centre, a geocoder's shared
 * point) would hide each other, so each such group is spread on a small sunflower around the
 * point, its best connected actor on the point itself. Computed in the pipeline worker with the
 * display stage; the main thread only copies the arrays.
 */
import { project } from '../../geo/basemap.ts';
import { centrePositions } from '../../io/placement.ts';
import type { Ecosystem } from '../../model/ecosystem.ts';

/** How an actor got its place on the map. */
export const OWN_PLACE = 0;
export const REGION_CENTRE = 1;
export const COUNTRY_CENTRE = 2;
export const IN_TRAY = 3;
export type MapPlacementCode =
  | typeof OWN_PLACE
  | typeof REGION_CENTRE
  | typeof COUNTRY_CENTRE
  | typeof IN_TRAY;

/** A box in map coordinates (km east and north of 52°N 10°E). */
export interface MapBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface MapPositions {
  /** x0, y0, x1, y1, … in the network's node order, in km. */
  xy: Float32Array;
  /** OWN_PLACE, REGION_CENTRE, COUNTRY_CENTRE or IN_TRAY per actor. */
  placement: Uint8Array;
  /** Where most actors are (coreBox), for a first view of the map. */
  core: MapBox | null;
  /** The tray of actors without any place, beside the core; null when everyone is placed. */
  tray: MapBox | null;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Spacing of a spread group (km between neighbours) and the radius it may not exceed: tight for
 * actors of one town or address, wider for centres, so that a country's thousand actors form a
 * disc inside the country rather than one dot.
 */
const SPREAD: Record<Exclude<MapPlacementCode, typeof IN_TRAY>, { spacing: number; radius: number }> = {
  [OWN_PLACE]: { spacing: 0.6, radius: 4 },
  [REGION_CENTRE]: { spacing: 2, radius: 20 },
  [COUNTRY_CENTRE]: { spacing: 3, radius: 60 },
};

function codeOf(placement: unknown): MapPlacementCode {
  if (placement === 'region centre') return REGION_CENTRE;
  if (placement === 'country centre') return COUNTRY_CENTRE;
  return OWN_PLACE;
}

function validCoordinates(lat: unknown, lon: unknown): lat is number {
  return (
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180
  );
}

/** Whether some actor lacks coordinates but names a country, so that country centres are needed. */
export function needsCountryCentres(ecosystem: Ecosystem): boolean {
  return ecosystem.someNode(
    (_key, { fields }) => !validCoordinates(fields.lat, fields.lon) && typeof fields.country === 'string',
  );
}

/**
 * @param degree        ties per actor in node order, to put the best connected at a group's point
 * @param countryCentre the gazetteer's country centres (or none)
 */
export function mapPositions(
  ecosystem: Ecosystem,
  degree: ArrayLike<number>,
  countryCentre: (country: string) => { lat: number; lon: number } | undefined = () => undefined,
): MapPositions {
  const n = ecosystem.order;
  const keys = ecosystem.nodes();
  const xy = new Float32Array(2 * n);
  const placement = new Uint8Array(n).fill(IN_TRAY);
  const withoutCoordinates: string[] = [];
  const indexOf = new Map<string, number>();
  keys.forEach((key, i) => {
    indexOf.set(key, i);
    const { fields } = ecosystem.getNodeAttributes(key);
    if (!validCoordinates(fields.lat, fields.lon)) {
      withoutCoordinates.push(key);
      return;
    }
    const [x, y] = project(fields.lon as number, fields.lat);
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
    placement[i] = codeOf(fields.placement);
  });
  for (const [key, centre] of centrePositions(ecosystem, withoutCoordinates, countryCentre)) {
    const i = indexOf.get(key) as number;
    const [x, y] = project(centre.lon, centre.lat);
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
    placement[i] = centre.placement === 'region centre' ? REGION_CENTRE : COUNTRY_CENTRE;
  }
  spreadSharedPoints(xy, placement, degree);
  const core = coreBox(xy, placement);
  const tray = core ? fillTray(xy, placement, core) : null;
  return { xy, placement, core, tray };
}

/** Spreads each group of actors on one point (and of one kind of placement) on a sunflower. */
function spreadSharedPoints(xy: Float32Array, placement: Uint8Array, degree: ArrayLike<number>): void {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < placement.length; i++) {
    if (placement[i] === IN_TRAY) continue;
    const key = `${placement[i]}:${xy[2 * i]}:${xy[2 * i + 1]}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const { spacing, radius } = SPREAD[placement[group[0]] as keyof typeof SPREAD];
    const step = Math.min(spacing, radius / Math.sqrt(group.length));
    const [cx, cy] = [xy[2 * group[0]], xy[2 * group[0] + 1]];
    group.sort((a, b) => degree[b] - degree[a] || a - b);
    group.forEach((v, k) => {
      const r = step * Math.sqrt(k);
      xy[2 * v] = cx + r * Math.cos(k * GOLDEN_ANGLE);
      xy[2 * v + 1] = cy + r * Math.sin(k * GOLDEN_ANGLE);
    });
  }
}

/** Share of the placed actors the core holds: those nearest the median point. */
const CORE_SHARE = 0.85;

/**
 * Where most actors are: the box around the CORE_SHARE of placed actors nearest their median
 * point, so that far partners (across an ocean, or projected past the pole) do not decide the
 * first view. Null when no actor has a place.
 */
export function coreBox(xy: Float32Array, placement: Uint8Array): MapBox | null {
  const placed: number[] = [];
  for (let i = 0; i < placement.length; i++) if (placement[i] !== IN_TRAY) placed.push(i);
  if (placed.length === 0) return null;
  const middle = (values: number[]) => {
    const sorted = Float64Array.from(values).sort();
    return sorted[sorted.length >> 1];
  };
  const mx = middle(placed.map((i) => xy[2 * i]));
  const my = middle(placed.map((i) => xy[2 * i + 1]));
  const distance = (i: number) => Math.hypot(xy[2 * i] - mx, xy[2 * i + 1] - my);
  const nearest = placed
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, Math.ceil(CORE_SHARE * placed.length));
  const box = { xMin: Infinity, yMin: Infinity, xMax: -Infinity, yMax: -Infinity };
  for (const i of nearest) {
    box.xMin = Math.min(box.xMin, xy[2 * i]);
    box.xMax = Math.max(box.xMax, xy[2 * i]);
    box.yMin = Math.min(box.yMin, xy[2 * i + 1]);
    box.yMax = Math.max(box.yMax, xy[2 * i + 1]);
  }
  // A region of a few actors still gets a view some tens of kilometres across.
  const minimum = 20;
  for (const [low, high] of [
    ['xMin', 'xMax'],
    ['yMin', 'yMax'],
  ] as const) {
    const missing = minimum - (box[high] - box[low]);
    if (missing > 0) {
      box[low] -= missing / 2;
      box[high] += missing / 2;
    }
  }
  return box;
}

/** Puts the actors without a place in a grid west of the core, top-aligned with it; returns its box. */
function fillTray(xy: Float32Array, placement: Uint8Array, core: MapBox): MapBox | null {
  const homeless: number[] = [];
  for (let i = 0; i < placement.length; i++) if (placement[i] === IN_TRAY) homeless.push(i);
  if (homeless.length === 0) return null;
  const cell = Math.max(core.xMax - core.xMin, core.yMax - core.yMin) / 60;
  const columns = Math.ceil(Math.sqrt(homeless.length));
  const rows = Math.ceil(homeless.length / columns);
  const right = core.xMin - 4 * cell;
  const left = right - (columns + 1) * cell;
  const top = core.yMax;
  homeless.forEach((v, k) => {
    xy[2 * v] = left + (1 + (k % columns)) * cell;
    xy[2 * v + 1] = top - (1 + Math.floor(k / columns)) * cell;
  });
  return { xMin: left, xMax: right, yMin: top - (rows + 1) * cell, yMax: top };
}
