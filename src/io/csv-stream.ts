/**
 * A CSV record parser fed text in chunks, for files too large to hold as one string or as
 * one object per row. RFC 4180: quoted fields may hold the delimiter, newlines and doubled
 * quotes; CRLF, LF and CR end records; blank lines are skipped. Unquoted fields are cut
 * straight out of the chunk (the common case, and the fast one); a record with a quote goes
 * through a character-by-character reader.
 */
import { type Delimiter, sniffDelimiter } from './csv.ts';

export type RecordHandler = (fields: string[], row: number) => void;

export class CsvRecordStream {
  private pending = '';
  private row = 0;
  private delimiter: Delimiter | undefined;

  constructor(
    private readonly onRecord: RecordHandler,
    delimiter?: Delimiter,
  ) {
    this.delimiter = delimiter;
  }

  /** The delimiter in use: given, or sniffed from the first chunk. */
  get currentDelimiter(): Delimiter | undefined {
    return this.delimiter;
  }

  /** Records read so far (the header included); also the 1-based row number of the last one. */
  get rows(): number {
    return this.row;
  }

  push(text: string): void {
    const buffer = this.pending + text;
    this.delimiter ??= sniffDelimiter(buffer);
    this.pending = buffer.slice(this.consume(buffer, false));
  }

  /** Reads what is left: a last record without a line end. */
  end(): void {
    if (this.pending !== '') this.consume(this.pending, true);
    this.pending = '';
  }

  /** Emits the complete records of `buffer`; returns where the incomplete rest begins. */
  private consume(buffer: string, final: boolean): number {
    const delimiter = this.delimiter as string;
    let start = 0;
    // Next carriage return and quote at or after `start`, found once and reused until passed:
    // searching afresh on every line would scan the rest of the chunk per line.
    let carriage = -2;
    let quote = -2;
    while (start < buffer.length) {
      let end = buffer.indexOf('\n', start);
      if (carriage !== -1 && carriage < start) carriage = buffer.indexOf('\r', start);
      if (carriage >= 0 && (end < 0 || carriage < end)) end = carriage;
      if (end < 0 && !final) return start;
      const lineEnd = end < 0 ? buffer.length : end;
      if (quote !== -1 && quote < start) quote = buffer.indexOf('"', start);
      if (quote >= 0 && quote < lineEnd) {
        const quoted = readQuotedRecord(buffer, start, delimiter, final);
        if (!quoted) return start;
        this.emit(quoted.fields);
        start = quoted.next;
        continue;
      }
      if (lineEnd > start) this.emit(splitPlain(buffer, start, lineEnd, delimiter));
      start = lineEnd + 1;
      if (buffer.charCodeAt(lineEnd) === 13 && buffer.charCodeAt(start) === 10) start++;
      if (end < 0) break;
    }
    return Math.min(start, buffer.length);
  }

  private emit(fields: string[]) {
    if (fields.length === 1 && fields[0].trim() === '') return;
    this.row++;
    this.onRecord(fields, this.row);
  }
}

function splitPlain(buffer: string, start: number, end: number, delimiter: string): string[] {
  const fields: string[] = [];
  let from = start;
  for (;;) {
    const at = buffer.indexOf(delimiter, from);
    if (at < 0 || at >= end) {
      fields.push(buffer.slice(from, end));
      return fields;
    }
    fields.push(buffer.slice(from, at));
    from = at + 1;
  }
}

/**
 * One record that holds a quote, read character by character from `start`; null when the
 * buffer ends inside it (more text is needed) and this is not the final chunk.
 */
function readQuotedRecord(
  buffer: string,
  start: number,
  delimiter: string,
  final: boolean,
): { fields: string[]; next: number } | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = start;
  while (i < buffer.length) {
    const char = buffer[i];
    if (quoted) {
      if (char === '"') {
        if (buffer[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        if (i + 1 >= buffer.length && !final) return null;
        quoted = false;
      } else field += char;
      i++;
      continue;
    }
    if (char === '"') quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      fields.push(field);
      let next = i + 1;
      if (char === '\r') {
        if (next >= buffer.length && !final) return null;
        if (buffer[next] === '\n') next++;
      }
      return { fields, next };
    } else field += char;
    i++;
  }
  if (!final) return null;
  fields.push(field);
  return { fields, next: buffer.length };
}
