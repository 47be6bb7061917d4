/**
 * Communities by Louvain with a seeded node order (../louvain.ts), their modularity, and a
 * per-community summary table (../community-summary.ts).
 */
import { communitySummaries } from '../community-summary.ts';
import { LOUVAIN_DEFAULTS, louvain, modularity } from '../louvain.ts';
import { defineMeasure } from '../types.ts';

export const communities = defineMeasure({
  id: 'communities',
  label: 'Communities (Louvain)',
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
    'and region.',
  outputs: [{ id: 'community', label: 'Community', integer: true }],
  options: {
    seed: { type: 'number', integer: true, label: 'Random seed', default: LOUVAIN_DEFAULTS.seed },
    resolution: { type: 'number', label: 'Resolution', default: LOUVAIN_DEFAULTS.resolution, min: 0 },
    weighted: { type: 'boolean', label: 'Weight by tie strength', default: LOUVAIN_DEFAULTS.weighted },
  },
  compute(input, options) {
    const settings = {
      seed: Number(options.seed ?? LOUVAIN_DEFAULTS.seed),
      resolution: Number(options.resolution ?? LOUVAIN_DEFAULTS.resolution),
      weighted: Boolean(options.weighted ?? LOUVAIN_DEFAULTS.weighted),
    };
    const community = louvain(input.tie, settings);
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
