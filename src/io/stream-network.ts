/**
 * Columnar import for large networks: an actors table and an edge list (CSV, read in chunks)
 * straight into columns — actor ids, labels, kinds and fields; arcs as typed arrays of source,
 * target, strength and direction — with no object per row and no graph object per tie. From
 * these columns the model builds the typed-array views directly (model/views.ts).
 *
 * It reads what the full importer reads from such tables (same header synonyms, kind words,
 * strengths, directions, actors made implicit when only the edge list names them), with two
 * differences, both said in its report: ids are matched exactly (no reconciliation of similar
 * names), and columns outside the schema are kept as text.
 */

import type { FieldValue } from '../model/fields.ts';
import { ACTOR_KINDS, DIRECTED_BY_DEFAULT, type RelationKind } from '../model/kinds.ts';
import { mapColumns } from './columns.ts';
import type { Delimiter } from './csv.ts';
import { CsvRecordStream } from './csv-stream.ts';
import { readFieldValue, schemaType } from './field-types.ts';
import { IdIndex } from './id-index.ts';
import { actorKindWord, relationKindWord } from './kind-words.ts';
import { type DecimalMark, parseBoolean, parseNumber, sniffDecimalMark } from './values.ts';

/** A file as a stream of byte chunks. */
export interface StreamedFile {
  readonly name: string;
  /** Size in bytes, for progress; 0 when unknown. */
  readonly size: number;
  chunks(): AsyncIterable<Uint8Array>;
}

