/**
 * Dutch words of the registry (locales/nl-registry.json): every key there names a text the
 * registry has in English, and the tests against chance and the core/periphery and homophily
 * measures — what the Statistics view shows — are all in Dutch.
 */
import { describe, expect, test } from 'vitest';
import { createI18n } from '../../../src/i18n/i18n.ts';
import nlRegistry from '../../../src/i18n/locales/nl-registry.json';
import { registryKeysInEnglish } from '../../../src/i18n/registry-texts.ts';

const english = registryKeysInEnglish();
const dutch = nlRegistry as Record<string, string>;

describe('Dutch registry texts', () => {
  test('every Dutch key is a key of the English registry', () => {
    expect(Object.keys(dutch).filter((key) => !Object.hasOwn(english, key))).toEqual([]);
  });

  test('every test against chance, its method and its options are in Dutch', () => {
    const keys = Object.keys(english).filter(
      (key) => key.startsWith('test.') || key.startsWith('testOption.'),
    );
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((key) => !dutch[key]?.trim())).toEqual([]);
  });

  test('the core/periphery, coreness and homophily measures are in Dutch', () => {
    const keys = Object.keys(english).filter((key) =>
      /^(measure|option)\.(core-periphery|coreness|homophily)\.|^output\.(core_member|coreness)$|^category\.core_member\./.test(
        key,
      ),
    );
    expect(keys.length).toBeGreaterThan(8);
    expect(keys.filter((key) => !dutch[key]?.trim())).toEqual([]);
  });

  test('the Dutch translator reads them', () => {
    const registry = createI18n('nl').getFixedT('nl', 'registry');
    expect(registry('test.ei-permutation.label')).toBe('E-I-index tegen willekeurige groepslabels');
    expect(registry('testOption.brokerage-permutation.groupBy')).toBe('Groepen uit veld');
    expect(createI18n('en').getFixedT('en', 'registry')('test.mrqap.label')).toBe('MRQAP regression');
  });
});
