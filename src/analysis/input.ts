/**
 * Builds the typed, indexed input every measure reads from an Ecosystem: the tie and flow
 * views plus per-actor attribute columns aligned with the same node index.
 */
import type { Ecosystem } from '../model/ecosystem.ts';
import { RELATION_KINDS, type RelationKind } from '../model/kinds.ts';
import { arcColumnsOf, buildViewsFromArcs } from '../model/views.ts';
import type { ActorTable, AnalysisInput } from './types.ts';

export function buildAnalysisInput(ecosystem: Ecosystem): AnalysisInput {
  const arcs = arcColumnsOf(ecosystem);
  const kindBits = Uint8Array.from(arcs.kind, relationKindBit);
  const { tie, flow, tieBits } = buildViewsFromArcs(arcs, kindBits);
  return { tie, flow, actors: buildActorTable(ecosystem), tieKinds: tieBits as Uint8Array };
}

/**
 * The kind bit of each relation row given as columns (the columnar import), for
 * buildViewsFromArcs to gather per tie: the same bits buildAnalysisInput gives for an Ecosystem
 * holding those rows. Kind words the model does not know count as "other", as the importer
 * reads them.
 */
export function kindBitsOfRows(rows: { kind: Uint16Array; relationKinds: readonly string[] }): Uint8Array {
  const bits = rows.relationKinds.map((word) =>
    relationKindBit((RELATION_KINDS as readonly string[]).includes(word) ? (word as RelationKind) : 'other'),
  );
  const out = new Uint8Array(rows.kind.length);
  for (let row = 0; row < out.length; row++) out[row] = bits[rows.kind[row]];
  return out;
}

/** The bit of a relation kind in `AnalysisInput.tieKinds`. */
export function relationKindBit(kind: RelationKind): number {
  return 1 << RELATION_KINDS.indexOf(kind);
}

export function buildActorTable(ecosystem: Ecosystem): ActorTable {
  const ids = ecosystem.nodes();
  const kind = ids.map((id) => ecosystem.getNodeAttribute(id, 'kind'));
  const cache = new Map<string, (string | number | boolean | null)[]>();
  return {
    kind,
    field(name) {
      let column = cache.get(name);
      if (!column) {
        column = ids.map((id) => {
          const attributes = ecosystem.getNodeAttributes(id);
          if (name === 'kind') return attributes.kind;
          const value = attributes.fields[name];
          return value === undefined ? null : value;
        });
        cache.set(name, column);
      }
      return column;
    },
  };
}

/** A field value as actors hold it. */
type FieldValue = string | number | boolean | null;

/**
 * One actor column, dictionary-encoded: `values[codes[i]]` is actor i's value. The codes are a
 * typed array (shared between workers where memory can be shared); the dictionary is small for
 * categorical fields (kind, region, sector), which are what measures read.
 */
export interface PackedColumn {
  readonly codes: Int32Array;
  readonly values: readonly FieldValue[];
}

/**
 * An analysis input as plain data: the views' typed arrays and every actor field as a column.
 * Workers receive this instead of the Ecosystem, so they neither rebuild a graphology graph nor
 * recompute the views. Where memory can be shared (`SharedArrayBuffer`: worker threads in the
 * CLI, a cross-origin-isolated page in the browser), the arrays live in shared memory and every
 * worker reads the same bytes: starting a worker costs neither a copy nor its memory. Elsewhere
 * each worker gets its own copy, as before.
 */
export interface PackedAnalysisInput {
  tie: AnalysisInput['tie'];
  flow: AnalysisInput['flow'];
  tieKinds: Uint8Array;
  kind: PackedColumn;
  fields: Record<string, PackedColumn>;
  /** True when the typed arrays are on SharedArrayBuffers. */
  shared: boolean;
  layers?: AnalysisInput['layers'];
}

/** SharedArrayBuffer exists, and (in a browser) the page is cross-origin isolated so it can be posted. */
export function canShareMemory(): boolean {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
  return typeof SharedArrayBuffer === 'function' && isolated !== false;
}

type TypedArray = Int32Array | Float64Array | Uint8Array | Int8Array;

