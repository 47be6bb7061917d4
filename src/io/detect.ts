/**
 * Which reader a file needs, from its first bytes and then its name: an XLSX is a ZIP archive;
 * GEXF and GraphML are XML with their own root element; graphology JSON and project files are
 * JSON objects; everything else is read as delimited text. Content wins over the extension,
 * because people rename files (a `.txt` that is really a CSV, a `.xml` that is really GEXF).
 */
import { decodeText } from './decode.ts';

export const FORMATS = ['csv', 'xlsx', 'gexf', 'graphml', 'graphology-json', 'project', 'unknown'] as const;
export type FileFormat = (typeof FORMATS)[number];

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLD_EXCEL_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export function detectFormat(name: string, bytes: Uint8Array): FileFormat {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLD_EXCEL_MAGIC)) return 'unknown'; // legacy .xls: Excel can save it as .xlsx
  const head = decodeText(bytes.subarray(0, 4096)).text.trimStart();
  if (head.startsWith('<')) {
    const root = /<(?![?!])([\w:.-]+)/.exec(stripXmlPreamble(head))?.[1]?.toLowerCase() ?? '';
    if (root.endsWith('gexf')) return 'gexf';
    if (root.endsWith('graphml')) return 'graphml';
    if (extension === 'gexf') return 'gexf';
    if (extension === 'graphml') return 'graphml';
    return 'unknown';
  }
  if (head.startsWith('{')) {
    if (/"format"\s*:\s*"clusterscope-project"/.test(head) || extension === 'clusterscope') return 'project';
    return 'graphology-json';
  }
  if (['xlsx', 'xlsm'].includes(extension)) return 'xlsx';
  if (extension === 'json') return 'graphology-json';
  return 'csv';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Drops the XML declaration, comments and a doctype so the root element comes first. */
function stripXmlPreamble(text: string): string {
  return text.replace(/^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*/i, '');
}
