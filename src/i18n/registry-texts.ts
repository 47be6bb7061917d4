/**
 * The words of the measure registry and of the tests against chance — measure and test names,
 * method texts, column names, option labels and choices, categories, family names — as catalog
 * entries (namespace `registry`). English comes from the descriptors themselves, so the method
 * text stays written once, beside the code it describes; Dutch comes from
 * locales/nl-registry.json, keyed the same way, and a test fails when a descriptor has no Dutch
 * text. The functions at the end read them for the explorer, the command line and the glossary.
 */
import { MEASURES, SUGGESTIONS } from '../analysis/registry.ts';
import { TESTS } from '../analysis/statistics/registry.ts';
import type { TestOptionSpec } from '../analysis/statistics/types.ts';
import type { MeasureFamily, OptionSpec } from '../analysis/types.ts';
import type { Translate } from './i18n.ts';
import nlRegistry from './locales/nl-registry.json' with { type: 'json' };

export const FAMILY_NAMES: Record<MeasureFamily, string> = {
  centrality: 'Centrality',
  embeddedness: 'Embeddedness',
  'structural-holes': 'Structural holes',
  brokerage: 'Brokerage',
  locality: 'Local and external ties',
  community: 'Communities',
  network: 'Whole network',
};

/** The registry's English words as flat catalog keys. */
export function registryKeysInEnglish(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [family, name] of Object.entries(FAMILY_NAMES)) entries[`family.${family}`] = name;
  for (const descriptor of [...MEASURES, ...SUGGESTIONS]) {
    entries[`measure.${descriptor.id}.label`] = descriptor.label;
    entries[`measure.${descriptor.id}.method`] = descriptor.method;
    for (const [name, spec] of Object.entries(descriptor.options as Record<string, OptionSpec>)) {
      entries[`option.${descriptor.id}.${name}`] = spec.label;
      if (spec.type === 'choice')
        for (const choice of spec.choices)
          entries[`choice.${descriptor.id}.${name}.${choice}`] = spec.choiceLabels?.[choice] ?? choice;
    }
  }
  for (const test of TESTS) {
    entries[`test.${test.id}.label`] = test.label;
    entries[`test.${test.id}.method`] = test.method;
    for (const [name, spec] of Object.entries(test.options as Record<string, TestOptionSpec>))
      entries[`testOption.${test.id}.${name}`] = spec.label;
  }
  for (const measure of MEASURES) {
    for (const output of measure.outputs) {
      entries[`output.${output.id}`] = output.label;
      output.categories?.forEach((category, code) => {
        entries[`category.${output.id}.${code}`] = category;
      });
    }
  }
  return entries;
}

/** The flat keys ("measure.degree.label") as the nested resources i18next looks them up in. */
export function nestKeys(flat: Record<string, string>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = nested;
    for (const part of parts.slice(0, -1)) {
      if (!Object.hasOwn(node, part))
        Object.defineProperty(node, part, { value: {}, enumerable: true, writable: true });
      node = node[part] as Record<string, unknown>;
    }
    Object.defineProperty(node, parts[parts.length - 1], { value: text, enumerable: true, writable: true });
  }
  return nested;
}

export function registryResources(language: 'en' | 'nl'): Record<string, unknown> {
  return nestKeys(language === 'en' ? registryKeysInEnglish() : (nlRegistry as Record<string, string>));
}

/** A measure family's name: "Centrality". */
export function familyName(t: Translate, family: MeasureFamily): string {
  return t(`registry:family.${family}`);
}

/** A measure's (or the suggestions') name: "Eigenvector centrality". */
export function measureLabel(t: Translate, measureId: string): string {
  return t(`registry:measure.${measureId}.label`);
}

/** A measure's method text: one paragraph with its formula, variant and reference. */
export function methodText(t: Translate, measureId: string): string {
  return t(`registry:measure.${measureId}.method`);
}

/** An output column's name: "Effective size"; the column id itself stays English everywhere. */
export function outputLabel(t: Translate, outputId: string): string {
  return t(`registry:output.${outputId}`);
}

/** The name of a category code of a category column ("gatekeeper" for Giuliani–Bell role 3). */
export function categoryLabel(t: Translate, outputId: string, code: number): string {
  return t(`registry:category.${outputId}.${code}`);
}

export function optionLabel(t: Translate, measureId: string, option: string): string {
  return t(`registry:option.${measureId}.${option}`);
}

/** One choice of a choice option, in words ("Adamic–Adar"); the value itself is what files and flags take. */
export function choiceLabel(t: Translate, measureId: string, option: string, choice: string): string {
  return t(`registry:choice.${measureId}.${option}.${choice}`);
}
