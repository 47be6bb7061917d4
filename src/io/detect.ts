/**
 * Which reader a file needs, from its content first and its name second: people rename files
 * (a `.txt` that is really a CSV, a `.xml` that is really GEXF, a Pajek file saved as `.txt`).
 * Formats Clusterscope does not read are still named, so the user hears what the file is and
 * how to convert it, not that a spreadsheet is wrong.
 */
import { decodeText } from './decode.ts';
import { isGzip, isZip, listZip } from './zip.ts';

/** Formats read. JSON is read as `json` and named by its dialect once parsed. */
export const READ_FORMATS = [
  'csv',
  'xlsx',
  'gexf',
  'graphml',
  'xgmml',
  'pajek',
  'pajek-partition',
  'pajek-vector',
  'gml',
  'ucinet-dl',
  'edgelist',
  'json',
  'graphology-json',
  'sigma-json',
  'gephi-lite',
  'kumu-json',
  'cytoscape-json',
  'cytoscape-cx',
  'node-link-json',
  'project',
] as const;

/** Formats recognised but not read: each gets its name and a way to convert it. */
export const REFUSED_FORMATS = [
  'xls',
  'encrypted-workbook',
  'ods',
  'gephi-project',
  'dot',
  'graph-tool-binary',
  'ucinet-binary',
  'pickle',
  'zip',
  'pdf',
  'unknown',
] as const;

export const FORMATS = [...READ_FORMATS, ...REFUSED_FORMATS] as const;
export type FileFormat = (typeof FORMATS)[number];
export type RefusedFormat = (typeof REFUSED_FORMATS)[number];

export function isRefused(format: FileFormat): format is RefusedFormat {
  return (REFUSED_FORMATS as readonly string[]).includes(format);
}

/** The formats read, as a user would name them (for "this is what Clusterscope reads"). */
export const UNDERSTOOD =
  'CSV/TSV tables and XLSX workbooks, GEXF, GraphML (yEd included), Pajek .net/.paj, GML, UCINET DL, Cytoscape XGMML, CX and JSON, graphology JSON (sigma.js, Gephi Lite), Kumu JSON, NetworkX node-link JSON and edge lists, and Clusterscope project files';

/** File name endings the file picker offers (content decides the format, whatever the name). */
export const ACCEPTED_EXTENSIONS =
  '.csv,.tsv,.txt,.xlsx,.xlsm,.gexf,.graphml,.xml,.json,.net,.paj,.clu,.vec,.gml,.dl,.xgmml,.cx,.cx2,.cyjs,.edgelist,.ncol,.gz';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const GRAPH_TOOL_MAGIC = [0xe2, 0x9b, 0xbe, 0x20, 0x67, 0x74]; // "⛾ gt"

