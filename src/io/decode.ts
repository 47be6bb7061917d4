/**
 * Bytes to text. Spreadsheet exports arrive as UTF-8 (often with a byte-order mark from Excel),
 * as Windows-1252 from older Excel versions on Dutch, Belgian and German machines, or as
 * UTF-16 from Excel's "Unicode text" export. A byte-order mark decides. Otherwise the bytes
 * are weighed: a file with valid UTF-8 sequences is UTF-8 even when a few bytes are broken
 * (those are marked U+FFFD and reported by row), never re-read as another encoding, which
 * would garble every "ü" in it ("MÃ¼ller"); a file whose only non-ASCII bytes are invalid
 * UTF-8 is Windows-1252.
 */

export const TEXT_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** What a decoder writes for a byte it cannot read; readers report the rows that hold it. */
export const REPLACEMENT = '\ufffd';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  hadByteOrderMark: boolean;
  /** Bytes that were not valid in the encoding, each shown as U+FFFD in the text. */
  invalidBytes: number;
}

export function isTextEncoding(value: string): value is TextEncoding {
  return (TEXT_ENCODINGS as readonly string[]).includes(value);
}

export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): DecodedText {
  const marked = byteOrderMark(bytes);
  const body = marked ? bytes.subarray(marked.length) : bytes;
  const chosen = encoding ?? marked?.encoding ?? sniffUtf16(body);
  const hadByteOrderMark = !!marked;
  if (chosen && chosen !== 'utf-8') {
    const text = new TextDecoder(chosen).decode(body);
    // Windows-1252 has a character for every byte; UTF-16 can still hold unpaired surrogates.
    const invalidBytes = chosen === 'windows-1252' ? 0 : countReplacements(text);
    return { text, encoding: chosen, hadByteOrderMark, invalidBytes };
  }
  const { valid, invalid } = weighUtf8(body);
  if (invalid === 0 || chosen === 'utf-8' || valid >= invalid) {
    return {
      text: new TextDecoder('utf-8').decode(body),
      encoding: 'utf-8',
      hadByteOrderMark,
      invalidBytes: invalid,
    };
  }
  return {
    text: new TextDecoder('windows-1252').decode(body),
    encoding: 'windows-1252',
    hadByteOrderMark: false,
    invalidBytes: 0,
  };
}

function byteOrderMark(bytes: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a byte-order mark: ASCII text leaves every other byte zero. */
function sniffUtf16(bytes: Uint8Array): TextEncoding | undefined {
  const length = Math.min(bytes.length, 2048) & ~1;
  if (length < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and bytes that fit no sequence, in one pass.
 * (TextDecoder's fatal mode says only whether a file is valid, not how much of it is.)
 */
export function weighUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const byte = bytes[i];
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length =
      byte >= 0xc2 && byte <= 0xdf
        ? 2
        : byte >= 0xe0 && byte <= 0xef
          ? 3
          : byte >= 0xf0 && byte <= 0xf4
            ? 4
            : 0;
    let ok = length > 0 && i + length <= n;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok && length === 3) {
      const second = bytes[i + 1];
      ok = !(byte === 0xe0 && second < 0xa0) && !(byte === 0xed && second > 0x9f);
    }
    if (ok && length === 4) {
      const second = bytes[i + 1];
      ok = !(byte === 0xf0 && second < 0x90) && !(byte === 0xf4 && second > 0x8f);
    }
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf(REPLACEMENT); at >= 0; at = text.indexOf(REPLACEMENT, at + 1)) count++;
  return count;
}

/** 1-based line numbers of the lines holding a replacement character (at most `limit`). */
export function linesWithReplacement(text: string, limit = 1000): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (
    let at = text.indexOf(REPLACEMENT);
    at >= 0 && lines.length < limit;
    at = text.indexOf(REPLACEMENT, at + 1)
  ) {
    for (let i = from; i < at; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    }
    from = at;
    if (lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}
