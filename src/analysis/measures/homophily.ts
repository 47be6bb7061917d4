/**
 * Homophily by any field: attribute assortativity of a categorical field, numeric assortativity
 * of a numeric field, the Krackhardt–Stern E-I index by that field (network and per group) and
 * the mixing matrix of ties between its groups.
 */
import { mixingMatrix, numericAssortativity, numericValues } from '../assortativity.ts';
import { fieldGrouping } from '../groups.ts';
import { eiIndex } from '../locality.ts';
import { defineMeasure, type ResultTable } from '../types.ts';
import { attributeAssortativity } from './network.ts';

/**
 * Latitude by default, the one numeric field most networks have: whether actors tie to actors
 * at a similar latitude (north–south sorting). Any numeric field can be chosen.
 */
export const HOMOPHILY_DEFAULTS = { field: 'kind', numericField: 'lat' };

const nullIfNaN = (value: number) => (Number.isNaN(value) ? null : value);

export const homophily = defineMeasure({
  id: 'homophily',
  label: 'Homophily by field',
  family: 'network',
  method:
    'On the tie view, for a categorical field (default the actor kind) and a numeric field (default lat: ' +
    'whether actors tie to actors at a similar latitude). Attribute ' +
    'assortativity: Newman’s r = (Σ e_gg − Σ a_g²)/(1 − Σ a_g²) over the tie ends, as ' +
    'networkx.attribute_assortativity_coefficient (empty when every end has the same value; 0 without ties). ' +
    'Numeric assortativity: the Pearson correlation of the numeric field at the two ends of each tie, each tie ' +
    'counted both ways, as networkx.numeric_assortativity_coefficient (empty without variance). E-I index by the ' +
    'field (Krackhardt and Stern 1988): (E − I)/(E + I) over the ties, E between actors with different values, I ' +
    'within one value, and the same per group (I: ties inside the group, E: ties with one end in it). Ties with an ' +
    'actor lacking a value are left out of all of these. Tables: the mixing matrix, the number of ties between ' +
    'each pair of groups (diagonal: ties inside a group; networkx.attribute_mixing_matrix counts these twice), and ' +
    'per group its size, internal and external ties and E-I. Any numeric measure can be set against the ties in ' +
    'the same way (assortativity.ts numericAssortativity, used by the Statistics view and `clusterscope test`).',
  outputs: [],
  options: {
    field: { type: 'field', label: 'Categorical field', default: HOMOPHILY_DEFAULTS.field },
    numericField: { type: 'field', label: 'Numeric field', default: HOMOPHILY_DEFAULTS.numericField },
  },
  compute({ tie, actors }, options) {
    const grouping = fieldGrouping(actors, options.field, 'left-out');
    const numeric = numericValues(actors.field(options.numericField));
    const matrix = mixingMatrix(tie, grouping);
    const internal = matrix.map((row, g) => row[g]);
    const external = matrix.map((row, g) => row.reduce((sum, value) => sum + value, 0) - row[g]);
    const inside = internal.reduce((sum, value) => sum + value, 0);
    const across = external.reduce((sum, value) => sum + value, 0) / 2;
    const labels = grouping.labels;
    const mixing: ResultTable = {
      label: `Ties between values of ${options.field}`,
      columns: [{ id: 'group', label: options.field }, ...labels.map((label, h) => ({ id: `g${h}`, label }))],
      rows: labels.map((group, g) => ({
        group,
        ...Object.fromEntries(labels.map((_, h) => [`g${h}`, matrix[g][h]])),
      })),
    };
    const groups: ResultTable = {
      label: `E-I index by ${options.field}`,
      columns: [
        { id: 'group', label: options.field },
        { id: 'size', label: 'Actors' },
        { id: 'internal_ties', label: 'Internal ties' },
        { id: 'external_ties', label: 'External ties' },
        { id: 'ei_index', label: 'E-I index' },
      ],
      rows: labels.map((group, g) => ({
        group,
        size: grouping.sizes[g],
        internal_ties: internal[g],
        external_ties: external[g],
        ei_index: nullIfNaN(eiIndex(external[g], internal[g])),
      })),
    };
    let numericActors = 0;
    for (const value of numeric) if (!Number.isNaN(value)) numericActors++;
    return {
      columns: {},
      graph: {
        homophily_assortativity: nullIfNaN(attributeAssortativity(tie, grouping)),
        homophily_numeric_assortativity: nullIfNaN(numericAssortativity(tie, numeric)),
        homophily_numeric_actors: numericActors,
        homophily_ei_index: nullIfNaN(eiIndex(across, inside)),
        homophily_internal_ties: inside,
        homophily_external_ties: across,
      },
      tables: { homophily_mixing: mixing, homophily_groups: groups },
    };
  },
});
