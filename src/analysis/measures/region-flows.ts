/**
 * Flows between places: region × region and country × country tables of ties (counts and summed
 * strength), with the cross-border pairs of the NL–BE–DE border marked, and per actor its ties to
 * other countries and across that border. Each tie is counted once, in the row of its two groups.
 */
import { fieldGrouping, type Grouping } from '../groups.ts';
import { defineMeasure, type ResultTable, type TableValue } from '../types.ts';

/** The countries whose shared borders make a tie cross-border (the Euregio's). */
export const BORDER_COUNTRIES: ReadonlySet<string> = new Set(['NL', 'BE', 'DE']);

/** Whether a tie between actors of these two countries crosses an NL–BE–DE border. */
export function isCrossBorder(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b && BORDER_COUNTRIES.has(a) && BORDER_COUNTRIES.has(b);
}

/** The country of each group: the most frequent among its actors (the first met on a tie). */
function groupCountries(
  grouping: Grouping,
  countries: readonly (string | number | boolean | null)[],
): string[] {
  const counts = grouping.labels.map(() => new Map<string, number>());
  grouping.codes.forEach((code, v) => {
    const country = countries[v];
    if (code < 0 || typeof country !== 'string' || country === '') return;
    counts[code].set(country, (counts[code].get(country) ?? 0) + 1);
  });
  return counts.map((map) => {
    let best = '';
    let bestCount = 0;
    for (const [country, count] of map) if (count > bestCount) [best, bestCount] = [country, count];
    return best;
  });
}

function flowTable(
  label: string,
  grouping: Grouping,
  countryOfGroup: readonly string[],
  pairs: Map<number, { ties: number; strength: number }>,
): ResultTable {
  const g = grouping.labels.length;
  const rows: Record<string, TableValue>[] = [...pairs]
    .sort(([a], [b]) => a - b)
    .map(([key, flow]) => {
      const from = Math.floor(key / g);
      const to = key % g;
      return {
        from: grouping.labels[from],
        to: grouping.labels[to],
        from_country: countryOfGroup[from] || null,
        to_country: countryOfGroup[to] || null,
        ties: flow.ties,
        strength: flow.strength,
        cross_border: isCrossBorder(countryOfGroup[from], countryOfGroup[to]) ? 1 : 0,
      };
    });
  return {
    label,
    columns: [
      { id: 'from', label: 'From' },
      { id: 'to', label: 'To' },
      { id: 'from_country', label: 'Country' },
      { id: 'to_country', label: 'Country' },
      { id: 'ties', label: 'Ties' },
      { id: 'strength', label: 'Strength' },
      { id: 'cross_border', label: 'Cross-border (NL–BE–DE)' },
    ],
    rows,
  };
}

export const regionFlows = defineMeasure({
  id: 'region-flows',
  label: 'Flows between regions and countries',
  family: 'locality',
  method:
    'Each tie of the tie view is counted once in the row of the groups of its two ends, the pair written in the ' +
    'order the groups first appear (node order), a group with itself for ties inside it: ties and summed tie ' +
    'strength. Two tables: "region_flows" by the field flowBy (default region) and "country_flows" by country; ' +
    'actors without a value form a group "(missing)", so every tie is counted. A group’s country is the most frequent ' +
    'country of its actors. A pair is cross-border when its two countries differ and both are among NL, BE and DE. ' +
    'Per actor: international_ties, its partners with another country (both known), and cross_border_ties, those ' +
    'across an NL–BE–DE border. Graph figures: international and cross-border ties and the strength of the ' +
    'cross-border ones. Reference: plain Python (scripts/reference/geography.py).',
  outputs: [
    { id: 'international_ties', label: 'Ties to other countries', integer: true },
    { id: 'cross_border_ties', label: 'Cross-border ties (NL–BE–DE)', integer: true },
  ],
  options: { flowBy: { type: 'field', label: 'Regions from field', default: 'region' } },
  compute(input, options) {
    const { tie, actors } = input;
    const n = tie.nodeCount;
    const countryValues = actors.field('country');
    const country = (v: number) => {
      const value = countryValues[v];
      return typeof value === 'string' && value !== '' ? value : undefined;
    };
    const groupings = {
      region: fieldGrouping(actors, options.flowBy, 'own-group'),
      country: fieldGrouping(actors, 'country', 'own-group'),
    };
    const flows = { region: new Map<number, { ties: number; strength: number }>(), country: new Map() };
    const international = new Float64Array(n);
    const crossBorder = new Float64Array(n);
    let internationalTies = 0;
    let crossBorderTies = 0;
    let crossBorderStrength = 0;
    for (let u = 0; u < n; u++) {
      for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
        const v = tie.neighbours[k];
        const [cu, cv] = [country(u), country(v)];
        const abroad = cu !== undefined && cv !== undefined && cu !== cv;
        const across = isCrossBorder(cu, cv);
        if (abroad) international[u]++;
        if (across) crossBorder[u]++;
        if (v < u) continue;
        if (abroad) internationalTies++;
        if (across) {
          crossBorderTies++;
          crossBorderStrength += tie.strengths[k];
        }
        for (const name of ['region', 'country'] as const) {
          const grouping = groupings[name];
          const [a, b] = [grouping.codes[u], grouping.codes[v]];
          const key = Math.min(a, b) * grouping.labels.length + Math.max(a, b);
          const flow = flows[name].get(key) ?? { ties: 0, strength: 0 };
          flow.ties++;
          flow.strength += tie.strengths[k];
          flows[name].set(key, flow);
        }
      }
    }
    const regionCountries = groupCountries(groupings.region, countryValues);
    return {
      columns: { international_ties: international, cross_border_ties: crossBorder },
      graph: {
        international_ties: internationalTies,
        cross_border_ties: crossBorderTies,
        cross_border_strength: crossBorderStrength,
      },
      tables: {
        region_flows: flowTable('Ties between regions', groupings.region, regionCountries, flows.region),
        country_flows: flowTable(
          'Ties between countries',
          groupings.country,
          groupings.country.labels,
          flows.country,
        ),
      },
    };
  },
});
