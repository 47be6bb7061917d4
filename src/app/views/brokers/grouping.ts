/**
 * The groupings brokerage can be computed on. The analysis groups actors by a field of the
 * actors themselves (src/analysis/groups.ts `fieldGrouping`: `kind` or a field of the data), so
 * a measure column such as `community` is not on offer unless the data has a field of that name.
 */

import { LOCALITY_DEFAULTS } from '../../../analysis/locality.ts';
import type { AnalysisSettings } from '../../../analysis/settings.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { fieldLabel } from '../../words.ts';

export interface GroupingChoice {
  /** The value of the `groupBy` setting. */
  readonly field: string;
  readonly label: string;
}

/** The locality field, as the analysis resolves it. */
export function localityField(settings: AnalysisSettings): string {
  return settings.localBy ?? LOCALITY_DEFAULTS.localBy;
}

/** The grouping brokerage was computed on: the explicit one, else the locality field (settings.ts `measureOptions`). */
export function currentGrouping(settings: AnalysisSettings): string {
  return settings.groupBy ?? localityField(settings);
}

/**
 * Locality field first (the default and the one the guide's gatekeepers are defined on), then
 * actor kind, then every other categorical field; the current grouping is always on the list.
 */
export function groupingChoices(
  settings: AnalysisSettings,
  categoricalFields: readonly string[],
  t: Translate,
): GroupingChoice[] {
  const locality = localityField(settings);
  const choices: GroupingChoice[] = [
    { field: locality, label: t('brokers.grouping.locality', { field: fieldLabel(t, locality) }) },
    { field: 'kind', label: t('brokers.grouping.kind') },
  ];
  const listed = new Set(choices.map((choice) => choice.field));
  for (const field of [...categoricalFields, currentGrouping(settings)]) {
    if (listed.has(field)) continue;
    listed.add(field);
    choices.push({ field, label: fieldLabel(t, field) });
  }
  return choices;
}
