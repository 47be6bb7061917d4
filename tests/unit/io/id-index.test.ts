/** The columnar import's id table against a Map: same answers for any ids, through every growth. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from '../../../src/io/id-index.ts';

describe('IdIndex', () => {
  it('finds every id added and no other, as a Map does, one by one and together', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'F1', 'F10')),
          {
            maxLength: 300,
          },
        ),
        fc.array(fc.string(), { maxLength: 50 }),
        (added, probes) => {
          const keys: string[] = [];
          const index = new IdIndex(keys);
          const map = new Map<string, number>();
          for (const id of added) {
            if (map.has(id)) continue;
            map.set(id, keys.length);
            index.set(id, keys.length);
            keys.push(id);
          }
          expect(index.size).toBe(map.size);
          const all = [...added, ...probes];
          for (const id of all) expect(index.get(id)).toBe(map.get(id) ?? -1);
          const together = new Int32Array(all.length);
          index.getMany(all, 0, all.length, together);
          expect([...together]).toEqual(all.map((id) => map.get(id) ?? -1));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps a hundred thousand ids apart', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `F${i}`);
    const index = new IdIndex(keys);
    for (const [i, id] of keys.entries()) index.set(id, i);
    for (let i = 0; i < keys.length; i += 7) expect(index.get(keys[i])).toBe(i);
    expect(index.get('F100000')).toBe(-1);
    expect(index.has('F99999')).toBe(true);
  });
});
