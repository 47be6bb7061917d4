/**
 * Communities by Louvain (../louvain.ts) or Leiden (../leiden.ts), seeded, their modularity,
 * and a per-community summary table (../community-summary.ts).
 */
import { modularity } from '../community-graph.ts';
import { communitySummaries } from '../community-summary.ts';
import { LEIDEN_DEFAULTS, leiden } from '../leiden.ts';
import { LOUVAIN_DEFAULTS, louvain } from '../louvain.ts';
import { defineMeasure } from '../types.ts';

export const COMMUNITY_METHODS = ['louvain', 'leiden'] as const;

export const communities = defineMeasure({
  id: 'communities',
  label: 'Communities (Louvain or Leiden)',
  family: 'community',
  method:
    'Louvain method (Blondel et al. 2008) on the tie view, unweighted unless option weighted, following ' +
    'networkx.community.louvain_communities (resolution γ, threshold 1e-7): nodes are visited in an order shuffled ' +
    'by a seeded generator (mulberry32), so the same input and seed give the same communities; a node moves to the ' +
    'neighbouring community with the largest strictly positive modularity gain; levels repeat while modularity rises ' +
    'by more than the threshold. The random stream differs from NetworkX’s, so partitions can differ from NetworkX’s ' +
    'for the same seed. Communities are numbered by decreasing size (0 is the largest); isolates are communities of ' +
    'their own. Graph figures: the number of communities and the modularity Σ_c L_c/m − γ(d_c/2m)² ' +
    '(networkx.community.modularity). The communities table gives per community its size, density, internal and ' +
    'external ties, E-I index, the three members with the lowest Burt constraint, and the most frequent kind, sector ' +
    'and region. With method = leiden: the Leiden algorithm (Traag, Waltman & van Eck 2019) for the same modularity, ' +
    'as igraph community_leiden(objective_function="modularity") and leidenalg: fast local moving from a seeded queue, ' +
    'then each community refined into well-connected parts (randomness θ = 0.01) before merging; two iterations by ' +
    'default, as igraph (option iterations; 0 = until modularity rises by no more than 1e-7); every community it ' +
    'returns is connected, which Louvain does not promise. ' +
    'Partitions follow our own seeded random stream, not igraph’s.',
  outputs: [{ id: 'community', label: 'Community', integer: true }],
  // The summaries' top brokers are those of lowest constraint.
  reuses: 'structural-holes',
  options: {
    method: {
      type: 'choice',
      label: 'Method',
      default: 'louvain',
      choices: COMMUNITY_METHODS,
    },
    seed: { type: 'number', integer: true, label: 'Random seed', default: LOUVAIN_DEFAULTS.seed },
    resolution: { type: 'number', label: 'Resolution', default: LOUVAIN_DEFAULTS.resolution, min: 0 },
    weighted: { type: 'boolean', label: 'Weight by tie strength', default: LOUVAIN_DEFAULTS.weighted },
    iterations: {
      type: 'number',
      integer: true,
      label: 'Leiden iterations (0 = until stable)',
      default: LEIDEN_DEFAULTS.iterations,
      min: 0,
    },
  },
  compute(input, options) {
    const settings = {
      seed: Number(options.seed ?? LOUVAIN_DEFAULTS.seed),
      resolution: Number(options.resolution ?? LOUVAIN_DEFAULTS.resolution),
      weighted: Boolean(options.weighted ?? LOUVAIN_DEFAULTS.weighted),
    };
    const community =
      options.method === 'leiden'
        ? leiden(input.tie, { ...settings, iterations: Number(options.iterations) })
        : louvain(input.tie, settings);
    let count = 0;
    for (const c of community) count = Math.max(count, c + 1);
    const quality = modularity(input.tie, community, settings);
    return {
      columns: { community: Float64Array.from(community) },
      graph: { community_count: count, modularity: Number.isNaN(quality) ? null : quality },
      tables: { communities: communitySummaries(input, community) },
    };
  },
});
