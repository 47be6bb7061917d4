/** Random dated networks for property tests: relations with a year, a period, a wave or no date. */
import fc from 'fast-check';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

/** Random networks: actors 0..n-1, relations with a year, a period, a wave or no date. */
export const randomNetwork = fc
  .record({
    actors: fc.integer({ min: 2, max: 12 }),
    relations: fc.array(
      fc.record({
        source: fc.nat(11),
        target: fc.nat(11),
        kind: fc.constantFrom('supply', 'knowledge', 'cooperation'),
        time: fc.oneof(
          fc.record({ year: fc.integer({ min: 2010, max: 2016 }) }),
          fc.record({ wave: fc.integer({ min: 2010, max: 2016 }) }),
          fc.record(
            { start: fc.integer({ min: 2010, max: 2016 }), end: fc.integer({ min: 2010, max: 2016 }) },
            { requiredKeys: [] },
          ),
        ),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ actors, relations }) => {
    const { ecosystem } = buildEcosystem({
      actors: Array.from({ length: actors }, (_, i) => ({ id: `a${i}` })),
      relations: relations
        .filter((r) => r.source % actors !== r.target % actors)
        .map((r) => ({
          source: `a${r.source % actors}`,
          target: `a${r.target % actors}`,
          kind: r.kind,
          fields: r.time,
        })),
    });
    return ecosystem;
  });
