/**
 * The analysis settings: the choices that cut across measures — the locality rule, the
 * grouping for brokerage, the random seed, betweenness sampling — set once and handed to every
 * measure that has an option of that name, and per-measure options (PageRank damping, Louvain
 * resolution, weights) that override them. The CLI's flags, the explorer's options form and
 * the project file all hold this one shape.
 */
import type { OptionValue } from './options.ts';
import { MEASURES } from './registry.ts';
import type { AnyMeasure, OptionValues } from './types.ts';

export interface AnalysisSettings {
  /** Field whose equal values make a tie local (default `region`). */
  localBy?: string;
  /** When > 0, ties shorter than this many km are local instead (needs lat/lon). */
  localKm?: number;
  /** Grouping for Gould–Fernandez brokerage; the locality field when not given. */
  groupBy?: string;
  seed?: number;
  /** Betweenness pivots; 0 for exact. */
  sample?: number;
  /** Options of single measures by measure id (`{ pagerank: { alpha: 0.9 } }`); these win over the shared ones. */
  options?: Readonly<Record<string, Readonly<Record<string, OptionValue>>>>;
}

const SHARED_OPTIONS = ['localBy', 'localKm', 'groupBy', 'seed', 'sample'] as const;

export function measureOptions(
  settings: AnalysisSettings,
  measures: readonly AnyMeasure[] = MEASURES,
): Record<string, OptionValues> {
  const values: AnalysisSettings = { ...settings, groupBy: settings.groupBy ?? settings.localBy };
  const byMeasure: Record<string, OptionValues> = {};
  for (const measure of measures) {
    const options: Record<string, number | string | boolean> = {};
    for (const name of SHARED_OPTIONS) {
      const value = values[name];
      if (value !== undefined && name in measure.options) options[name] = value;
    }
    const own =
      settings.options && Object.hasOwn(settings.options, measure.id) ? settings.options[measure.id] : {};
    byMeasure[measure.id] = { ...options, ...own };
  }
  return byMeasure;
}
