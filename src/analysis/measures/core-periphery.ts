/**
 * Borgatti–Everett discrete core/periphery: which actors form the core, and how well the
 * network fits the ideal core/periphery pattern.
 */
import { discreteCorePeriphery } from '../core-periphery.ts';
import { defineMeasure } from '../types.ts';

const nullIfNaN = (value: number) => (Number.isNaN(value) ? null : value);

export const corePeriphery = defineMeasure({
  id: 'core-periphery',
  label: 'Core/periphery (discrete)',
  family: 'embeddedness',
  method:
    'Borgatti and Everett’s (1999) discrete core/periphery model on the tie view (0/1, strengths ignored): the ' +
    'partition into core and periphery that maximises the Pearson correlation between the ties and the ideal ' +
    'pattern (every pair inside the core tied, no pair inside the periphery tied). With coreToPeriphery = ignored ' +
    '(the default, UCINET’s "density of core-to-periphery ties: missing") the pairs between core and periphery are ' +
    'left out of the correlation; with tied they are expected to be tied. Search: every degree threshold is scored ' +
    '(core = actors with at least d partners), and from the five best, single actors are moved while a move raises ' +
    'the fit; the best end point is kept (deterministic). Matches the exhaustive optimum on the reference networks ' +
    'of up to 20 actors and the best of many random-restart searches above (scripts/reference/core_periphery.py). ' +
    'core_member is 1 for the core, 0 for the periphery, empty when no partition has a fit (no ties). Graph ' +
    'figures: the fit, the core size, and the tie densities inside the core, inside the periphery and between.',
  outputs: [{ id: 'core_member', label: 'Core member', integer: true, categories: ['periphery', 'core'] }],
  options: {
    coreToPeriphery: {
      type: 'choice',
      label: 'Core–periphery pairs',
      default: 'ignored',
      choices: ['ignored', 'tied'],
    },
  },
  compute({ tie }, options, progress) {
    const result = discreteCorePeriphery(tie, options.coreToPeriphery as 'ignored' | 'tied', progress);
    const undefinedFit = Number.isNaN(result.fit);
    return {
      columns: {
        core_member: Float64Array.from(result.core, (value) => (undefinedFit ? Number.NaN : value)),
      },
      graph: {
        core_periphery_fit: nullIfNaN(result.fit),
        core_size: undefinedFit ? null : result.coreSize,
        core_density: undefinedFit ? null : nullIfNaN(result.coreDensity),
        periphery_density: undefinedFit ? null : nullIfNaN(result.peripheryDensity),
        core_periphery_density: undefinedFit ? null : nullIfNaN(result.betweenDensity),
      },
    };
  },
});
