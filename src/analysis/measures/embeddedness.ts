/**
 * Embeddedness of an actor's portfolio of partners: share of strong ties, partner-kind
 * diversity (Blau index), portfolio size against the 10–12 optimum, and reach to frontier
 * actors (hop distance to the nearest, and whether one is a direct partner).
 */
import { multiSourceDistances } from '../bfs.ts';
import { frontierActors } from '../frontier.ts';
import { fieldGrouping } from '../groups.ts';
import { defineMeasure } from '../types.ts';

export const EMBEDDEDNESS_DEFAULTS = {
  strongAt: 4,
  diversityBy: 'kind',
  portfolioMin: 10,
  portfolioMax: 12,
  frontierField: 'frontier',
};

export const PORTFOLIO_BANDS = ['below', 'within', 'above'] as const;

export const embeddedness = defineMeasure({
  id: 'embeddedness',
  label: 'Embeddedness and frontier reach',
  family: 'embeddedness',
  method:
    'On the tie view. Strong-tie share: the share of an actor’s ties with strength at least strongAt (default 4, ' +
    'weekly contact or more often; a tie’s strength is the sum over the relations joining the pair). Partner diversity: ' +
    'Blau’s index 1 − Σ p_k² over the shares p_k of the actor’s partners in each value of diversityBy (default the ' +
    'actor kind; partners without a value count as one category). Both are empty for isolates. Portfolio: the number ' +
    'of partners against the optimum portfolioMin–portfolioMax (default 10–12): portfolio_gap is degree − ' +
    'portfolioMin below it, degree − portfolioMax above it, 0 within; portfolio_band codes below (0), within (1), ' +
    'above (2). Frontier reach: frontier_distance is the hop distance to the nearest actor whose frontier field is ' +
    'true (0 for frontier actors, by one multi-source breadth-first search), empty when none is reachable or there are ' +
    'none; frontier_partner is 1 when a direct partner is a frontier actor, else 0. Graph figures: the number of ' +
    'frontier actors and the share of firms with a frontier partner.',
  outputs: [
    { id: 'strong_tie_share', label: 'Share of strong ties' },
    { id: 'partner_diversity', label: 'Partner diversity (Blau)' },
    { id: 'portfolio_gap', label: 'Portfolio size − optimum', integer: true },
    { id: 'portfolio_band', label: 'Portfolio against optimum', integer: true, categories: PORTFOLIO_BANDS },
    { id: 'frontier_distance', label: 'Distance to frontier', integer: true },
    { id: 'frontier_partner', label: 'Frontier partner', integer: true },
  ],
  options: {
    strongAt: {
      type: 'number',
      label: 'Strong tie from strength',
      default: EMBEDDEDNESS_DEFAULTS.strongAt,
      min: 0,
    },
    diversityBy: { type: 'field', label: 'Diversity over', default: EMBEDDEDNESS_DEFAULTS.diversityBy },
    portfolioMin: {
      type: 'number',
      label: 'Optimum from',
      default: EMBEDDEDNESS_DEFAULTS.portfolioMin,
      min: 0,
    },
    portfolioMax: {
      type: 'number',
      label: 'Optimum to',
      default: EMBEDDEDNESS_DEFAULTS.portfolioMax,
      min: 0,
    },
    frontierField: { type: 'field', label: 'Frontier field', default: EMBEDDEDNESS_DEFAULTS.frontierField },
  },
  compute({ tie, actors }, options) {
    const o = { ...EMBEDDEDNESS_DEFAULTS, ...options };
    const n = tie.nodeCount;
    const { offsets, neighbours, strengths } = tie;
    const categories = fieldGrouping(actors, String(o.diversityBy), 'own-group');
    const perCategory = new Float64Array(categories.labels.length);
    const frontier = frontierActors(actors, String(o.frontierField));
    const isFrontier = new Uint8Array(n);
    for (const v of frontier) isFrontier[v] = 1;
    const distance = multiSourceDistances(tie, frontier);

    const strongShare = new Float64Array(n);
    const diversity = new Float64Array(n);
    const gap = new Float64Array(n);
    const band = new Float64Array(n);
    const frontierDistance = new Float64Array(n);
    const frontierPartner = new Float64Array(n);
    let firms = 0;
    let firmsWithFrontierPartner = 0;
    for (let v = 0; v < n; v++) {
      const degree = offsets[v + 1] - offsets[v];
      let strong = 0;
      let hasFrontierPartner = 0;
      for (let k = offsets[v]; k < offsets[v + 1]; k++) {
        if (strengths[k] >= Number(o.strongAt)) strong++;
        perCategory[categories.codes[neighbours[k]]]++;
        hasFrontierPartner |= isFrontier[neighbours[k]];
      }
      let concentration = 0;
      for (let k = offsets[v]; k < offsets[v + 1]; k++) {
        const code = categories.codes[neighbours[k]];
        const count = perCategory[code];
        if (count === 0) continue;
        concentration += (count / degree) ** 2;
        perCategory[code] = 0;
      }
      strongShare[v] = degree > 0 ? strong / degree : Number.NaN;
      diversity[v] = degree > 0 ? 1 - concentration : Number.NaN;
      const below = degree < Number(o.portfolioMin);
      const above = degree > Number(o.portfolioMax);
      gap[v] = below ? degree - Number(o.portfolioMin) : above ? degree - Number(o.portfolioMax) : 0;
      band[v] = below ? 0 : above ? 2 : 1;
      frontierDistance[v] = distance[v] < 0 ? Number.NaN : distance[v];
      frontierPartner[v] = hasFrontierPartner;
      if (actors.kind[v] === 'firm') {
        firms++;
        firmsWithFrontierPartner += hasFrontierPartner;
      }
    }
    return {
      columns: {
        strong_tie_share: strongShare,
        partner_diversity: diversity,
        portfolio_gap: gap,
        portfolio_band: band,
        frontier_distance: frontierDistance,
        frontier_partner: frontierPartner,
      },
      graph: {
        frontier_actors: frontier.length,
        firms_with_frontier_partner_share: firms > 0 ? firmsWithFrontierPartner / firms : null,
      },
    };
  },
});
