/**
 * The network's distance-decay curve: the share of ties (and of tie strength) in each distance
 * band, from ties next door to ties across continents. A graph-level table; ties without a
 * length (an end without coordinates) are counted in a row of their own, never dropped.
 */
import { nullIfNaN, tieLengths } from '../geography.ts';
import { defineMeasure, type ResultTable, type TableValue } from '../types.ts';

/** Band edges in km: band i holds lengths in [edges[i], edges[i + 1]); the last is open. */
export const DISTANCE_BANDS: Readonly<Record<string, readonly number[]>> = {
  standard: [0, 10, 25, 50, 100, 250, 500, 1000],
  regional: [0, 5, 10, 25, 50, 100],
};

function bandLabel(from: number, to: number | undefined): string {
  const km = (value: number) => value.toLocaleString('en-GB');
  return to === undefined ? `> ${km(from)} km` : `${km(from)}–${km(to)} km`;
}

export const distanceDecay = defineMeasure({
  id: 'distance-decay',
  label: 'Distance-decay curve',
  family: 'locality',
  method:
    'Each tie of the tie view is counted once in the band of its great-circle length (haversine, Earth radius ' +
    '6,371.0088 km). Bands (choice "bands"): standard 0–10, 10–25, 25–50, 50–100, 100–250, 250–500, 500–1,000 and ' +
    'over 1,000 km; regional 0–5, 5–10, 10–25, 25–50, 50–100 and over 100 km. A band holds lengths from its lower ' +
    'edge up to but not including its upper edge (a tie of exactly 10 km is in 10–25). Per band: ties, their share of ' +
    'the ties with a length, summed tie strength and its share of the strength of those ties. Ties with an end without ' +
    'coordinates have no length: a last row counts them (and their strength), outside the shares. The table is ' +
    '"distance_decay". Reference: plain Python ' +
    '(scripts/reference/geography.py).',
  outputs: [],
  options: {
    bands: {
      type: 'choice',
      label: 'Distance bands',
      default: 'standard',
      choices: Object.keys(DISTANCE_BANDS),
    },
  },
  compute(input, options) {
    const { tie } = input;
    const edges = DISTANCE_BANDS[options.bands] ?? DISTANCE_BANDS.standard;
    const lengths = tieLengths(input, '');
    const ties = new Float64Array(edges.length);
    const strength = new Float64Array(edges.length);
    let unknownTies = 0;
    let unknownStrength = 0;
    for (let u = 0; u < tie.nodeCount; u++) {
      for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
        if (tie.neighbours[k] < u) continue;
        const length = lengths[k];
        if (Number.isNaN(length)) {
          unknownTies++;
          unknownStrength += tie.strengths[k];
          continue;
        }
        let band = edges.length - 1;
        while (band > 0 && length < edges[band]) band--;
        ties[band]++;
        strength[band] += tie.strengths[k];
      }
    }
    const totalTies = ties.reduce((sum, count) => sum + count, 0);
    const totalStrength = strength.reduce((sum, value) => sum + value, 0);
    const rows: Record<string, TableValue>[] = edges.map((from, band) => ({
      band: bandLabel(from, edges[band + 1]),
      from_km: from,
      to_km: edges[band + 1] ?? null,
      ties: ties[band],
      share: nullIfNaN(ties[band] / totalTies),
      strength: strength[band],
      strength_share: nullIfNaN(strength[band] / totalStrength),
    }));
    rows.push({
      band: 'no distance',
      from_km: null,
      to_km: null,
      ties: unknownTies,
      share: null,
      strength: unknownStrength,
      strength_share: null,
    });
    const table: ResultTable = {
      label: 'Distance-decay curve',
      columns: [
        { id: 'band', label: 'Distance' },
        { id: 'from_km', label: 'From (km)' },
        { id: 'to_km', label: 'To (km)' },
        { id: 'ties', label: 'Ties' },
        { id: 'share', label: 'Share of ties' },
        { id: 'strength', label: 'Strength' },
        { id: 'strength_share', label: 'Share of strength' },
      ],
      rows,
    };
    // Tie counts with and without a length are tie-length's graph figures; this measure adds the table.
    return { columns: {}, tables: { distance_decay: table } };
  },
});
