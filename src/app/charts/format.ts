/**
 * Number formatting for charts and plain-language text. Fixed to British English so that a
 * figure reads the same on every machine (and in tests); the minus sign is the typographic one.
 */

const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const MINUS = '\u2212';

function withSign(value: number, text: string): string {
  return value < 0 ? MINUS + text : text;
}

/** A whole number with thousands separators: 2,165. */
export function formatCount(value: number): string {
  return withSign(value, COUNT.format(Math.abs(Math.round(value))));
}

/**
 * A figure with as many digits as a reader needs: integers whole, 100 and more rounded,
 * 1 to 100 with one decimal, below 1 with two significant digits (density 0.0051, modularity 0.52).
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const size = Math.abs(value);
  if (Number.isInteger(value) || size >= 100) return formatCount(value);
  if (size >= 1) return withSign(value, size.toFixed(1));
  return withSign(value, size.toPrecision(2));
}

/** A share in [0, 1] as a percentage; one decimal below 10% and near 100% so rounding never hides a difference. */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const percent = share * 100;
  if (percent === 0 || percent === 100) return `${percent}%`;
  if (percent > 0 && percent < 0.05) return '<0.1%';
  if (percent > 99.95 && percent < 100) return '>99.9%';
  if (percent < 10 || (percent >= 99.5 && percent < 100)) return `${percent.toFixed(1)}%`;
  return `${Math.round(percent)}%`;
}

/** A ratio for "N times": one decimal below 10 without a trailing ".0" (6 times, 8.5 times), whole above. */
export function formatTimes(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  return ratio >= 10 ? formatCount(ratio) : String(Number(ratio.toFixed(1)));
}

/** A bin edge: short, exact enough to tell neighbouring edges apart (0.0001, 2e-7, 1,024). */
export function formatEdge(value: number): string {
  if (Math.abs(value) >= 1000) return formatCount(value);
  return withSign(value, String(Number(Math.abs(value).toPrecision(3))));
}

/** "1 firm", "834 firms". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
