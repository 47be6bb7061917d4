/**
 * Properties of comparisons on random dated networks: ties counted on the time index's own tie
 * view agree with the model's tie view of each snapshot, entered + persisted = |B| and
 * left + persisted = |A| ties, churn lies in [0, 1], and every actor has one status.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTies } from '../../../src/analysis/time/tie-changes.ts';
import { tiePairs, tieViewOf } from '../../../src/analysis/time/tie-pairs.ts';
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

  it('the tie view over the whole index equals the snapshot’s tie view, actor by actor', () => {
    fc.assert(
      fc.property(randomNetwork, windowArbitrary, (network, window) => {
        const index = timeIndexOf(network);
        const whole = tieViewOf(index, tiePairs(index, activeIn(index, window).relations));
        const own = buildTieView(snapshot(network, window));
        const partners = (view: typeof own, key: string) => {
          const i = view.ids.indexOf(key);
          const list: string[] = [];
          for (let k = view.offsets[i]; k < view.offsets[i + 1]; k++)
            list.push(`${view.ids[view.neighbours[k]]}:${view.strengths[k]}`);
          return list.sort();
        };
        for (const key of own.ids) expect(partners(whole, key)).toEqual(partners(own, key));
      }),
    );
  });
});
