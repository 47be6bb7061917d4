/**
 * Field types for table columns: the schema's type for known fields, and for any other column
 * the type its cells share (number, boolean, date), else category (few distinct values) or text.
 * Also reads one cell as its column's type.
 */
import { ACTOR_FIELDS, type FieldType, type FieldValue, RELATION_FIELDS } from '../model/fields.ts';
import { sizeClassOf } from '../model/kinds.ts';
import { isTimeField } from '../model/period.ts';
import { countryCode, sizeClassWord } from './kind-words.ts';
import {
  type DecimalMark,
  isBooleanWord,
  parseBoolean,
  parseDate,
  parseNumber,
  parseYear,
} from './values.ts';

const SCHEMA_TYPES = new Map<string, FieldType>(
  [...ACTOR_FIELDS, ...RELATION_FIELDS].map((spec) => [spec.name, spec.type] as [string, FieldType]),
);

/** A category has at most this many distinct values, and repeats them (distinct ≤ half the cells). */
const MAX_CATEGORIES = 50;

export function schemaType(field: string): FieldType | undefined {
  return SCHEMA_TYPES.get(field);
}

export function inferFieldType(cells: readonly string[], decimalMark: DecimalMark): FieldType {
  if (cells.length === 0) return 'text';
  if (cells.every((cell) => parseNumber(cell, decimalMark) !== undefined)) return 'number';
  if (cells.every(isBooleanWord)) return 'boolean';
  if (cells.every((cell) => parseDate(cell) !== undefined)) return 'date';
  const distinct = new Set(cells).size;
  if (distinct <= MAX_CATEGORIES && (distinct <= cells.length / 2 || cells.length <= 3)) return 'category';
  return 'text';
}

/**
 * The typed value of a non-empty cell; undefined when it cannot be read as its type (the caller
 * reports the cell). Dates are kept as ISO `YYYY-MM-DD` strings. `size` takes class words in
 * several languages or a head count; `country` takes names of neighbouring countries; the time
 * fields (`year`, `start`, `end`, `wave`) take a year or a date, and keep its year.
 */
export function readFieldValue(
  text: string,
  field: string,
  type: FieldType,
  decimalMark: DecimalMark,
): FieldValue | undefined {
  if (field === 'size') {
    const count = parseNumber(text, decimalMark);
    return count !== undefined && count >= 0 ? sizeClassOf(count) : (sizeClassWord(text) ?? text);
  }
  if (field === 'country') return countryCode(text);
  if (isTimeField(field)) return parseYear(text);
  switch (type) {
    case 'number':
      return parseNumber(text, decimalMark);
    case 'boolean':
      return parseBoolean(text);
    case 'date':
      return parseDate(text);
    default:
      return text;
  }
}
