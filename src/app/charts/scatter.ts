/**
 * Geometry of scatter plots: axes with readable ticks, points projected to the plot, one SVG
 * path per colour, and the point nearest the pointer. Tens of thousands of actors must stay
 * cheap to draw, so points live in typed arrays and are never React elements of their own.
 */
import { niceStep } from './binning.ts';

/**
 * `sqrt` spreads the crowd of small counts that heavy-tailed measures (ties, effective size)
 * pile up near zero, while keeping zero on the axis, which a logarithm cannot.
 */
export type AxisScale = 'linear' | 'sqrt';

export interface ScatterAxis {
  readonly min: number;
  readonly max: number;
  readonly scale: AxisScale;
  readonly ticks: readonly number[];
}

export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Points in plot coordinates (SVG units); `index` maps each back to its actor, NaN points left out. */
export interface ProjectedPoints {
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly index: Int32Array;
}

/** Ticks closer than this share of the axis would print over each other. */
const MIN_TICK_GAP = 0.12;

/** An axis from zero (or below, for negative values) to a round number at or above the largest value. */
export function scatterAxis(values: ArrayLike<number>, scale: AxisScale): ScatterAxis {
  let low = 0;
  let high = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  // A square root has no negative side; such data gets a linear axis.
  const usable: AxisScale = low < 0 ? 'linear' : scale;
  if (high === low) high = low + 1;
  if (usable === 'sqrt') {
    const max = roundUp(high);
    return { min: 0, max, scale: usable, ticks: sqrtTicks(max) };
  }
  const step = niceStep((high - low) / 4);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let tick = min; tick <= max + step * 1e-9; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return { min, max, scale: usable, ticks };
}

/** The first value of the 1-2-5 sequence at or above `value`. */
function roundUp(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const mantissa of [1, 2, 5, 10]) if (mantissa * power >= value * (1 - 1e-12)) return mantissa * power;
  return 10 * power;
}

/** 0 and the 1-2-5 values up to `max`, keeping only those far enough apart on the square-root axis. */
function sqrtTicks(max: number): number[] {
  const ticks = [0];
  let lastPosition = 0;
  for (let power = 10 ** Math.floor(Math.log10(max) - 3); power <= max; power *= 10) {
    for (const mantissa of [1, 2, 5]) {
      const tick = Number((mantissa * power).toPrecision(12));
      if (tick > max) break;
      const position = Math.sqrt(tick / max);
      if (position - lastPosition < MIN_TICK_GAP || (tick < max && 1 - position < MIN_TICK_GAP / 2)) continue;
      ticks.push(tick);
      lastPosition = position;
    }
  }
  return ticks;
}

/** Where a value sits along the axis, 0 at its start and 1 at its end (outside when out of range). */
export function axisFraction(axis: ScatterAxis, value: number): number {
  if (axis.scale === 'sqrt') return Math.sqrt(Math.max(0, value)) / Math.sqrt(axis.max);
  return (value - axis.min) / (axis.max - axis.min);
}

export function projectPoints(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  xAxis: ScatterAxis,
  yAxis: ScatterAxis,
  plot: PlotArea,
): ProjectedPoints {
  const kept: number[] = [];
  for (let i = 0; i < xs.length; i++) if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) kept.push(i);
  const x = new Float32Array(kept.length);
  const y = new Float32Array(kept.length);
  kept.forEach((actor, point) => {
    x[point] = plot.left + axisFraction(xAxis, xs[actor]) * plot.width;
    y[point] = plot.top + (1 - axisFraction(yAxis, ys[actor])) * plot.height;
  });
  return { x, y, index: Int32Array.from(kept) };
}

/**
 * One path per series: each point a zero-length segment that a round line cap turns into a
 * dot. Points falling on the same half pixel are drawn once, which keeps integer-valued data
 * (counts of ties) to a few hundred segments however many actors there are.
 */
export function seriesPaths(
  points: ProjectedPoints,
  seriesOf: ArrayLike<number>,
  seriesCount: number,
): string[] {
  const segments: string[][] = Array.from({ length: seriesCount }, () => []);
  const drawn: Set<string>[] = Array.from({ length: seriesCount }, () => new Set());
  for (let point = 0; point < points.index.length; point++) {
    const series = seriesOf[points.index[point]];
    if (!(series >= 0 && series < seriesCount)) continue;
    const x = Math.round(points.x[point] * 2) / 2;
    const y = Math.round(points.y[point] * 2) / 2;
    const key = `${x} ${y}`;
    if (drawn[series].has(key)) continue;
    drawn[series].add(key);
    segments[series].push(`M${key}h0`);
  }
  return segments.map((parts) => parts.join(''));
}

/**
 * The point nearest (x, y) within `maxDistance`, as a point number, or -1; among points on
 * one spot, the last. A linear scan: 16,000 points take well under a millisecond, less than
 * building a spatial index would on every change of data.
 */
export function nearestPoint(points: ProjectedPoints, x: number, y: number, maxDistance: number): number {
  let best = -1;
  let bestDistance = maxDistance * maxDistance;
  for (let point = 0; point < points.index.length; point++) {
    const dx = points.x[point] - x;
    const dy = points.y[point] - y;
    const distance = dx * dx + dy * dy;
    if (distance <= bestDistance) {
      best = point;
      bestDistance = distance;
    }
  }
  return best;
}

/** The point of an actor, or -1 when it is not plotted. */
export function pointOfActor(points: ProjectedPoints, actor: number): number {
  return points.index.indexOf(actor);
}
