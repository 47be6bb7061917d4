/**
 * Dyadic terms: the n × n matrices that QAP and MRQAP set against each other. A term is written
 * as text, so that one string names it on the command line, in a saved project and in a result:
 *
 *   supply, knowledge, …   a relation kind: 1 where a relation of that kind runs i → j
 *   ties                   the tie view: 1 where any relation joins i and j (symmetric)
 *   flow                   the flow view: 1 where any relation runs i → j
 *   same:FIELD             1 where i and j have the same value of FIELD
 *   diff:FIELD             |x_i − x_j| of a numeric FIELD
 *   km                     great-circle distance between i and j in km (needs lat and lon)
 *
 * With `valued`, relation terms hold strengths (the sum over relations) instead of 0/1. Cells
 * on the diagonal are never used. Actors without a value of a field a term needs are left out
 * of the whole test (listwise), and the result says how many.
 */
import type { FlowView } from '../../model/views.ts';
import { haversineKm } from '../locality.ts';
import type { AnalysisInput } from '../types.ts';
import { TestInputError } from './types.ts';

export type DyadTerm =
  | { readonly kind: 'relation'; readonly relation: string }
  | { readonly kind: 'ties' }
  | { readonly kind: 'flow' }
  | { readonly kind: 'same'; readonly field: string }
  | { readonly kind: 'difference'; readonly field: string }
  | { readonly kind: 'distance' };

export function parseDyadTerm(text: string): DyadTerm {
  const term = text.trim();
  if (term === '') throw new TestInputError('an empty term; write e.g. supply, same:region or km');
  if (term === 'ties') return { kind: 'ties' };
  if (term === 'flow') return { kind: 'flow' };
  if (term === 'km') return { kind: 'distance' };
  const colon = term.indexOf(':');
  if (colon < 0) return { kind: 'relation', relation: term };
  const prefix = term.slice(0, colon);
  const field = term.slice(colon + 1).trim();
  if (field === '') throw new TestInputError(`"${term}" names no field`);
  if (prefix === 'same') return { kind: 'same', field };
  if (prefix === 'diff') return { kind: 'difference', field };
  throw new TestInputError(`"${term}": a term is a relation kind, ties, flow, same:FIELD, diff:FIELD or km`);
}

/** Terms of a comma-separated list, in order. */
export function parseDyadTerms(text: string): DyadTerm[] {
  return text.split(',').map(parseDyadTerm);
}

export function termText(term: DyadTerm): string {
  switch (term.kind) {
    case 'relation':
      return term.relation;
    case 'ties':
    case 'flow':
      return term.kind;
    case 'same':
      return `same:${term.field}`;
    case 'difference':
      return `diff:${term.field}`;
    case 'distance':
      return 'km';
  }
}

/** English words for a term, for result names and sentences. */
export function termLabel(term: DyadTerm): string {
  switch (term.kind) {
    case 'relation':
      return `${term.relation} relations`;
    case 'ties':
      return 'ties of any kind';
    case 'flow':
      return 'relations of any kind (directed)';
    case 'same':
      return `same ${term.field}`;
    case 'difference':
      return `difference in ${term.field}`;
    case 'distance':
      return 'distance in km';
  }
}

function fieldValues(input: AnalysisInput, field: string) {
  return field === 'kind' ? input.actors.kind : input.actors.field(field);
}

/** Whether actor i has what the term needs (a value of its field, coordinates). */
function hasValue(input: AnalysisInput, term: DyadTerm): (i: number) => boolean {
  switch (term.kind) {
    case 'same': {
      const values = fieldValues(input, term.field);
      return (i) => values[i] !== null && values[i] !== '';
    }
    case 'difference': {
      const values = fieldValues(input, term.field);
      return (i) => typeof values[i] === 'number' && Number.isFinite(values[i] as number);
    }
    case 'distance': {
      const lat = input.actors.field('lat');
      const lon = input.actors.field('lon');
      return (i) => typeof lat[i] === 'number' && typeof lon[i] === 'number';
    }
    default:
      return () => true;
  }
}

