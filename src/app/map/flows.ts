/**
 * Flows between places on the map: the ties between two regions (or countries) merged into one
 * curve from the centre of the one to the centre of the other, as wide as their number of ties
 * or their summed strength. The numbers are the analysis' region-flows tables (counted there,
 * once per tie); the centres are where the places' actors stand on the map.
 */
import { groupLabel } from '../../analysis/groups.ts';
import type { ResultTable } from '../../analysis/types.ts';
import { IN_TRAY } from './map-positions.ts';
import type { FlowWidth } from './map-settings.ts';

export interface Flow {
  from: string;
  to: string;
  ties: number;
  strength: number;
  crossBorder: boolean;
  /** The two places' centres in km. */
  a: readonly [number, number];
  b: readonly [number, number];
}

/** Only the largest flows are drawn: past a few hundred, curves hide each other and the map. */
export const MOST_FLOWS = 250;

/** The centre of each place: the mean map position of its actors that have a place. */
export function placeCentres(
  values: readonly unknown[],
  xy: Float32Array,
  placement: Uint8Array,
): Map<string, [number, number]> {
  const sums = new Map<string, { x: number; y: number; count: number }>();
  values.forEach((value, i) => {
    const label = groupLabel(value as string | number | boolean | null | undefined);
    if (label === null || placement[i] === IN_TRAY) return;
    const sum = sums.get(label) ?? { x: 0, y: 0, count: 0 };
    sum.x += xy[2 * i];
    sum.y += xy[2 * i + 1];
    sum.count++;
    sums.set(label, sum);
  });
  return new Map([...sums].map(([label, sum]) => [label, [sum.x / sum.count, sum.y / sum.count]]));
}

/** The flows between two different places with centres, largest first, at most `most`. */
export function flowsBetweenPlaces(
  table: ResultTable | undefined,
  centres: ReadonlyMap<string, readonly [number, number]>,
  width: FlowWidth,
  most = MOST_FLOWS,
): Flow[] {
  const flows: Flow[] = [];
  for (const row of table?.rows ?? []) {
    const from = String(row.from);
    const to = String(row.to);
    const a = centres.get(from);
    const b = centres.get(to);
    if (from === to || !a || !b) continue;
    flows.push({
      from,
      to,
      ties: Number(row.ties),
      strength: Number(row.strength),
      crossBorder: row.cross_border === 1,
      a,
      b,
    });
  }
  return flows.sort((x, y) => y[width] - x[width] || x.from.localeCompare(y.from)).slice(0, most);
}
