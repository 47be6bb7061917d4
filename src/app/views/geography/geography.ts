/**
 * The geography view's figures, read from the analysis' tables and the map positions: the
 * distance-decay bars, the region × region (or country × country) matrix of ties, and how the
 * actors got their places. Pure, so the numbers are tested without a page.
 */
import type { ResultTable } from '../../../analysis/types.ts';
import { COUNTRY_CENTRE, IN_TRAY, OWN_PLACE, REGION_CENTRE } from '../../map/map-positions.ts';

export interface DecayBand {
  key: string;
  from: number;
  /** Null for the last, open band. */
  to: number | null;
  ties: number;
  share: number | null;
}

/** The distance-decay table's bands, and the ties without a length (its last row). */
export function decayBands(table: ResultTable | undefined): { bands: DecayBand[]; withoutLength: number } {
  const bands: DecayBand[] = [];
  let withoutLength = 0;
  for (const row of table?.rows ?? []) {
    if (row.from_km === null) {
      withoutLength = Number(row.ties);
      continue;
    }
    bands.push({
      key: String(row.band),
      from: Number(row.from_km),
      to: row.to_km === null ? null : Number(row.to_km),
      ties: Number(row.ties),
      share: row.share === null ? null : Number(row.share),
    });
  }
  return { bands, withoutLength };
}

export interface PlaceMatrix {
  /** The places shown, most ties first. */
  places: string[];
  /** values[i][j]: ties (or strength) between places i and j; the diagonal, ties inside a place. */
  values: number[][];
  /** Pairs across an NL–BE–DE border. */
  crossBorder: boolean[][];
  /** Places left out (fewer ties), and their ties. */
  otherPlaces: number;
  largest: number;
}

/** The flows table as a symmetric matrix of its `most` places with the most ties (or strength). */
export function placeMatrix(
  table: ResultTable | undefined,
  value: 'ties' | 'strength',
  most = 12,
  leaveOut: ReadonlySet<string> = new Set(),
): PlaceMatrix {
  const totals = new Map<string, number>();
  const rows = (table?.rows ?? []).filter(
    (row) => !leaveOut.has(String(row.from)) && !leaveOut.has(String(row.to)),
  );
  for (const row of rows) {
    const amount = Number(row[value]);
    totals.set(String(row.from), (totals.get(String(row.from)) ?? 0) + amount);
    if (row.to !== row.from) totals.set(String(row.to), (totals.get(String(row.to)) ?? 0) + amount);
  }
  const places = [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, most)
    .map(([place]) => place);
  const index = new Map(places.map((place, i) => [place, i]));
  const values = places.map(() => places.map(() => 0));
  const crossBorder = places.map(() => places.map(() => false));
  let largest = 0;
  for (const row of rows) {
    const i = index.get(String(row.from));
    const j = index.get(String(row.to));
    if (i === undefined || j === undefined) continue;
    const amount = Number(row[value]);
    values[i][j] += amount;
    if (i !== j) values[j][i] += amount;
    crossBorder[i][j] = crossBorder[j][i] = row.cross_border === 1;
    largest = Math.max(largest, values[i][j]);
  }
  return { places, values, crossBorder, otherPlaces: totals.size - places.length, largest };
}

export interface PlacementCounts {
  own: number;
  regionCentre: number;
  countryCentre: number;
  tray: number;
}

export function placementCounts(placement: Uint8Array | null | undefined): PlacementCounts {
  const counts = { own: 0, regionCentre: 0, countryCentre: 0, tray: 0 };
  for (const code of placement ?? []) {
    if (code === OWN_PLACE) counts.own++;
    else if (code === REGION_CENTRE) counts.regionCentre++;
    else if (code === COUNTRY_CENTRE) counts.countryCentre++;
    else if (code === IN_TRAY) counts.tray++;
  }
  return counts;
}
