/**
 * Local and external ties per actor and the E-I index (Krackhardt & Stern 1988), with the
 * network E-I and a per-group table (each tie counted once).
 */
import { eiIndex, LOCAL, LOCALITY_DEFAULTS, localityOf } from '../locality.ts';
import { defineMeasure, type OptionSpec, type ResultTable } from '../types.ts';

export const LOCALITY_OPTIONS: Record<string, OptionSpec> = {
  localBy: { type: 'field', label: 'Local when sharing', default: LOCALITY_DEFAULTS.localBy },
  localKm: {
    type: 'number',
    label: 'Local within km (0 = use the field)',
    default: LOCALITY_DEFAULTS.localKm,
    min: 0,
  },
};

export const locality = defineMeasure({
  id: 'locality',
  label: 'Local and external ties (E-I index)',
  family: 'locality',
  method:
    'A tie of the tie view is local when both actors have the same value of the locality field (default region), or, ' +
    'with localKm > 0, when the haversine distance between their lat/lon (Earth radius 6371.0088 km) is at most ' +
    'localKm; otherwise it is external. Ties with an actor whose value or coordinates are missing are neither ' +
    '(unclassified, counted in the graph figures). Per actor: local ties I, external ties E, local share I/(I + E) and ' +
    'the E-I index (E − I)/(E + I) of Krackhardt and Stern (1988), empty without classified ties. The network E-I and ' +
    'the per-group table (field mode: size, internal ties with both ends in the group, external ties with exactly one, ' +
    'E-I) count each tie once.',
  outputs: [
    { id: 'ei_index', label: 'E-I index' },
    { id: 'local_ties', label: 'Local ties', integer: true },
    { id: 'external_ties', label: 'External ties', integer: true },
    { id: 'local_share', label: 'Share of local ties' },
  ],
  options: LOCALITY_OPTIONS,
  compute(input, options) {
    const { tie } = input;
    const n = tie.nodeCount;
    const result = localityOf(input, options);
    const ei = new Float64Array(n);
    const share = new Float64Array(n);
    for (let v = 0; v < n; v++) {
      const internal = result.localTies[v];
      const external = result.externalTies[v];
      ei[v] = eiIndex(external, internal);
      share[v] = internal + external > 0 ? internal / (internal + external) : Number.NaN;
    }
    let localTies = 0;
    let externalTies = 0;
    let unclassified = 0;
    const groups = result.grouping;
    const groupInternal = new Float64Array(groups?.labels.length ?? 0);
    const groupExternal = new Float64Array(groups?.labels.length ?? 0);
    for (let u = 0; u < n; u++) {
      for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
        const v = tie.neighbours[k];
        if (v < u) continue;
        const kind = result.tieClass[k];
        if (kind === LOCAL) localTies++;
        else if (kind < 0) unclassified++;
        else externalTies++;
        if (!groups || kind < 0) continue;
        if (kind === LOCAL) groupInternal[groups.codes[u]]++;
        else {
          groupExternal[groups.codes[u]]++;
          groupExternal[groups.codes[v]]++;
        }
      }
    }
    const tables: Record<string, ResultTable> = {};
    if (groups) {
      tables.locality_groups = {
        label: 'Locality groups',
        columns: [
          { id: 'group', label: 'Group' },
          { id: 'size', label: 'Actors' },
          { id: 'local_ties', label: 'Internal ties' },
          { id: 'external_ties', label: 'External ties' },
          { id: 'ei_index', label: 'E-I index' },
        ],
        rows: groups.labels.map((group, g) => ({
          group,
          size: groups.sizes[g],
          local_ties: groupInternal[g],
          external_ties: groupExternal[g],
          ei_index: nullIfNaN(eiIndex(groupExternal[g], groupInternal[g])),
        })),
      };
    }
    return {
      columns: {
        ei_index: ei,
        local_ties: result.localTies,
        external_ties: result.externalTies,
        local_share: share,
      },
      graph: {
        local_ties: localTies,
        external_ties: externalTies,
        unclassified_ties: unclassified,
        ei_index: nullIfNaN(eiIndex(externalTies, localTies)),
      },
      tables,
    };
  },
});

function nullIfNaN(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
