/** Measure options: one declaration per descriptor, checked the same way wherever a value comes from. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  defaultOptions,
  optionProblem,
  parseOptionAssignment,
  resolveOptions,
} from '../../../src/analysis/options.ts';
import { MEASURES, measureById } from '../../../src/analysis/registry.ts';
import { measureOptions } from '../../../src/analysis/settings.ts';
import type { OptionSpec } from '../../../src/analysis/types.ts';
import { inDutch, inEnglish } from '../i18n/words.ts';

/** What parseOptionAssignment says is wrong, in English (or in Dutch). */
function refusal(text: string, say = inEnglish): string {
  try {
    parseOptionAssignment(text, MEASURES);
  } catch (error) {
    return say(error);
  }
  return 'accepted';
}

const pagerank = measureById('pagerank');

describe('measure options', () => {
  test('defaults come from the descriptor', () => {
    expect(defaultOptions(pagerank as NonNullable<typeof pagerank>)).toEqual({
      weighted: false,
      alpha: 0.85,
      maxIterations: 1000,
      tolerance: 1e-10,
    });
  });

  test('values that do not fit their declaration fall back to the default; unknown names are dropped', () => {
    const resolved = resolveOptions(pagerank as NonNullable<typeof pagerank>, {
      alpha: 1.5,
      maxIterations: 10.5,
      weighted: 'yes',
      unknown: 3,
      tolerance: 1e-6,
    });
    expect(resolved).toEqual({ weighted: false, alpha: 0.85, maxIterations: 1000, tolerance: 1e-6 });
  });

  test('__proto__ and constructor are neither options nor measures', () => {
    const given = JSON.parse('{"__proto__": {"alpha": 0.1}, "constructor": 1, "alpha": 0.5}');
    expect(resolveOptions(pagerank as NonNullable<typeof pagerank>, given).alpha).toBe(0.5);
    expect(refusal('__proto__.alpha=1')).toMatch(/no measure/);
    expect(refusal('pagerank.constructor=1')).toMatch(/no option/);
    const settings = measureOptions({ options: JSON.parse('{"__proto__": {"alpha": 0.1}}') });
    expect(settings.pagerank).toEqual({});
  });

  test('measure.name=value is read as the declared type and checked', () => {
    expect(parseOptionAssignment('pagerank.alpha=0.9', MEASURES)).toEqual({
      measureId: 'pagerank',
      name: 'alpha',
      value: 0.9,
    });
    expect(parseOptionAssignment('pagerank.weighted=yes', MEASURES).value).toBe(true);
    expect(parseOptionAssignment('brokerage.groupBy=country', MEASURES).value).toBe('country');
    expect(refusal('pagerank.alpha=1.2')).toBe('pagerank.alpha must be at most 1 (got “1.2”)');
    expect(refusal('pagerank.alpha=1.2', inDutch)).toBe(
      'pagerank.alpha mag hoogstens 1 zijn (opgegeven: ‘1.2’)',
    );
    expect(refusal('paths.sample=2.5')).toContain('whole number');
    expect(refusal('pagerank.weighted=maybe')).toContain('true or false');
    expect(refusal('degree.x=1')).toContain('has no options');
    expect(refusal('alpha=1')).toContain('measure.option=value');
  });

  test('per-measure options win over the shared settings', () => {
    const byMeasure = measureOptions({ localBy: 'region', options: { locality: { localBy: 'country' } } });
    expect(byMeasure.locality.localBy).toBe('country');
    expect(byMeasure['giuliani-bell'].localBy).toBe('region');
  });

  test('every declared default fits its own declaration', () => {
    for (const measure of MEASURES) {
      for (const [name, spec] of Object.entries(measure.options as Record<string, OptionSpec>))
        expect(optionProblem(spec, spec.default), `${measure.id}.${name}`).toBeNull();
    }
  });

  test('any text for a number option is either accepted within its range or refused with a reason', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          const { value } = parseOptionAssignment(`pagerank.alpha=${text}`, MEASURES);
          return typeof value === 'number' && value >= 0 && value <= 1;
        } catch (error) {
          return inEnglish(error).startsWith('pagerank.alpha');
        }
      }),
    );
  });
});
