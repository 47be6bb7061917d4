/**
 * Placing actors on the map, as the last step of an import. Every actor ends with a `placement`
 * field saying where its lat/lon came from, or none when it has no coordinates:
 *
 * - `file`: the file gave valid coordinates (kept as they are);
 * - `gazetteer`: its town (`city`, with `country` to tell places of one name apart) was found in
 *   the offline gazetteer; `gazetteer_place` names the place it was matched to;
 * - `region centre`, `country centre`: only when asked (`placeAtCentre`): the mean position of the
 *   actors of its region placed by the file or the gazetteer, else its country's centre.
 *
 * Towns that match several places or none are listed for review (code, actor, town, country,
 * candidates), and as warnings with file and row. Nothing is dropped: unplaced actors are counted.
 */

import type { Gazetteer, Place } from '../geo/gazetteer.ts';
import { actorId, type Ecosystem } from '../model/ecosystem.ts';
import type { ImportIssue, Origin } from '../model/issues.ts';
import { issue } from './issue.ts';
import type { MessageParams } from './messages.ts';

export const PLACEMENTS = ['file', 'gazetteer', 'region centre', 'country centre'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** A town a person should look at: it matched several places, or none. */
export interface PlacementReview {
  code: 'place-ambiguous' | 'place-unmatched';
  /** The actor's id and label. */
  id: string;
  actor: string;
  city: string;
  country?: string;
  /** Ambiguous: the places of that name; unmatched: places of that name in other countries. */
  candidates: Place[];
  file?: string;
  row?: number;
}

export interface PlacementSummary {
  /** Actors placed, by how; the counts and `unplaced` add up to the number of actors. */
  placed: Record<Placement, number>;
  unplaced: number;
  /** Unplaced actors that had a town the gazetteer could not place (the rest named none). */
  unplacedWithTown: number;
  review: PlacementReview[];
  /** Whether actors without coordinates were placed at centres (`placeAtCentre`). */
  atCentres: boolean;
  /** Shown wherever gazetteer positions are: the gazetteer's licence asks for it. */
  attribution?: string;
}

export interface PlacementOptions {
  /** Place actors still without coordinates at their region's or their country's centre. */
  placeAtCentre?: boolean;
}

/** Actors sharing one exact point this often are probably placed at a town's or region's centre. */
export const SHARED_POINT_MINIMUM = 5;

export function isPlacement(value: unknown): value is Placement {
  return typeof value === 'string' && (PLACEMENTS as readonly string[]).includes(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function validCoordinates(lat: unknown, lon: unknown): boolean {
  return (
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180 &&
    Number.isFinite(lat + lon)
  );
}

/**
 * Sets `lat`, `lon` and `placement` on the actors of `ecosystem` (the model has already checked
 * the file's coordinates). `origins` (actor id → file and row) lets warnings say where the actor
 * was read; `gazetteer` is null when it was not loaded, and then only the file's positions count.
 */
export function placeActors(
  ecosystem: Ecosystem,
  origins: ReadonlyMap<string, Origin | undefined>,
  gazetteer: Gazetteer | null,
  options: PlacementOptions = {},
): { summary: PlacementSummary; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const review: PlacementReview[] = [];
  const unplaced: string[] = [];
  /** Graph keys of the reviewed actors, aligned with `review`. */
  const reviewedKeys: string[] = [];
  ecosystem.forEachNode((key, actor) => {
    const { fields } = actor;
    if (validCoordinates(fields.lat, fields.lon)) {
      // A placement written by an earlier export (a gazetteer or centre position) stays what it was.
      if (!isPlacement(fields.placement)) fields.placement = 'file';
      return;
    }
    delete fields.placement;
    const city = text(fields.city);
    if (!city || !gazetteer) {
      unplaced.push(key);
      return;
    }
    const country = text(fields.country);
    const match = gazetteer.find(city, country);
    if (match.status === 'matched') {
      fields.lat = match.place.lat;
      fields.lon = match.place.lon;
      fields.placement = 'gazetteer';
      fields.gazetteer_place = `${match.place.name} (${match.place.country})`;
      return;
    }
    unplaced.push(key);
    const origin = origins.get(key);
    const entry: PlacementReview = {
      code: match.status === 'ambiguous' ? 'place-ambiguous' : 'place-unmatched',
      id: actorId(key),
      actor: actor.label,
      city,
      ...(country ? { country } : {}),
      candidates: match.status === 'ambiguous' ? [...match.candidates] : [...match.elsewhere],
      ...origin,
    };
    review.push(entry);
    reviewedKeys.push(key);
    issues.push(reviewIssue(entry, origin));
  });

  if (options.placeAtCentre) placeAtCentres(ecosystem, unplaced, gazetteer);
  issues.push(...sharedPointWarnings(ecosystem));

  const placed: Record<Placement, number> = {
    file: 0,
    gazetteer: 0,
    'region centre': 0,
    'country centre': 0,
  };
  let stillUnplaced = 0;
  ecosystem.forEachNode((_key, { fields }) => {
    if (isPlacement(fields.placement)) placed[fields.placement]++;
    else stillUnplaced++;
  });
  const summary: PlacementSummary = {
    placed,
    unplaced: stillUnplaced,
    unplacedWithTown: reviewedKeys.filter(
      (key) => !isPlacement(ecosystem.getNodeAttribute(key, 'fields').placement),
    ).length,
    review,
    atCentres: options.placeAtCentre === true,
    ...(gazetteer && placed.gazetteer > 0 ? { attribution: gazetteer.attribution } : {}),
  };
  return { summary, issues };
}

function reviewIssue(entry: PlacementReview, origin: Origin | undefined): ImportIssue {
  const where = entry.country ? `${entry.city} (${entry.country})` : entry.city;
  const names = entry.candidates
    .slice(0, 5)
    .map((place) => `${place.name} ${place.country}`)
    .join(', ');
  const params: MessageParams =
    entry.code === 'place-ambiguous'
      ? { place: where, count: entry.candidates.length, names, actor: entry.actor }
      : {
          place: where,
          names,
          found: names ? 'yes' : 'no',
          elsewhere: names ? ` (found elsewhere: ${names})` : '',
          actor: entry.actor,
        };
  return issue('warning', entry.code, params, { ...origin, column: 'city', value: entry.city });
}

/** A position for an actor without coordinates of its own, and how it was found. */
export interface CentrePosition {
  lat: number;
  lon: number;
  placement: 'region centre' | 'country centre';
}

/**
 * Where actors without coordinates would stand: their region's centre (the mean position of the
 * region's actors placed by file or gazetteer), else their country's centre. One rule for the
 * import (`placeAtCentre`) and the map, which places such actors there without changing them.
 */
export function centrePositions(
  ecosystem: Ecosystem,
  keys: readonly string[],
  countryCentre: (country: string) => { lat: number; lon: number } | undefined,
): Map<string, CentrePosition> {
  const sums = new Map<string, { lat: number; lon: number; count: number }>();
  ecosystem.forEachNode((_key, { fields }) => {
    const region = text(fields.region);
    if (!region || (fields.placement !== 'file' && fields.placement !== 'gazetteer')) return;
    if (!validCoordinates(fields.lat, fields.lon)) return;
    const sum = sums.get(region) ?? { lat: 0, lon: 0, count: 0 };
    sum.lat += fields.lat as number;
    sum.lon += fields.lon as number;
    sum.count++;
    sums.set(region, sum);
  });
  const positions = new Map<string, CentrePosition>();
  for (const key of keys) {
    const { fields } = ecosystem.getNodeAttributes(key);
    const region = text(fields.region);
    const sum = region === undefined ? undefined : sums.get(region);
    if (sum) {
      positions.set(key, { lat: sum.lat / sum.count, lon: sum.lon / sum.count, placement: 'region centre' });
      continue;
    }
    const country = text(fields.country);
    const centre = country ? countryCentre(country) : undefined;
    if (centre) positions.set(key, { ...centre, placement: 'country centre' });
  }
  return positions;
}

function placeAtCentres(
  ecosystem: Ecosystem,
  unplaced: readonly string[],
  gazetteer: Gazetteer | null,
): void {
  const centres = centrePositions(ecosystem, unplaced, (country) => gazetteer?.countryCentre(country));
  for (const [key, centre] of centres) {
    const { fields } = ecosystem.getNodeAttributes(key);
    fields.lat = centre.lat;
    fields.lon = centre.lon;
    fields.placement = centre.placement;
  }
}

/**
 * File positions shared by many actors are usually a town's, region's or country's centre that a
 * geocoder fell back to (CORDIS puts 45 Dutch organisations on one point in the middle of the
 * country): such actors are 0 km apart on paper. One warning per point.
 */
function sharedPointWarnings(ecosystem: Ecosystem): ImportIssue[] {
  const byPoint = new Map<string, number>();
  ecosystem.forEachNode((_key, { fields }) => {
    if (fields.placement !== 'file') return;
    const point = `${fields.lat}, ${fields.lon}`;
    byPoint.set(point, (byPoint.get(point) ?? 0) + 1);
  });
  return [...byPoint]
    .filter(([, count]) => count >= SHARED_POINT_MINIMUM)
    .map(([point, count]) =>
      issue('warning', 'shared-coordinates', { count, point }, { column: 'lat', value: point }),
    );
}
