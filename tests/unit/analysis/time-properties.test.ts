/**
 * Properties of comparisons on random dated networks: the views built over the whole node index
 * for a window agree with the model's views of the snapshot, entered + persisted = |B| and
 * left + persisted = |A| ties, churn lies in [0, 1], and every actor has one status.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActorTable, buildAnalysisInput } from '../../../src/analysis/input.ts';
import { compareTies } from '../../../src/analysis/time/tie-changes.ts';
import { tiePairs, windowInput } from '../../../src/analysis/time/tie-pairs.ts';
import { activeIn, snapshot, timeIndexOf } from '../../../src/model/time.ts';
import { buildTieView } from '../../../src/model/views.ts';
import { randomNetwork } from '../model/random-network.ts';

const windowArbitrary = fc
  .tuple(fc.integer({ min: 2009, max: 2017 }), fc.nat(3))
  .map(([from, length]) => ({ from, to: from + length }));

describe('comparison properties', () => {
  it('entered + persisted = |B| ties and left + persisted = |A| ties, on the snapshots’ tie views', () => {
    fc.assert(
      fc.property(randomNetwork, windowArbitrary, windowArbitrary, (network, a, b) => {
        const index = timeIndexOf(network);
        const pairsA = tiePairs(index, activeIn(index, a).relations);
        const pairsB = tiePairs(index, activeIn(index, b).relations);
        const changes = compareTies(pairsA, pairsB);
        const tiesA = buildTieView(snapshot(network, a)).tieCount;
        const tiesB = buildTieView(snapshot(network, b)).tieCount;
        expect(changes.entered + changes.persisted).toBe(tiesB);
        expect(changes.left + changes.persisted).toBe(tiesA);
        expect(changes.union).toBe(changes.entered + changes.left + changes.persisted);
        if (changes.churn !== null) {
          expect(changes.churn).toBeGreaterThanOrEqual(0);
          expect(changes.churn).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('the window’s views over the whole index equal the snapshot’s own, actor by actor', () => {
    fc.assert(
      fc.property(randomNetwork, windowArbitrary, (network, window) => {
        const index = timeIndexOf(network);
        const whole = windowInput(index, activeIn(index, window).relations, buildActorTable(network));
        const own = buildAnalysisInput(snapshot(network, window));
        const listOf = (
          ids: readonly string[],
          offsets: Int32Array,
          neighbours: Int32Array,
          values: ArrayLike<number>,
          key: string,
        ) => {
          const i = ids.indexOf(key);
          const list: string[] = [];
          for (let k = offsets[i]; k < offsets[i + 1]; k++) list.push(`${ids[neighbours[k]]}:${values[k]}`);
          return list.sort();
        };
        const { tie, flow } = whole;
        for (const key of own.tie.ids) {
          expect(listOf(tie.ids, tie.offsets, tie.neighbours, tie.strengths, key)).toEqual(
            listOf(own.tie.ids, own.tie.offsets, own.tie.neighbours, own.tie.strengths, key),
          );
          expect(listOf(tie.ids, tie.offsets, tie.neighbours, whole.tieKinds, key)).toEqual(
            listOf(own.tie.ids, own.tie.offsets, own.tie.neighbours, own.tieKinds, key),
          );
          expect(listOf(flow.ids, flow.outOffsets, flow.outNeighbours, flow.outStrengths, key)).toEqual(
            listOf(own.flow.ids, own.flow.outOffsets, own.flow.outNeighbours, own.flow.outStrengths, key),
          );
          expect(listOf(flow.ids, flow.inOffsets, flow.inNeighbours, flow.inStrengths, key)).toEqual(
            listOf(own.flow.ids, own.flow.inOffsets, own.flow.inNeighbours, own.flow.inStrengths, key),
          );
        }
      }),
    );
  });
});
