/**
 * Giuliani–Bell knowledge roles (Giuliani & Bell 2005): external openness against local
 * centrality, each split at its mean over all actors — gatekeeper (both high), external star
 * (open, peripheral locally), mutual exchanger (central locally, closed), isolated (both low).
 */
import { localityOf } from '../locality.ts';
import { defineMeasure } from '../types.ts';
import { LOCALITY_OPTIONS } from './locality.ts';

/** Role codes of the `giuliani_bell_role` column, in the order of its categories. */
export const GIULIANI_BELL_ROLES = ['isolated', 'mutual exchanger', 'external star', 'gatekeeper'] as const;

export const giulianiBell = defineMeasure({
  id: 'giuliani-bell',
  label: 'Giuliani–Bell role',
  family: 'locality',
  method:
    'Giuliani and Bell (2005) classify actors by external openness and local centrality. Operationalised on the tie ' +
    'view with the locality rule of the E-I index (field or distance): external openness = number of external ties, ' +
    'local centrality = number of local ties (local degree). Each is "high" when strictly above its mean over all ' +
    'actors (isolates included). Roles: gatekeeper (high local, high external), external star (low local, high ' +
    'external), mutual exchanger (high local, low external), isolated (both low). The column holds the role code (0 ' +
    'isolated, 1 mutual exchanger, 2 external star, 3 gatekeeper); graph figures give the means and the count per role.',
  outputs: [
    { id: 'giuliani_bell_role', label: 'Giuliani–Bell role', integer: true, categories: GIULIANI_BELL_ROLES },
  ],
  options: LOCALITY_OPTIONS,
  compute(input, options) {
    const n = input.tie.nodeCount;
    const { localTies, externalTies } = localityOf(input, options);
    const meanLocal = localTies.reduce((sum, value) => sum + value, 0) / n;
    const meanExternal = externalTies.reduce((sum, value) => sum + value, 0) / n;
    const role = new Float64Array(n);
    const counts = new Array<number>(GIULIANI_BELL_ROLES.length).fill(0);
    for (let v = 0; v < n; v++) {
      const code = (localTies[v] > meanLocal ? 1 : 0) + (externalTies[v] > meanExternal ? 2 : 0);
      role[v] = code;
      counts[code]++;
    }
    return {
      columns: { giuliani_bell_role: role },
      graph: {
        giuliani_bell_mean_local_ties: n > 0 ? meanLocal : null,
        giuliani_bell_mean_external_ties: n > 0 ? meanExternal : null,
        giuliani_bell_gatekeepers: counts[3],
        giuliani_bell_external_stars: counts[2],
        giuliani_bell_mutual_exchangers: counts[1],
        giuliani_bell_isolated: counts[0],
      },
    };
  },
});
