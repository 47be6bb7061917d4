/**
 * The tests against chance, as the measure registry lists measures: the CLI's `test` command,
 * its `--help`, the explorer's Statistics view and the reproduce scripts are generated from
 * this list. Adding a test is one file plus one line here (and its reference fixture).
 */
import { assortativityPermutation } from './assortativity-permutation.ts';
import { brokeragePermutation } from './brokerage-permutation.ts';
import { eiPermutation } from './ei-permutation.ts';
import { eiUniformGraph } from './ei-uniform-graph.ts';
import { mrqap } from './mrqap.ts';
import { qapCorrelation } from './qap-correlation.ts';
import type { AnyTest } from './types.ts';

const REGISTERED = [
  eiPermutation,
  eiUniformGraph,
  qapCorrelation,
  mrqap,
  brokeragePermutation,
  assortativityPermutation,
] as const;

export type TestId = (typeof REGISTERED)[number]['id'];

export const TESTS: readonly AnyTest[] = REGISTERED;

export function testById(id: string): AnyTest | undefined {
  return TESTS.find((test) => test.id === id);
}
