/**
 * Local versus external ties: a tie is local when both ends share the value of a locality
 * field (default `region`), or, in distance mode, when the great-circle (haversine) distance
 * between their lat/lon is at most a threshold in km. Ties with an end whose value (or
 * coordinate) is missing are unclassified: neither local nor external.
 */
import type { TieView } from '../model/views.ts';
import { fieldGrouping, type Grouping, groupLabel } from './groups.ts';
import type { ActorTable, AnalysisInput, OptionValues } from './types.ts';

export const LOCALITY_DEFAULTS = { localBy: 'region', localKm: 0 };

/** The locality rule: a shared field value, or a distance in km when `localKm` > 0. */
export interface LocalityRule {
  readonly localBy: string;
  readonly localKm: number;
}

/** The rule the options describe (missing options take the defaults). */
export function localityRule(options: { localBy?: unknown; localKm?: unknown } = {}): LocalityRule {
  const localKm = Number(options.localKm ?? LOCALITY_DEFAULTS.localKm);
  return {
    localBy: String(options.localBy ?? LOCALITY_DEFAULTS.localBy),
    localKm: Number.isFinite(localKm) && localKm > 0 ? localKm : 0,
  };
}

export const LOCAL = 1;
export const EXTERNAL = 0;
export const UNCLASSIFIED = -1;

export interface Locality {
  /** Per CSR slot of the tie view (aligned with `tie.neighbours`): LOCAL, EXTERNAL or UNCLASSIFIED. */
  readonly tieClass: Int8Array;
  /** Per node: local (I) and external (E) ties. */
  readonly localTies: Float64Array;
  readonly externalTies: Float64Array;
  /** The grouping in field mode; null in distance mode. */
  readonly grouping: Grouping | null;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two points given in decimal degrees. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Only the tie view and the actors' fields decide locality (callers may pass a view of their own). */
export function localityOf(
  input: Pick<AnalysisInput, 'tie' | 'actors'>,
  options: OptionValues = {},
): Locality {
  const { tie, actors } = input;
  const { localBy, localKm } = localityRule(options);
  let grouping: Grouping | null = null;
  let classify: (u: number, v: number) => number;
  if (localKm > 0) {
    const lat = numbers(actors.field('lat'));
    const lon = numbers(actors.field('lon'));
    classify = (u, v) => {
      if (Number.isNaN(lat[u] + lon[u] + lat[v] + lon[v])) return UNCLASSIFIED;
      return haversineKm(lat[u], lon[u], lat[v], lon[v]) <= localKm ? LOCAL : EXTERNAL;
    };
  } else {
    grouping = fieldGrouping(actors, localBy, 'left-out');
    const codes = grouping.codes;
    classify = (u, v) => {
      if (codes[u] < 0 || codes[v] < 0) return UNCLASSIFIED;
      return codes[u] === codes[v] ? LOCAL : EXTERNAL;
    };
  }
  return { ...classifyTies(tie, classify), grouping };
}

type FieldBag = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Whether a tie between actors with these fields is LOCAL, EXTERNAL or UNCLASSIFIED under the
 * rule: the same decision `localityOf` makes for every tie of a network, for one pair.
 */
export function pairLocality(a: FieldBag, b: FieldBag, rule: LocalityRule): number {
  if (rule.localKm > 0) {
    const [lat1, lon1, lat2, lon2] = [a.lat, a.lon, b.lat, b.lon];
    if (
      typeof lat1 !== 'number' ||
      typeof lon1 !== 'number' ||
      typeof lat2 !== 'number' ||
      typeof lon2 !== 'number'
    )
      return UNCLASSIFIED;
    return haversineKm(lat1, lon1, lat2, lon2) <= rule.localKm ? LOCAL : EXTERNAL;
  }
  const first = groupLabel(Object.hasOwn(a, rule.localBy) ? a[rule.localBy] : null);
  const second = groupLabel(Object.hasOwn(b, rule.localBy) ? b[rule.localBy] : null);
  if (first === null || second === null) return UNCLASSIFIED;
  return first === second ? LOCAL : EXTERNAL;
}

/**
 * The locality field when none was chosen: `region`, or `country` when no actor has a region
 * (a network such as Horizon 2020 knows countries only; with `region` every tie would be
 * unclassified).
 */
export function defaultLocalityField(actors: ActorTable): string {
  const hasValue = (name: string) => actors.field(name).some((value) => value !== null && value !== '');
  if (hasValue(LOCALITY_DEFAULTS.localBy) || !hasValue('country')) return LOCALITY_DEFAULTS.localBy;
  return 'country';
}

function classifyTies(tie: TieView, classify: (u: number, v: number) => number) {
  const n = tie.nodeCount;
  const tieClass = new Int8Array(tie.neighbours.length);
  const localTies = new Float64Array(n);
  const externalTies = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
      const kind = classify(u, tie.neighbours[k]);
      tieClass[k] = kind;
      if (kind === LOCAL) localTies[u]++;
      else if (kind === EXTERNAL) externalTies[u]++;
    }
  }
  return { tieClass, localTies, externalTies };
}

function numbers(values: readonly (string | number | boolean | null)[]): Float64Array {
  return Float64Array.from(values, (value) => (typeof value === 'number' ? value : Number.NaN));
}

/** Krackhardt–Stern E-I index (E − I)/(E + I); NaN without classified ties. */
export function eiIndex(external: number, internal: number): number {
  return external + internal > 0 ? (external - internal) / (external + internal) : Number.NaN;
}
