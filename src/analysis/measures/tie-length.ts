/**
 * Tie length: how far an actor's partners are. Great-circle distances (haversine, Earth radius
 * 6,371.0088 km) between the lat/lon of the two ends of each tie; per actor the median and mean
 * partner distance and the share of partners within a radius; for the network the median and
 * mean tie length. Actors without coordinates are kept: their values are empty and they are counted.
 */
import { coordinatesOf, hasCoordinates, median, nullIfNaN, tieLengths } from '../geography.ts';
import { defineMeasure } from '../types.ts';

export const TIE_LENGTH_DEFAULTS = { withinKm: 50 };

export const tieLength = defineMeasure({
  id: 'tie-length',
  label: 'Tie length (km)',
  family: 'locality',
  method:
    'On the tie view, each tie’s length is the great-circle distance between the lat/lon of its two actors by the ' +
    'haversine formula with Earth radius 6,371.0088 km (the IUGG mean radius); a tie with an end without valid ' +
    'coordinates has no length. Per actor, over its partners with a length: median_partner_km is the median (the mean ' +
    'of the middle two for an even count, as numpy.median), mean_partner_km the mean, share_within_km the share of ' +
    'those partners at most withinKm km away (default 50), located_partners their number; all but the count are empty ' +
    'when the actor has no coordinates or no located partner. Graph figures count each tie once: median and mean tie ' +
    'length, the share of ties within withinKm, ties with and without a length, and actors without coordinates ' +
    '(listed, never dropped). Reference: plain Python (scripts/reference/geography.py).',
  outputs: [
    { id: 'median_partner_km', label: 'Median partner distance (km)' },
    { id: 'mean_partner_km', label: 'Mean partner distance (km)' },
    { id: 'share_within_km', label: 'Share of partners within radius' },
    { id: 'located_partners', label: 'Partners with a distance', integer: true },
  ],
  options: {
    withinKm: {
      type: 'number',
      label: 'Radius for the share of partners (km)',
      default: TIE_LENGTH_DEFAULTS.withinKm,
      min: 0,
    },
  },
  compute(input, options, progress) {
    const { tie } = input;
    const n = tie.nodeCount;
    const within = options.withinKm;
    const coordinates = coordinatesOf(input.actors);
    const lengths = tieLengths(input, '');
    const medianKm = new Float64Array(n).fill(Number.NaN);
    const meanKm = new Float64Array(n).fill(Number.NaN);
    const share = new Float64Array(n).fill(Number.NaN);
    const located = new Float64Array(n);
    const allTies: number[] = [];
    let withoutLength = 0;
    let withoutCoordinates = 0;
    for (let v = 0; v < n; v++) {
      if ((v & 1023) === 0) {
        progress.checkpoint();
        progress.report(v / n);
      }
      if (!hasCoordinates(coordinates, v)) withoutCoordinates++;
      const distances: number[] = [];
      for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) {
        const length = lengths[k];
        const once = tie.neighbours[k] > v;
        if (Number.isNaN(length)) {
          if (once) withoutLength++;
          continue;
        }
        distances.push(length);
        if (once) allTies.push(length);
      }
      located[v] = distances.length;
      if (distances.length === 0) continue;
      medianKm[v] = median(distances);
      meanKm[v] = distances.reduce((sum, d) => sum + d, 0) / distances.length;
      share[v] = distances.filter((d) => d <= within).length / distances.length;
    }
    return {
      columns: {
        median_partner_km: medianKm,
        mean_partner_km: meanKm,
        share_within_km: share,
        located_partners: located,
      },
      graph: {
        median_tie_km: nullIfNaN(median(allTies)),
        mean_tie_km: allTies.length > 0 ? allTies.reduce((sum, d) => sum + d, 0) / allTies.length : null,
        share_ties_within_km:
          allTies.length > 0 ? allTies.filter((d) => d <= within).length / allTies.length : null,
        ties_with_length: allTies.length,
        ties_without_length: withoutLength,
        actors_without_coordinates: withoutCoordinates,
      },
    };
  },
});
