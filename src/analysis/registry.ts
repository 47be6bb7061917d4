/**
 * The measure registry. Rankings, appearance pickers, the methods page and the CLI's columns
 * are all generated from this list: adding a measure is one file plus one line here.
 */
import { degree } from './measures/degree.ts';
import type { MeasureDescriptor } from './types.ts';

export const MEASURES: readonly MeasureDescriptor[] = [degree];

export function measureById(id: string): MeasureDescriptor | undefined {
  return MEASURES.find((measure) => measure.id === id);
}
