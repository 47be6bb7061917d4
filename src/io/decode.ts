/**
 * Bytes to text. Spreadsheet exports arrive as UTF-8 (often with a byte-order mark from Excel),
 * as Windows-1252 from older Excel versions on Dutch, Belgian and German machines, or as
 * UTF-16 from Excel's "Unicode text" export. A byte-order mark decides; otherwise UTF-8 is tried
 * strictly first and bytes that are not valid UTF-8 are read as Windows-1252.
 */

export const TEXT_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  hadByteOrderMark: boolean;
}

export function isTextEncoding(value: string): value is TextEncoding {
  return (TEXT_ENCODINGS as readonly string[]).includes(value);
}

export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): DecodedText {
  const marked = byteOrderMark(bytes);
  const body = marked ? bytes.subarray(marked.length) : bytes;
  const chosen = encoding ?? marked?.encoding;
  if (chosen && chosen !== 'utf-8') {
    return { text: new TextDecoder(chosen).decode(body), encoding: chosen, hadByteOrderMark: !!marked };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { text, encoding: 'utf-8', hadByteOrderMark: !!marked };
  } catch {
    if (chosen === 'utf-8')
      return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', hadByteOrderMark: !!marked };
    return {
      text: new TextDecoder('windows-1252').decode(body),
      encoding: 'windows-1252',
      hadByteOrderMark: false,
    };
  }
}

function byteOrderMark(bytes: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}
