/**
 * The words of the measure registry and of the tests against chance — measure and test names,
 * method texts, column names, option labels, family names — as catalog entries (namespace `registry`). English comes from the descriptors
 * themselves, so the method text stays written once, beside the code it describes; Dutch comes
 * from locales/nl-registry.json, keyed the same way, and a test fails when a descriptor has no
 * Dutch text.
 */
import { MEASURES, SUGGESTIONS } from '../analysis/registry.ts';
import { TESTS } from '../analysis/statistics/registry.ts';
import type { TestOptionSpec } from '../analysis/statistics/types.ts';
import type { MeasureFamily, OptionSpec } from '../analysis/types.ts';
import nlRegistry from './locales/nl-registry.json';

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
    for (const [name, spec] of Object.entries(descriptor.options as Record<string, OptionSpec>))
      entries[`option.${descriptor.id}.${name}`] = spec.label;
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
