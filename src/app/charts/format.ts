/**
 * Number formatting for charts, tables and plain-language text, in the language on screen:
 * 1,234.5 in English, 1.234,5 in Dutch (British English for English, so a figure reads the same
 * on every machine and in tests). The minus sign is the typographic one. Exports and the command
 * line's tables never come here: they keep `.` decimals and full precision.
 */
import type { Language } from '../../i18n/i18n.ts';

const MINUS = '\u2212';
/** Below this, significant digits need more places than a reader can count: scientific notation. */
const TINY = 1e-6;

const LOCALES: Record<Language, string> = { en: 'en-GB', nl: 'nl-NL' };
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language] ?? language, options);
    formats.set(key, format);
  }
  return format;
}

function withSign(value: number, text: string): string {
  return value < 0 ? MINUS + text : text;
}

/** A whole number with thousands separators: 2,165 (2.165 in Dutch). */
export function formatCount(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '–';
  return withSign(
    value,
    numberFormat(language, { maximumFractionDigits: 0 }).format(Math.abs(Math.round(value))),
  );
}

/** `size` with exactly `digits` decimals and no grouping: 4.5, 0.52. */
function fixed(size: number, digits: number, language: Language): string {
  return numberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(size);
}

/** `digits` significant digits (`exact`: trailing zeros kept); tiny values in JavaScript's 2e-7 notation. */
function significant(size: number, digits: number, exact: boolean, language: Language): string {
  if (size !== 0 && size < TINY)
    return decimalMark(exact ? size.toPrecision(digits) : String(Number(size.toPrecision(digits))), language);
  return numberFormat(language, {
    ...(exact ? { minimumSignificantDigits: digits } : {}),
    maximumSignificantDigits: digits,
    useGrouping: false,
  }).format(size);
}

/**
 * A figure with as many digits as a reader needs: integers whole, 100 and more rounded,
 * 1 to 100 with one decimal, below 1 with two significant digits (density 0.0051, modularity 0.52).
 */
export function formatNumber(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '–';
  const size = Math.abs(value);
  if (Number.isInteger(value) || size >= 100) return formatCount(value, language);
  if (size >= 1) return withSign(value, fixed(size, 1, language));
  return withSign(value, significant(size, 2, true, language));
}

/** A share in [0, 1] as a percentage; one decimal below 10% and near 100% so rounding never hides a difference. */
export function formatPercent(share: number, language: Language): string {
  if (!Number.isFinite(share)) return '–';
  const percent = share * 100;
  const sign = percent < 0 ? MINUS : '';
  const size = Math.abs(percent);
  if (size === 0 || size === 100) return `${sign}${size}%`;
  if (size < 0.05) return `<${fixed(0.1, 1, language)}%`;
  if (size > 99.95 && size < 100) return `>${fixed(99.9, 1, language)}%`;
  if (size < 10 || (size >= 99.5 && size < 100)) return `${sign}${fixed(size, 1, language)}%`;
  return `${sign}${Math.round(size)}%`;
}

/** A ratio for "N times": one decimal below 10 without a trailing ".0" (6 times, 8.5 times), whole above. */
export function formatTimes(ratio: number, language: Language): string {
  if (!Number.isFinite(ratio)) return '–';
  if (ratio >= 10) return formatCount(ratio, language);
  return withSign(ratio, numberFormat(language, { maximumFractionDigits: 1 }).format(Math.abs(ratio)));
}

/** A bin edge or axis tick: short, exact enough to tell neighbouring edges apart (0.0001, 2e-7, 1,024). */
export function formatEdge(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) >= 1000) return formatCount(value, language);
  return withSign(value, significant(Math.abs(value), 3, false, language));
}

/** The decimal mark of the language in a number JavaScript wrote: "0.52" becomes "0,52" in Dutch. */
export function decimalMark(text: string, language: Language): string {
  return language === 'nl' ? text.replace('.', ',') : text;
}

/**
 * Short form of a table cell: up to `digits` significant digits, no grouping, so columns stay
 * narrow and scannable (0.1234, 12.35, 1235, 1.23e-7; 0,1234 in Dutch). Past a thousand the
 * digits left of the point already say enough; rounding them away (12350 for 12345.6) would
 * misstate the value.
 */
export function formatShort(value: number, digits: number, language: Language): string {
  if (!Number.isFinite(value)) return '';
  const magnitude = Math.abs(value);
  if (magnitude === 0) return '0';
  if (magnitude >= 1000) return String(Math.round(value));
  if (magnitude < 1e-4) return decimalMark(value.toExponential(2), language);
  return decimalMark(String(Number(value.toPrecision(digits))), language);
}

/** The full value as the language writes it (decimal comma in Dutch), for a cell's tooltip. */
export function formatFull(value: number, language: Language): string {
  return Number.isFinite(value) ? decimalMark(String(value), language) : '';
}
