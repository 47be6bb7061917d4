/**
 * The locality rule as the view's control sees it: a field whose shared value makes a tie
 * local, or a distance in km when actors carry coordinates. Converts to and from the analysis
 * settings that `reanalyse` takes, and says the rule in words.
 */
import { LOCALITY_DEFAULTS } from '../../../analysis/locality.ts';
import type { AnalysisSettings } from '../../../analysis/settings.ts';
import type { Wording } from '../../../i18n/i18n.ts';
import type { Ecosystem } from '../../../model/ecosystem.ts';
import { categoricalFields } from '../../appearance/appearance.ts';
import { formatNumber } from '../../charts/format.ts';
import { fieldLabel } from '../../words.ts';

export type LocalityChoice = { mode: 'field'; field: string } | { mode: 'distance'; km: number };

/** A sensible first distance when switching to km: a day trip, about a region's reach. */
export const DEFAULT_LOCAL_KM = 50;

export function currentChoice(settings: AnalysisSettings): LocalityChoice {
  const km = settings.localKm ?? LOCALITY_DEFAULTS.localKm;
  if (km > 0) return { mode: 'distance', km };
  return { mode: 'field', field: settings.localBy ?? LOCALITY_DEFAULTS.localBy };
}

/** The settings for `reanalyse`; a field rule clears the distance, which would otherwise win. */
export function choiceSettings(choice: LocalityChoice): { localBy?: string; localKm: number } {
  return choice.mode === 'field' ? { localBy: choice.field, localKm: 0 } : { localKm: choice.km };
}

export function sameChoice(a: LocalityChoice, b: LocalityChoice): boolean {
  if (a.mode === 'field' && b.mode === 'field') return a.field === b.field;
  if (a.mode === 'distance' && b.mode === 'distance') return a.km === b.km;
  return false;
}

/** A distance rule needs coordinates on both ends of a tie; two actors with lat and lon are the least. */
export function hasCoordinates(ecosystem: Ecosystem): boolean {
  let located = 0;
  ecosystem.forEachNode((_key, actor) => {
    if (typeof actor.fields.lat === 'number' && typeof actor.fields.lon === 'number') located++;
  });
  return located >= 2;
}

/** The categorical fields to choose from, with the current field kept even when no actor has it. */
export function localityFieldChoices(ecosystem: Ecosystem, current: string): string[] {
  const fields = categoricalFields(ecosystem);
  return fields.includes(current) ? fields : [current, ...fields];
}

/** The select the catalog's "the same region" words take: Dutch says "hetzelfde land". */
export function ruleKind(field: string): 'country' | 'field' {
  return field === 'country' ? 'country' : 'field';
}

export function ruleWords(choice: LocalityChoice, { t, language }: Wording): string {
  if (choice.mode === 'distance')
    return t('locality.rule.byDistance', { km: formatNumber(choice.km, language) });
  return t('locality.rule.byField', { rule: ruleKind(choice.field), field: fieldLabel(t, choice.field) });
}