export interface StreamOptions {
  delimiter?: Delimiter;
  decimalMark?: DecimalMark;
  /** Bytes read so far of all files together. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** A problem found while reading, with where it is. */
export interface StreamIssue {
  readonly code:
    | 'missing-end'
    | 'self-loop'
    | 'invalid-strength'
    | 'duplicate-actor'
    | 'unknown-kind'
    | 'no-header';
  readonly file: string;
  readonly row: number;
  readonly column?: string;
  readonly value?: string;
}

export interface StreamReport {
  readonly files: {
    name: string;
    role: 'actors' | 'relations' | 'unknown';
    rows: number;
    delimiter: string;
  }[];
  /** Relation rows kept as arcs (each row once, an undirected one included). */
  readonly relations: number;
  /** Relation rows left out, by reason (missing end, self-loop). */
  readonly leftOut: Readonly<Record<string, number>>;
  /** Issue counts by code, and the first few of each with file, row and column. */
  readonly issueCounts: Readonly<Record<string, number>>;
  readonly examples: readonly StreamIssue[];
  readonly actors: number;
  readonly implicitActors: number;
}

export interface ColumnarNetwork {
  readonly ids: string[];
  readonly labels: string[];
  readonly kinds: string[];
  /** Actor fields by name, one value per actor (null where missing). */
  readonly fields: Map<string, FieldValue[]>;
  /** One entry per kept relation row. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly strength: Float64Array;
  readonly directed: Uint8Array;
  /** Relation kind per row, as an index into `relationKinds` (the words as read, in the model's words where known). */
  readonly kind: Uint16Array;
  readonly relationKinds: readonly string[];
  readonly report: StreamReport;
}

const EXAMPLES_PER_CODE = 5;
/** Relation rows whose ends are looked up together. */
const ROWS_PER_LOOKUP = 1024;

interface RowHandler {
  row(cells: string[], row: number): void;
  end(): void;
}

class GrowingColumns {
  count = 0;
  source = new Int32Array(1 << 16);
  target = new Int32Array(1 << 16);
  strength = new Float64Array(1 << 16);
  directed = new Uint8Array(1 << 16);
  kind = new Uint16Array(1 << 16);
  add(s: number, t: number, w: number, d: boolean, k: number) {
    if (this.count === this.source.length) this.grow();
    const i = this.count++;
    this.source[i] = s;
    this.target[i] = t;
    this.strength[i] = w;
    this.directed[i] = d ? 1 : 0;
    this.kind[i] = k;
  }
  private grow() {
    const size = this.source.length * 2;
    const copy = <T extends Int32Array | Float64Array | Uint8Array | Uint16Array>(
      array: T,
      make: (n: number) => T,
    ) => {
      const next = make(size);
      next.set(array as never);
      return next;
    };
    this.source = copy(this.source, (n) => new Int32Array(n));
    this.target = copy(this.target, (n) => new Int32Array(n));
    this.strength = copy(this.strength, (n) => new Float64Array(n));
    this.directed = copy(this.directed, (n) => new Uint8Array(n));
    this.kind = copy(this.kind, (n) => new Uint16Array(n));
  }
}

export async function readColumnarNetwork(
  files: readonly StreamedFile[],
  options: StreamOptions = {},
): Promise<ColumnarNetwork> {
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  let bytesRead = 0;
  const ids: string[] = [];
  const labels: string[] = [];
  const kinds: string[] = [];
  const fields = new Map<string, FieldValue[]>();
  const indexOf = new IdIndex(ids);
  const arcs = new GrowingColumns();
  const relationKinds: string[] = [];
  const issueCounts: Record<string, number> = {};
  const examples: StreamIssue[] = [];
  const leftOut: Record<string, number> = {};
  const fileReports: StreamReport['files'][number][] = [];
  let implicitActors = 0;
  const issue = (found: StreamIssue) => {
    issueCounts[found.code] = (issueCounts[found.code] ?? 0) + 1;
    if (issueCounts[found.code] <= EXAMPLES_PER_CODE) examples.push(found);
  };
  const addActor = (id: string, label: string, kind: string): number => {
    const index = ids.length;
    ids.push(id);
    labels.push(label);
    kinds.push(kind);
    indexOf.set(id, index);
    for (const column of fields.values()) column.push(null);
    return index;
  };

  // Actors tables first, whatever the order given: actor order is the actors file's order.
  const roles = await Promise.all(files.map(async (file) => ({ file, role: await roleOf(file, options) })));
  const ordered = [...roles.filter((r) => r.role === 'actors'), ...roles.filter((r) => r.role !== 'actors')];

  for (const { file, role } of ordered) {
    if (role === 'unknown') {
      issue({ code: 'no-header', file: file.name, row: 1 });
      fileReports.push({ name: file.name, role, rows: 0, delimiter: options.delimiter ?? ',' });
      continue;
    }
    let header: string[] | null = null;
    // Rows as they are parsed; `end` once the file is read (relation rows are handled in batches).
    let handler: RowHandler = { row: () => {}, end: () => {} };
    const parser = new CsvRecordStream((cells, row) => {
      if (header === null) {
        header = cells;
        handler = role === 'actors' ? { row: actorRows(header), end: () => {} } : relationRows(header);
        return;
      }
      handler.row(cells, row);
    }, options.delimiter);

    const actorRows = (columns: string[]) => {
      const mapped = mapColumns(columns, 'actors');
      const idAt = mapped.indexOf('id') >= 0 ? mapped.indexOf('id') : mapped.indexOf('label');
      const labelAt = mapped.indexOf('label');
      const kindAt = mapped.indexOf('kind');
      const fieldColumns = mapped
        .map((name, at) => ({ name, at }))
        .filter(({ name, at }) => at !== idAt && at !== labelAt && at !== kindAt && name !== '');
      for (const { name } of fieldColumns)
        if (!fields.has(name)) fields.set(name, new Array(ids.length).fill(null));
      const decimalMark = options.decimalMark ?? '.';
      return (cells: string[], row: number) => {
        const id = (cells[idAt] ?? '').trim();
        if (id === '') return issue({ code: 'missing-end', file: file.name, row, column: columns[idAt] });
        if (indexOf.has(id)) return issue({ code: 'duplicate-actor', file: file.name, row, value: id });
        const rawKind = kindAt >= 0 ? (cells[kindAt] ?? '').trim() : '';
        let kind = rawKind === '' ? 'other' : actorKindWord(rawKind);
        if (!(ACTOR_KINDS as readonly string[]).includes(kind)) {
          issue({ code: 'unknown-kind', file: file.name, row, column: columns[kindAt], value: rawKind });
          kind = 'other';
        }
        const label = labelAt >= 0 && (cells[labelAt] ?? '').trim() !== '' ? cells[labelAt].trim() : id;
        const index = addActor(id, label, kind);
        for (const { name, at } of fieldColumns) {
          const text = (cells[at] ?? '').trim();
          if (text === '') continue;
          (fields.get(name) as FieldValue[])[index] = typedCell(text, name, decimalMark);
        }
      };
    };

    const relationRows = (columns: string[]): RowHandler => {
      const mapped = mapColumns(columns, 'relations');
      const sourceAt = mapped.indexOf('source');
      const targetAt = mapped.indexOf('target');
      const strengthAt = mapped.indexOf('strength');
      const kindAt = mapped.indexOf('kind');
      const directedAt = mapped.indexOf('directed');
      let decimalMark = options.decimalMark;
      // Per kind as written: its code in relationKinds and whether it is directed by default.
      const kindCache = new Map<string, { code: number; directed: boolean }>();
      const kindOf = (raw: string) => {
        let kind = kindCache.get(raw);
        if (kind === undefined) {
          const word = raw === '' ? 'other' : relationKindWord(raw);
          let code = relationKinds.indexOf(word);
          if (code < 0) code = relationKinds.push(word) - 1;
          kind = { code: Math.min(code, 65535), directed: DIRECTED_BY_DEFAULT.has(word as RelationKind) };
          kindCache.set(raw, kind);
        }
        return kind;
      };
      // `known`: the id's index as looked up for its batch (−1: not there then, look again).
      const endOf = (id: string, known: number) => {
        if (known >= 0) return known;
        if (id === '') return -1;
        const found = indexOf.get(id);
        if (found >= 0) return found;
        implicitActors++;
        return addActor(id, id, 'other');
      };
      // Rows wait in batches, so that their ends are looked up together (IdIndex.getMany), then
      // are handled one by one in file order as before.
      const batchCells: string[][] = [];
      const batchRows: number[] = [];
      const sourceIds: string[] = [];
      const targetIds: string[] = [];
      const knownSources = new Int32Array(ROWS_PER_LOOKUP);
      const knownTargets = new Int32Array(ROWS_PER_LOOKUP);
      const flush = () => {
        const count = batchCells.length;
        for (let j = 0; j < count; j++) {
          sourceIds[j] = (batchCells[j][sourceAt] ?? '').trim();
          targetIds[j] = (batchCells[j][targetAt] ?? '').trim();
        }
        indexOf.getMany(sourceIds, 0, count, knownSources);
        indexOf.getMany(targetIds, 0, count, knownTargets);
        for (let j = 0; j < count; j++)
          relationRow(
            batchCells[j],
            batchRows[j],
            sourceIds[j],
            knownSources[j],
            targetIds[j],
            knownTargets[j],
          );
        batchCells.length = 0;
        batchRows.length = 0;
      };
      const relationRow = (
        cells: string[],
        row: number,
        sourceId: string,
        knownSource: number,
        targetId: string,
        knownTarget: number,
      ) => {
        const source = endOf(sourceId, knownSource);
        const target = endOf(targetId, knownTarget);
        if (source < 0 || target < 0) {
          leftOut['missing-end'] = (leftOut['missing-end'] ?? 0) + 1;
          return issue({
            code: 'missing-end',
            file: file.name,
            row,
            column: columns[source < 0 ? sourceAt : targetAt],
          });
        }
        if (source === target) {
          leftOut['self-loop'] = (leftOut['self-loop'] ?? 0) + 1;
          return issue({
            code: 'self-loop',
            file: file.name,
            row,
            column: columns[targetAt],
            value: ids[target],
          });
        }
        let strength = 1;
        const strengthText = strengthAt >= 0 ? (cells[strengthAt] ?? '').trim() : '';
        if (strengthText !== '') {
          decimalMark ??= strengthText.includes(',') ? sniffDecimalMark([strengthText]) : '.';
          const value = parseNumber(strengthText, decimalMark);
          if (value !== undefined && Number.isFinite(value) && value > 0) strength = value;
          else
            issue({
              code: 'invalid-strength',
              file: file.name,
              row,
              column: columns[strengthAt],
              value: strengthText,
            });
        }
        const directedText = directedAt >= 0 ? (cells[directedAt] ?? '').trim() : '';
        const kind = kindOf(kindAt >= 0 ? (cells[kindAt] ?? '').trim() : '');
        const directed = (directedText !== '' ? parseBoolean(directedText) : undefined) ?? kind.directed;
        arcs.add(source, target, strength, directed, kind.code);
      };
      return {
        row(cells, row) {
          batchCells.push(cells);
          batchRows.push(row);
          if (batchCells.length === ROWS_PER_LOOKUP) flush();
        },
        end: flush,
      };
    };

    const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
    for await (const chunk of file.chunks()) {
      parser.push(decoder.decode(chunk, { stream: true }));
      bytesRead += chunk.byteLength;
      options.onProgress?.(bytesRead, totalBytes);
    }
    parser.push(decoder.decode());
    parser.end();
    handler.end();
    if (header === null) issue({ code: 'no-header', file: file.name, row: 0 });
    fileReports.push({
      name: file.name,
      role,
      rows: Math.max(0, parser.rows - 1),
      delimiter: parser.currentDelimiter ?? ',',
    });
  }

  const count = arcs.count;
  return {
    ids,
    labels,
    kinds,
    fields,
    source: arcs.source.slice(0, count),
    target: arcs.target.slice(0, count),
    strength: arcs.strength.slice(0, count),
    directed: arcs.directed.slice(0, count),
    kind: arcs.kind.slice(0, count),
    relationKinds,
    report: {
      files: fileReports,
      relations: count,
      leftOut,
      issueCounts,
      examples,
      actors: ids.length,
      implicitActors,
    },
  };
}

/** What a file holds, from its header line: actors, relations, or neither. */
async function roleOf(
  file: StreamedFile,
  options: StreamOptions,
): Promise<'actors' | 'relations' | 'unknown'> {
  let header: string[] | null = null;
  const parser = new CsvRecordStream((cells) => {
    header ??= cells;
  }, options.delimiter);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of file.chunks()) {
    parser.push(decoder.decode(chunk, { stream: true }));
    if (header) break;
  }
  if (!header) parser.end();
  if (!header) return 'unknown';
  const relation = new Set(mapColumns(header, 'relations'));
  if (relation.has('source') && relation.has('target')) return 'relations';
  const actor = new Set(mapColumns(header, 'actors'));
  return actor.has('id') || actor.has('label') ? 'actors' : 'unknown';
}

/** A non-empty actor cell as its schema type; text for fields outside the schema. */
function typedCell(text: string, field: string, decimalMark: DecimalMark): FieldValue {
  const type = schemaType(field);
  return type ? (readFieldValue(text, field, type, decimalMark) ?? null) : text;
}
