/**
 * The smallest XLSX workbooks that Excel, LibreOffice and our reader open, written part by part,
 * so fixtures and hostile files can hold exactly the quirk they test: a hidden sheet, a date
 * cell with serial 1, a cell at XFD1048576, an archive that lies about its sizes.
 */
import { strToU8, zipSync } from 'fflate';

export interface SheetSpec {
  name: string;
  /** Rows of cells: strings are inline text, numbers are numbers, `{ date: serial }` a date cell. */
  rows: (string | number | { date: number } | null)[][];
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Extra raw `<c>` elements appended to the last row (for far-away cells). */
  extraCells?: string;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function sheetXml(sheet: SheetSpec): string {
  const rows = sheet.rows.map((cells, r) => {
    const xml = cells
      .map((cell, c) => {
        const ref = `${columnName(c)}${r + 1}`;
        if (cell === null) return '';
        if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
        if (typeof cell === 'object') return `<c r="${ref}" s="1"><v>${cell.date}</v></c>`;
        return `<c r="${ref}" t="inlineStr"><is><t>${escapeText(cell)}</t></is></c>`;
      })
      .join('');
    const extra = r === sheet.rows.length - 1 ? (sheet.extraCells ?? '') : '';
    return `<row r="${r + 1}">${xml}${extra}</row>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/** The parts of a workbook, by path, so a caller can change one before zipping. */
export function workbookParts(sheets: SheetSpec[]): Record<string, string> {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
      .map(
        (_sheet, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map(
        (sheet, i) =>
          `<sheet name="${escapeText(sheet.name)}" sheetId="${i + 1}"${sheet.state && sheet.state !== 'visible' ? ` state="${sheet.state}"` : ''} r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_sheet, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  };
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet);
  });
  return parts;
}

export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(parts).map(([path, content]) => [
        path,
        typeof content === 'string' ? strToU8(content) : content,
      ]),
    ),
    { level: 9, mtime: new Date('2024-01-01T00:00:00Z') },
  );
}

export function minimalXlsx(sheets: SheetSpec[]): Uint8Array {
  return zipParts(workbookParts(sheets));
}

/**
 * Rewrites the uncompressed sizes an archive declares for one entry (in its local header and
 * its central directory), as a hostile archive does to slip past a size check.
 */
export function declareSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const name = strToU8(entry);
  for (let i = 0; i + 46 < bytes.length; i++) {
    const signature = view.getUint32(i, true);
    const local = signature === 0x04034b50;
    const central = signature === 0x02014b50;
    if (!local && !central) continue;
    const nameLength = view.getUint16(i + (local ? 26 : 28), true);
    const start = i + (local ? 30 : 46);
    if (nameLength !== name.length || !name.every((byte, k) => bytes[start + k] === byte)) continue;
    view.setUint32(i + (local ? 22 : 24), size, true);
  }
  return bytes;
}
