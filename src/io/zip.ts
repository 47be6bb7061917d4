/**
 * ZIP and gzip archives, read defensively. Workbooks (XLSX) are ZIP archives, and a few
 * kilobytes can declare or unpack to gigabytes (a "zip bomb"). Before any reader sees an
 * archive, its central directory is read and each entry is unpacked once, counting bytes: the
 * archive is refused when the sizes it declares, or the sizes it really unpacks to, pass a
 * limit the user can raise, and when an entry unpacks to more than it declares.
 * Unpacking is fflate's (a small, dependency-free inflate that runs in browsers and Node);
 * the directory walk is ours, because no reader we use reports sizes before unpacking.
 */
import { Gunzip, Inflate } from 'fflate';

/** Default limit on what an archive may unpack to, all entries together. */
export const DEFAULT_MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** The uncompressed size the archive declares. */
  size: number;
  /** Where the entry's local header starts. */
  headerOffset: number;
}

export type ArchiveProblem =
  | { code: 'archive-too-large'; size: number; declared?: number; limit: number }
  | { code: 'archive-lies'; entry: string; declared: number }
  /** `reasonCode` names the damage for the catalogs; `reason` says it in English. */
  | { code: 'invalid-archive'; reason: string; reasonCode: ArchiveDamage; entry?: string };

export type ArchiveDamage = 'cutOff' | 'zip64' | 'directory' | 'entryDamaged' | 'compression' | 'other';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A ZIP archive starts with a local header, or (empty or spanned) with its end record or a spanning marker. */
export function isZip(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  const [third, fourth] = [bytes[2], bytes[3]];
  return (third === 3 && fourth === 4) || (third === 5 && fourth === 6) || (third === 7 && fourth === 8);
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The archive's entries as its central directory lists them. */
export function listZip(bytes: Uint8Array): ZipEntry[] | ArchiveProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0)
    return {
      code: 'invalid-archive',
      reason: 'the archive is cut off (no central directory)',
      reasonCode: 'cutOff',
    };
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (
    (count === 0xffff || offset === 0xffffffff) &&
    end >= 20 &&
    view.getUint32(end - 20, true) === ZIP64_LOCATOR
  ) {
    const record = Number(view.getBigUint64(end - 12, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD)
      return { code: 'invalid-archive', reason: 'a damaged ZIP64 directory', reasonCode: 'zip64' };
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      return { code: 'invalid-archive', reason: 'a damaged central directory', reasonCode: 'directory' };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      headerOffset: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    readZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** ZIP64 keeps sizes past 4 GB in an extra field, in this order, only for the fields set to 0xFFFFFFFF. */
function readZip64Extra(view: DataView, from: number, length: number, entry: ZipEntry): void {
  for (let at = from; at + 4 <= from + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      if (entry.size === 0xffffffff && field + 8 <= at + 4 + size) {
        entry.size = Number(view.getBigUint64(field, true));
        field += 8;
      }
      if (entry.compressedSize === 0xffffffff && field + 8 <= at + 4 + size) {
        entry.compressedSize = Number(view.getBigUint64(field, true));
        field += 8;
      }
      if (entry.headerOffset === 0xffffffff && field + 8 <= at + 4 + size)
        entry.headerOffset = Number(view.getBigUint64(field, true));
    }
    at += 4 + size;
  }
}

/**
 * Unpacks an archive defensively: first the sizes its directory declares are checked against the
 * limit, then each entry is unpacked counting bytes, and refused the moment it passes the size
 * it declared. Returns each entry's bytes by name, or the problem found.
 */
export function unzip(
  bytes: Uint8Array,
  limit = DEFAULT_MAX_UNPACKED_BYTES,
): Map<string, Uint8Array> | ArchiveProblem {
  const entries = listZip(bytes);
  if (!Array.isArray(entries)) return entries;
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > limit) return { code: 'archive-too-large', size: declared, limit };
  // Declared sizes add up to no more than the limit, so an entry that keeps to its own
  // declared size keeps the whole archive under it.
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const content = readEntry(bytes, entry, entry.size);
    if (!(content instanceof Uint8Array)) return content;
    files.set(entry.name, content);
  }
  return files;
}

/**
 * As `unzip`, using the platform's own inflate (DecompressionStream, in browsers and Node) where
 * it has one: three times faster than a JavaScript inflate on a large sheet.
 */
