/**
 * Actors and ties as Apache Parquet, for tools that take a network further than one machine:
 * Spark GraphFrames reads a vertex table with an `id` column and an edge table with `src` and
 * `dst` (GraphFrame(vertices, edges) as they come from spark.read.parquet), and Neo4j's Data
 * Importer and apoc.load.parquet read the same files, mapping `id` to the node key and
 * `src`/`dst` to the relationship ends.
 *
 *   actors.parquet: id, label, kind, then every actor field (numbers as DOUBLE, true/false as
 *                   BOOLEAN, anything else as STRING; missing values null), then measure
 *                   columns when given (NaN → null);
 *   ties.parquet:   src, dst, strength — one row per arc of the flow view: directed relations
 *                   keep their direction, undirected ones appear both ways, strengths of the
 *                   relations between a pair summed (as every measure reads them).
 * Snappy-compressed, dictionary-encoded where that is smaller (hyparquet-writer, pure
 * JavaScript: no native code, runs in the browser too).
 */
import { type ColumnSource, parquetWriteBuffer } from 'hyparquet-writer';
import type { FieldValue } from '../model/fields.ts';
import type { FlowView } from '../model/views.ts';

export interface ParquetNetwork {
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  readonly kinds: readonly string[];
  /** Actor fields by name, aligned with `ids`. */
  readonly fields: ReadonlyMap<string, readonly FieldValue[]>;
  readonly flow: FlowView;
  /** Measure columns by name, aligned with `ids`. */
  readonly measures?: ReadonlyMap<string, ArrayLike<number>>;
}

export function parquetActors(network: ParquetNetwork): ArrayBuffer {
  const columns: ColumnSource[] = [
    { name: 'id', data: [...network.ids], type: 'STRING', nullable: false },
    { name: 'label', data: [...network.labels], type: 'STRING' },
    { name: 'kind', data: [...network.kinds], type: 'STRING' },
  ];
  const taken = new Set(['id', 'label', 'kind']);
  for (const [name, values] of network.fields) {
    if (taken.has(name)) continue;
    taken.add(name);
    columns.push(fieldColumn(name, values));
  }
  for (const [name, values] of network.measures ?? []) {
    if (taken.has(name)) continue;
    taken.add(name);
    const data = Array.from(values, (value) => (Number.isFinite(value) ? value : null));
    columns.push({ name, data, type: 'DOUBLE' });
  }
  return parquetWriteBuffer({ columnData: columns, createdBy: 'clusterscope' });
}

export function parquetTies(network: ParquetNetwork): ArrayBuffer {
  const { flow, ids } = network;
  const count = flow.outNeighbours.length;
  const src = new Array<string>(count);
  const dst = new Array<string>(count);
  for (let v = 0; v < flow.nodeCount; v++) {
    for (let k = flow.outOffsets[v]; k < flow.outOffsets[v + 1]; k++) {
      src[k] = ids[v];
      dst[k] = ids[flow.outNeighbours[k]];
    }
  }
  return parquetWriteBuffer({
    columnData: [
      { name: 'src', data: src, type: 'STRING', nullable: false },
      { name: 'dst', data: dst, type: 'STRING', nullable: false },
      { name: 'strength', data: Float64Array.from(flow.outStrengths), type: 'DOUBLE', nullable: false },
    ],
    createdBy: 'clusterscope',
  });
}

/** A field as the narrowest Parquet type all its values fit. */
function fieldColumn(name: string, values: readonly FieldValue[]): ColumnSource {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (present.length > 0 && present.every((value) => typeof value === 'number')) {
    return { name, data: values.map((value) => (value === null ? null : Number(value))), type: 'DOUBLE' };
  }
  if (present.length > 0 && present.every((value) => typeof value === 'boolean')) {
    return { name, data: [...values], type: 'BOOLEAN' };
  }
  return { name, data: values.map((value) => (value === null ? null : String(value))), type: 'STRING' };
}
