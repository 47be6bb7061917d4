/**
 * Bytes to text. Spreadsheet exports arrive as UTF-8 (often with a byte-order mark from Excel)
 * or as Windows-1252 from older Excel versions on Dutch, Belgian and German machines.
 * UTF-8 is tried strictly first; bytes that are not valid UTF-8 are read as Windows-1252.
 */

export type TextEncoding = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  hadByteOrderMark: boolean;
}

export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): DecodedText {
  const hadByteOrderMark = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadByteOrderMark ? bytes.subarray(3) : bytes;
  if (encoding === 'windows-1252')
    return { text: new TextDecoder('windows-1252').decode(body), encoding, hadByteOrderMark };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(body),
      encoding: 'utf-8',
      hadByteOrderMark,
    };
  } catch {
    if (encoding === 'utf-8')
      return { text: new TextDecoder('utf-8').decode(body), encoding, hadByteOrderMark };
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252', hadByteOrderMark };
  }
}