export async function unzipAsync(
  bytes: Uint8Array,
  limit = DEFAULT_MAX_UNPACKED_BYTES,
): Promise<Map<string, Uint8Array> | ArchiveProblem> {
  if (typeof DecompressionStream === 'undefined') return unzip(bytes, limit);
  const entries = listZip(bytes);
  if (!Array.isArray(entries)) return entries;
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > limit) return { code: 'archive-too-large', size: declared, limit };
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const data = entryData(bytes, entry);
    if (!(data instanceof Uint8Array)) return data;
    const content =
      entry.method === 8 ? await inflateNative(data, entry) : readEntry(bytes, entry, entry.size);
    if (!(content instanceof Uint8Array)) return content;
    files.set(entry.name, content);
  }
  return files;
}

async function inflateNative(data: Uint8Array, entry: ZipEntry): Promise<Uint8Array | ArchiveProblem> {
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = new Blob([data as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
  } catch {
    return unpackEntryToBytes(data, entry);
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      total += next.value.length;
      if (total > entry.size) {
        await reader.cancel();
        return { code: 'archive-lies', entry: entry.name, declared: entry.size };
      }
      chunks.push(next.value);
    }
  } catch (thrown) {
    return {
      code: 'invalid-archive',
      reason: `entry "${entry.name}" is damaged (${thrown instanceof Error ? thrown.message : String(thrown)})`,
      reasonCode: 'entryDamaged',
      entry: entry.name,
    };
  }
  return concat(chunks, total);
}

function unpackEntryToBytes(data: Uint8Array, entry: ZipEntry): Uint8Array | ArchiveProblem {
  const chunks: Uint8Array[] = [];
  const size = inflateCounting(new Inflate(), data, entry.size, (chunk) => chunks.push(chunk), entry);
  return typeof size === 'number' ? concat(chunks, size) : size;
}

/** The compressed bytes of an entry, after its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | ArchiveProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.headerOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL)
    return {
      code: 'invalid-archive',
      reason: `entry "${entry.name}" is damaged`,
      reasonCode: 'entryDamaged',
      entry: entry.name,
    };
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/** One entry's bytes, unpacked, at most `limit` of them. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array | ArchiveProblem {
  const chunks: Uint8Array[] = [];
  const size = unpackEntry(bytes, entry, limit, (chunk) => chunks.push(chunk));
  if (typeof size !== 'number') return size;
  return concat(chunks, size);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0].length === size) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Compressed bytes fed at a time: small enough to stop a bomb early, large enough to be fast. */
const CHUNK = 1024 * 1024;

/** Unpacks one entry, counting bytes, stopping as soon as it passes `limit`. */
function unpackEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limit: number,
  onChunk?: (chunk: Uint8Array) => void,
): number | ArchiveProblem {
  const data = entryData(bytes, entry);
  if (!(data instanceof Uint8Array)) return data;
  if (entry.method === 0) {
    if (data.length > limit) return { code: 'archive-lies', entry: entry.name, declared: entry.size };
    onChunk?.(data);
    return data.length;
  }
  if (entry.method !== 8)
    return {
      code: 'invalid-archive',
      reason: `entry "${entry.name}" uses an unknown compression`,
      reasonCode: 'compression',
      entry: entry.name,
    };
  return inflateCounting(new Inflate(), data, limit, onChunk, entry);
}

class TooLarge extends Error {}

function inflateCounting(
  stream: Inflate | Gunzip,
  data: Uint8Array,
  limit: number,
  onChunk: ((chunk: Uint8Array) => void) | undefined,
  entry?: ZipEntry,
): number | ArchiveProblem {
  let total = 0;
  stream.ondata = (chunk) => {
    total += chunk.length;
    if (total > limit) throw new TooLarge();
    onChunk?.(chunk);
  };
  try {
    for (let at = 0; at < data.length; at += CHUNK)
      stream.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
    if (data.length === 0) stream.push(new Uint8Array(0), true);
  } catch (thrown) {
    if (thrown instanceof TooLarge)
      return entry
        ? { code: 'archive-lies', entry: entry.name, declared: entry.size }
        : { code: 'archive-too-large', size: total, limit };
    return {
      code: 'invalid-archive',
      reason: thrown instanceof Error ? thrown.message : String(thrown),
      reasonCode: 'other',
    };
  }
  return total;
}

/** A gzip file unpacked, at most `limit` bytes. */
export function gunzip(bytes: Uint8Array, limit = DEFAULT_MAX_UNPACKED_BYTES): Uint8Array | ArchiveProblem {
  const chunks: Uint8Array[] = [];
  const size = inflateCounting(new Gunzip(), bytes, limit, (chunk) => chunks.push(chunk));
  if (typeof size !== 'number') return size;
  return concat(chunks, size);
}
