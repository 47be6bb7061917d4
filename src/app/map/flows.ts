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
import { MAP_TIE_COLOURS } from './map-ties.ts';
import { toScreen, type ViewTransform } from './view-transform.ts';

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

const MOST_WIDTH = 14;
const LEAST_WIDTH = 1;
/** Flows this many largest carry their number. */
const LABELLED = 12;

/** A flow's width in pixels: proportional to its value, the largest MOST_WIDTH. */
export function flowWidth(value: number, largest: number): number {
  return largest > 0 ? LEAST_WIDTH + ((MOST_WIDTH - LEAST_WIDTH) * value) / largest : LEAST_WIDTH;
}

/** The curve's control point: a bend to the left of a → b, a fifth of its length. */
function controlPoint(a: { x: number; y: number }, b: { x: number; y: number }) {
  return { x: (a.x + b.x) / 2 - (b.y - a.y) * 0.2, y: (a.y + b.y) / 2 + (b.x - a.x) * 0.2 };
}

/** Draws the flows, smallest first so the largest lie on top; the largest carry their number. */
export function drawFlows(
  context: CanvasRenderingContext2D,
  flows: readonly Flow[],
  width: FlowWidth,
  transform: ViewTransform,
  format: (value: number) => string,
): void {
  const largest = flows.reduce((most, flow) => Math.max(most, flow[width]), 0);
  context.save();
  context.lineCap = 'round';
  for (let k = flows.length - 1; k >= 0; k--) {
    const flow = flows[k];
    const a = toScreen(transform, flow.a[0], flow.a[1]);
    const b = toScreen(transform, flow.b[0], flow.b[1]);
    const control = controlPoint(a, b);
    context.strokeStyle = `${flow.crossBorder ? MAP_TIE_COLOURS.crossBorder : MAP_TIE_COLOURS.external}a6`;
    context.lineWidth = flowWidth(flow[width], largest);
    context.beginPath();
    context.moveTo(a.x, a.y);
    context.quadraticCurveTo(control.x, control.y, b.x, b.y);
    context.stroke();
  }
  context.font = 'bold 11px system-ui, sans-serif';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  for (const flow of flows.slice(0, LABELLED)) {
    const a = toScreen(transform, flow.a[0], flow.a[1]);
    const b = toScreen(transform, flow.b[0], flow.b[1]);
    const control = controlPoint(a, b);
    // The curve's middle (t = ½ on the quadratic Bézier).
    const x = (a.x + 2 * control.x + b.x) / 4;
    const y = (a.y + 2 * control.y + b.y) / 4;
    const text = format(flow[width]);
    context.strokeText(text, x, y);
    context.fillStyle = flow.crossBorder ? MAP_TIE_COLOURS.crossBorder : '#8a3b00';
    context.fillText(text, x, y);
  }
  context.restore();
}