/** Checks that every term can be built from this input; throws TestInputError saying why not. */
export function checkTerms(input: AnalysisInput, terms: readonly DyadTerm[]): void {
  for (const term of terms) {
    if (term.kind === 'relation') relationView(input, term.relation);
    const present = hasValue(input, term);
    let count = 0;
    for (let i = 0; i < input.tie.nodeCount; i++) if (present(i)) count++;
    if (count < input.tie.nodeCount && count < 3) {
      const what =
        term.kind === 'distance'
          ? 'coordinates (lat, lon)'
          : `a value of "${(term as { field: string }).field}"`;
      throw new TestInputError(`${count} actors have ${what}; ${termText(term)} needs at least 3`);
    }
  }
}

/** Node indices of the actors every term has a value for, in node order. */
export function actorsWithValues(input: AnalysisInput, terms: readonly DyadTerm[]): Int32Array {
  const checks = terms.map((term) => hasValue(input, term));
  const kept: number[] = [];
  for (let i = 0; i < input.tie.nodeCount; i++) if (checks.every((check) => check(i))) kept.push(i);
  return Int32Array.from(kept);
}

function relationView(input: AnalysisInput, relation: string): FlowView {
  const layers = input.layers;
  if (!layers) throw new TestInputError('relation layers were not built for this network');
  const index = layers.kinds.indexOf(relation);
  if (index < 0) {
    const known = layers.kinds.length > 0 ? layers.kinds.join(', ') : 'none';
    throw new TestInputError(`no relations of kind "${relation}" in this network (kinds present: ${known})`);
  }
  return layers.views[index];
}

/** Compressed rows of a relation term over all actors: arcs i → j with their value. */
export interface SparseRows {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly values: Float64Array;
}

export function isRelationTerm(term: DyadTerm): boolean {
  return term.kind === 'relation' || term.kind === 'ties' || term.kind === 'flow';
}

/** A relation term as sparse rows over every actor (targets sorted in each row). */
export function sparseRows(input: AnalysisInput, term: DyadTerm, valued: boolean): SparseRows {
  let offsets: Int32Array;
  let targets: Int32Array;
  let strengths: Float64Array;
  if (term.kind === 'ties') {
    ({ offsets, neighbours: targets, strengths } = input.tie);
  } else if (term.kind === 'flow' || term.kind === 'relation') {
    const view = term.kind === 'flow' ? input.flow : relationView(input, term.relation);
    ({ outOffsets: offsets, outNeighbours: targets, outStrengths: strengths } = view);
  } else {
    throw new Error(`${termText(term)} is not a relation term`);
  }
  return { offsets, targets, values: valued ? strengths : new Float64Array(targets.length).fill(1) };
}

/**
 * The term as a dense k × k matrix over the kept actors (row-major, diagonal 0): cell (a, b)
 * is the dyad from kept[a] to kept[b].
 */
export function denseMatrix(
  input: AnalysisInput,
  term: DyadTerm,
  kept: Int32Array,
  valued: boolean,
): Float64Array {
  const k = kept.length;
  const matrix = new Float64Array(k * k);
  if (isRelationTerm(term)) {
    const position = new Int32Array(input.tie.nodeCount).fill(-1);
    kept.forEach((node, a) => {
      position[node] = a;
    });
    const rows = sparseRows(input, term, valued);
    kept.forEach((node, a) => {
      for (let s = rows.offsets[node]; s < rows.offsets[node + 1]; s++) {
        const b = position[rows.targets[s]];
        if (b >= 0) matrix[a * k + b] = rows.values[s];
      }
    });
    return matrix;
  }
  const cell = cellFunction(input, term);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) if (a !== b) matrix[a * k + b] = cell(kept[a], kept[b]);
  }
  return matrix;
}

function cellFunction(input: AnalysisInput, term: DyadTerm): (i: number, j: number) => number {
  switch (term.kind) {
    case 'same': {
      const values = fieldValues(input, term.field);
      return (i, j) => (String(values[i]) === String(values[j]) ? 1 : 0);
    }
    case 'difference': {
      const values = fieldValues(input, term.field) as readonly number[];
      return (i, j) => Math.abs(values[i] - values[j]);
    }
    case 'distance': {
      const lat = input.actors.field('lat') as readonly number[];
      const lon = input.actors.field('lon') as readonly number[];
      return (i, j) => haversineKm(lat[i], lon[i], lat[j], lon[j]);
    }
    default:
      throw new Error(`${termText(term)} is a relation term`);
  }
}