/** A copy of `array` on a SharedArrayBuffer (the same array when it already is on one). */
export function sharedCopy<T extends TypedArray>(array: T): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const Constructor = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Constructor(new SharedArrayBuffer(array.byteLength));
  copy.set(array as never);
  return copy;
}

function encodeColumn(
  values: readonly FieldValue[],
  share: <T extends TypedArray>(array: T) => T,
): PackedColumn {
  const codes = new Int32Array(values.length);
  // A Map keyed by the value itself keeps 1 and "1" apart, and null apart from "null".
  const codeOf = new Map<FieldValue, number>();
  const dictionary: FieldValue[] = [];
  for (let i = 0; i < values.length; i++) {
    let code = codeOf.get(values[i]);
    if (code === undefined) {
      code = dictionary.push(values[i]) - 1;
      codeOf.set(values[i], code);
    }
    codes[i] = code;
  }
  return { codes: share(codes), values: dictionary };
}

function decodeColumn(column: PackedColumn): FieldValue[] {
  const decoded = new Array<FieldValue>(column.codes.length);
  for (let i = 0; i < decoded.length; i++) decoded[i] = column.values[column.codes[i]];
  return decoded;
}

export function packAnalysisInput(
  ecosystem: Ecosystem,
  input: AnalysisInput,
  options: { shared?: boolean } = {},
): PackedAnalysisInput {
  const names = new Set<string>();
  ecosystem.forEachNode((_key, actor) => {
    for (const name of Object.keys(actor.fields)) names.add(name);
  });
  // A Map keeps field names such as "__proto__" as data while the columns are gathered.
  const fields = new Map<string, readonly FieldValue[]>();
  for (const name of names) fields.set(name, input.actors.field(name));
  const packed = packColumns(input.tie, input.flow, input.tieKinds, input.actors.kind, fields, options);
  return input.layers ? { ...packed, layers: input.layers } : packed;
}

/** Packs views and actor columns that come without an Ecosystem (the columnar import). */
export function packColumns(
  tie: AnalysisInput['tie'],
  flow: AnalysisInput['flow'],
  tieKinds: Uint8Array,
  kind: readonly string[],
  fields: ReadonlyMap<string, readonly FieldValue[]>,
  { shared = canShareMemory() }: { shared?: boolean } = {},
): PackedAnalysisInput {
  const share = shared ? sharedCopy : <T extends TypedArray>(array: T) => array;
  const columns = new Map<string, PackedColumn>();
  for (const [name, values] of fields) columns.set(name, encodeColumn(values, share));
  return {
    tie: {
      ...tie,
      offsets: share(tie.offsets),
      neighbours: share(tie.neighbours),
      strengths: share(tie.strengths),
    },
    flow: {
      ...flow,
      outOffsets: share(flow.outOffsets),
      outNeighbours: share(flow.outNeighbours),
      outStrengths: share(flow.outStrengths),
      inOffsets: share(flow.inOffsets),
      inNeighbours: share(flow.inNeighbours),
      inStrengths: share(flow.inStrengths),
    },
    tieKinds: share(tieKinds),
    kind: encodeColumn(kind, share),
    fields: Object.fromEntries(columns),
    shared,
  };
}

export function unpackAnalysisInput(packed: PackedAnalysisInput): AnalysisInput {
  const n = packed.kind.codes.length;
  const empty: readonly null[] = new Array(n).fill(null);
  const columns = new Map(Object.entries(packed.fields));
  const decoded = new Map<string, readonly FieldValue[]>();
  const kind = decodeColumn(packed.kind) as string[];
  return {
    tie: packed.tie,
    flow: packed.flow,
    tieKinds: packed.tieKinds,
    ...(packed.layers ? { layers: packed.layers } : {}),
    actors: {
      kind,
      field(name) {
        if (name === 'kind') return kind;
        let values = decoded.get(name);
        if (!values) {
          const column = columns.get(name);
          values = column ? decodeColumn(column) : empty;
          decoded.set(name, values);
        }
        return values;
      },
    },
  };
}
