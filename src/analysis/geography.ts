/**
 * Geography shared by the distance measures: actors' coordinates as typed arrays and the
 * great-circle length of every tie (haversine, design guide §4), computed once per input.
 * An actor without valid lat/lon has NaN coordinates; a tie with such an end has no length (NaN).
 */
import { memoPerInput } from './groups.ts';
import { haversineKm } from './locality.ts';
import type { ActorTable, AnalysisInput } from './types.ts';

export interface Coordinates {
  readonly lat: Float64Array;
  readonly lon: Float64Array;
}

function degrees(values: readonly (string | number | boolean | null)[], limit: number): Float64Array {
  return Float64Array.from(values, (value) =>
    typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit ? value : Number.NaN,
  );
}

export function coordinatesOf(actors: ActorTable): Coordinates {
  const lat = degrees(actors.field('lat'), 90);
  const lon = degrees(actors.field('lon'), 180);
  for (let v = 0; v < lat.length; v++) {
    if (Number.isNaN(lat[v]) || Number.isNaN(lon[v])) {
      lat[v] = Number.NaN;
      lon[v] = Number.NaN;
    }
  }
  return { lat, lon };
}

export function hasCoordinates(coordinates: Coordinates, v: number): boolean {
  return !Number.isNaN(coordinates.lat[v]);
}

/** Length in km of the tie in each CSR slot of the tie view (aligned with `tie.neighbours`). */
export const tieLengths = memoPerInput((input: AnalysisInput): Float64Array => {
  const { tie } = input;
  const { lat, lon } = coordinatesOf(input.actors);
  const lengths = new Float64Array(tie.neighbours.length);
  for (let u = 0; u < tie.nodeCount; u++) {
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
      const v = tie.neighbours[k];
      lengths[k] = haversineKm(lat[u], lon[u], lat[v], lon[v]);
    }
  }
  return lengths;
});

/** The median of the values (the mean of the middle two for an even count, as numpy.median); NaN when none. */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function nullIfNaN(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
