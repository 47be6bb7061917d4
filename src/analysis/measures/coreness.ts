/**
 * Borgatti–Everett continuous coreness: how close each actor is to the core, fitted by
 * least squares (MINRES), with the fit of the whole network to the continuous model.
 */
import { continuousCoreness } from '../minres-coreness.ts';
import { defineMeasure } from '../types.ts';

export const coreness = defineMeasure({
  id: 'coreness',
  label: 'Coreness (continuous)',
  family: 'embeddedness',
  method:
    'Borgatti and Everett’s (1999) continuous core/periphery model on the tie view (0/1): coreness c_i such that ' +
    'c_i·c_j approximates the tie a_ij for every pair i ≠ j, fitted by least squares with the diagonal left out ' +
    '(MINRES; Boyd, Fitzgerald and Beck 2006, the continuous algorithm of UCINET), iterating c_i = Σ_j a_ij c_j / ' +
    'Σ_{j≠i} c_j² from c ∝ degree until no entry moves by more than 1e-13. Reported scaled to unit Euclidean norm ' +
    '(non-negative). Matches the minimum of the same least-squares objective found by scipy.optimize ' +
    '(scripts/reference/core_periphery.py). On a disconnected network the largest-fitting component takes the ' +
    'coreness and the others tend to 0. Graph figure coreness_fit: the Pearson correlation between a_ij and ' +
    'c_i·c_j over all pairs i < j. Empty without ties.',
  outputs: [{ id: 'coreness', label: 'Coreness' }],
  options: {},
  compute({ tie }, _options, progress) {
    const result = continuousCoreness(tie, progress);
    return {
      columns: { coreness: result.coreness },
      graph: {
        coreness_fit: Number.isNaN(result.fit) ? null : result.fit,
        coreness_converged: result.converged ? 1 : 0,
      },
    };
  },
});