export function detectFormat(name: string, bytes: Uint8Array): FileFormat {
  const extension = extensionOf(name);
  if (isZip(bytes)) return zipFormat(bytes, extension);
  if (startsWith(bytes, OLE_MAGIC)) return oleFormat(bytes);
  if (startsWith(bytes, GRAPH_TOOL_MAGIC)) return 'graph-tool-binary';
  if (bytes[0] === 0x80 && bytes[1] >= 2 && bytes[1] <= 5) return 'pickle';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (extension === '##h' || extension === '##d') return 'ucinet-binary';
  if (isGzip(bytes)) return 'unknown'; // unpacked by the source reader before detection
  if (isBinary(bytes)) return 'unknown';
  const raw = decodeText(bytes.subarray(0, 8192)).text.replace(/^\ufeff/, '');
  const head = stripComments(raw);
  if (head.startsWith('<')) return xmlFormat(head, extension);
  if (head.startsWith('{') || head.startsWith('[')) return extension === 'clusterscope' ? 'project' : 'json';
  if (/^\*(network|vertices|arcs|edges|matrix)\b/i.test(head)) {
    if (extension === 'clu') return 'pajek-partition';
    if (extension === 'vec') return 'pajek-vector';
    return 'pajek';
  }
  if (/^\*partition\b/i.test(head)) return 'pajek-partition';
  if (/^\*vector\b/i.test(head)) return 'pajek-vector';
  if (/^dl(\s|$)/i.test(head)) return 'ucinet-dl';
  if (/^(strict\s+)?(di)?graph\b[^[{]*\{/i.test(head.replace(/^(\s*(\/\*[\s\S]*?\*\/|\/\/[^\n]*))*\s*/, '')))
    return 'dot';
  if (/^([A-Za-z_][\w]*\s+("[^"]*"|[-+.\w]+)\s+)*graph\s*\[/.test(head)) return 'gml';
  if (['xlsx', 'xlsm'].includes(extension)) return 'xlsx';
  if (extension === 'json') return 'json';
  if (isWhitespaceEdgeList(raw, bytes.length <= 8192)) return 'edgelist';
  return 'csv';
}

function extensionOf(name: string): string {
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  return /\.([^.]+)$/.exec(lower)?.[1] ?? '';
}

/**
 * Text files hold no NUL bytes (except UTF-16, where every other byte of ASCII text is NUL) and
 * few control characters other than tab, line ends and form feed.
 */
function isBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const head = bytes.subarray(0, 4096);
  let zeros = 0;
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) zeros++;
    else if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) controls++;
  }
  // UTF-16 without a byte-order mark: about half the bytes are NUL.
  if (zeros > 0 && zeros < head.length * 0.3) return true;
  return controls > head.length * 0.05;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** ZIP archives: an XLSX workbook, an OpenDocument spreadsheet, a Gephi project, or something else. */
function zipFormat(bytes: Uint8Array, extension: string): FileFormat {
  const entries = listZip(bytes);
  if (!Array.isArray(entries)) return ['xlsx', 'xlsm'].includes(extension) ? 'xlsx' : 'zip';
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('xl/workbook.xml') || [...names].some((entry) => entry.startsWith('xl/'))) return 'xlsx';
  if (names.has('mimetype') && names.has('content.xml')) return 'ods';
  if (extension === 'gephi' || [...names].some((entry) => /^Project_xml$|^Workspace_\d+/i.test(entry)))
    return 'gephi-project';
  return 'zip';
}

/**
 * OLE compound files: Excel 97–2003 workbooks, and also password-protected XLSX workbooks,
 * which Excel wraps, encrypted, in the old container (with an "EncryptionInfo" stream).
 */
function oleFormat(bytes: Uint8Array): FileFormat {
  if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage'))
    return 'encrypted-workbook';
  if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) return 'xls';
  return 'unknown';
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const first = word.charCodeAt(0);
  outer: for (
    let i = bytes.indexOf(first);
    i >= 0 && i + word.length * 2 <= bytes.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let k = 0; k < word.length; k++) {
      if (bytes[i + 2 * k] !== word.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function xmlFormat(head: string, extension: string): FileFormat {
  const body = head.replace(/^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*/i, '').trimStart();
  const match = /^<([\w:.-]+)([^>]*)>?/.exec(body);
  const root = match?.[1]?.toLowerCase() ?? '';
  const local = root.includes(':') ? root.slice(root.indexOf(':') + 1) : root;
  if (local === 'gexf') return 'gexf';
  if (local === 'graphml') return 'graphml';
  if (local === 'graph' && /xgmml|cs\.rpi\.edu/i.test(match?.[2] ?? '')) return 'xgmml';
  if (local === 'graph' && extension === 'xgmml') return 'xgmml';
  if (extension === 'gexf') return 'gexf';
  if (extension === 'graphml') return 'graphml';
  return 'unknown';
}

/** Drops leading blank lines and `%` (Pajek) or `#` (GML, edge lists) comment lines. */
function stripComments(text: string): string {
  return text.replace(/^(\s*([%#][^\n\r]*)?(\r\n|\n|\r))*/, '').trimStart();
}

/**
 * A headerless edge list separated by spaces, as NetworkX's write_edgelist and write_adjlist and
 * igraph's write_ncol make it: lines of names, optionally a weight or a Python dict of data, no
 * comma, semicolon, tab or pipe outside the dict. Without NetworkX's `#` comment lines on top,
 * the lines must look like ties (two names, perhaps a number), the first one included, so that
 * a list of names with spaces in them is not taken for one.
 */
function isWhitespaceEdgeList(text: string, complete: boolean): boolean {
  const all = text.split(/\r\n|\n|\r/).slice(0, 50);
  if (!complete && all.length > 1) all.pop(); // the last line may be cut off
  const commented = all.some((line) => line.trimStart().startsWith('#'));
  const lines = all.filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  if (lines.length === 0) return false;
  const data = lines.map((line) => line.replace(/\{.*\}\s*$/, ''));
  if (data.some((line) => /[,;\t|]/.test(line))) return false;
  const counts = data.map((line) => line.trim().split(/\s+/).length);
  if (!counts.some((count) => count >= 2)) return false;
  if (commented) return true;
  if (counts[0] < 2) return false;
  return data.every((line, i) => {
    const tokens = line.trim().split(/\s+/);
    return counts[i] <= 2 || (counts[i] === 3 && Number.isFinite(Number(tokens[2])));
  });
}
