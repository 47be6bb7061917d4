/**
 * Geometry of the line chart: years along x at equal steps of one year, values along y, and each
 * series as one SVG path that breaks where a value is missing (NaN), so a year without ties is a
 * gap rather than a line drawn through nothing. Pure, so the picture is testable without a DOM.
 */

export interface LinePlot {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Where each x lands: proportional to its value, so a gap of four years looks like one. */
export function xPositions(xs: readonly number[], plot: LinePlot): number[] {
  if (xs.length === 0) return [];
  const first = xs[0];
  const span = xs[xs.length - 1] - first;
  return xs.map((x) => plot.left + (span === 0 ? plot.width / 2 : ((x - first) / span) * plot.width));
}

/** Where a value lands on y for the domain [low, high] (values outside are clamped). */
export function yPosition(value: number, domain: readonly [number, number], plot: LinePlot): number {
  const [low, high] = domain;
  const fraction = high === low ? 0.5 : (Math.min(high, Math.max(low, value)) - low) / (high - low);
  return plot.top + (1 - fraction) * plot.height;
}

/** "M x y L x y …", a new M after every missing value; empty when nothing is defined. */
export function linePath(
  positions: readonly number[],
  values: readonly number[],
  domain: readonly [number, number],
  plot: LinePlot,
): string {
  const parts: string[] = [];
  let drawing = false;
  values.forEach((value, i) => {
    if (!Number.isFinite(value)) {
      drawing = false;
      return;
    }
    const x = round(positions[i]);
    const y = round(yPosition(value, domain, plot));
    parts.push(`${drawing ? 'L' : 'M'}${x} ${y}`);
    drawing = true;
  });
  return parts.join(' ');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
