/**
 * Drawing the flows between places (flows.ts computes them): curves as wide as their number of
 * ties or summed strength, the largest labelled. Worker-safe, as the basemap worker draws them
 * (basemap-shapes.ts); the SVG export uses the same widths.
 */
import type { Context2D } from './basemap-shapes.ts';
import type { Flow } from './flows.ts';
import type { FlowWidth } from './map-settings.ts';
import { MAP_TIE_COLOURS } from './map-ties.ts';
import { toScreen, type ViewTransform } from './view-transform.ts';

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
  context: Context2D,
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
