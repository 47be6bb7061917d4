/**
 * XLSX workbooks to tables, one per non-empty visible sheet.
 *
 * Before anything is read, the archive is checked (zip.ts): the sizes it declares and the sizes
 * it really unpacks to, against a limit the user can raise, so a few kilobytes cannot cost
 * gigabytes. Then each sheet's reach (its farthest cell with a value) is checked against the
 * number of cells a table of it would hold. Hidden sheets are named and left out; a workbook
 * Excel cannot open without a password never gets here (detect.ts names it).
 * The parts are read by xlsx-parts.ts (why not a library: see there).
 */
import type { MessageCode, MessageParams } from './messages.ts';
import { type Table, tableFromRows } from './table.ts';
import { dateStyles, sharedStrings, sheetCells, workbookInfo } from './xlsx-parts.ts';
import { DEFAULT_MAX_UNPACKED_BYTES, unzipAsync } from './zip.ts';

export interface Sheet {
  name: string;
  table: Table;
  /** Hidden in the workbook: read, so its rows can be listed, but left out of the network. */
  hidden?: boolean;
}

export interface WorkbookNote {
  code: MessageCode;
  params: MessageParams;
}

export type WorkbookReading = { sheets: Sheet[]; notes: WorkbookNote[] } | { problem: WorkbookNote };

/** Cells a sheet may span (farthest row × farthest column holding a value). */
const MAX_SHEET_CELLS = 20_000_000;
const MB = 1024 * 1024;

export async function readXlsx(
  bytes: Uint8Array,
  options: { headerRow?: number; maxUnpackedBytes?: number } = {},
): Promise<WorkbookReading> {
  const limit = options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES;
  const checked = await unzipAsync(bytes, limit);
  if (!(checked instanceof Map)) {
    if (checked.code === 'archive-too-large')
      return {
        problem: {
          code: 'archive-too-large',
          params: {
            size: megabytes(checked.size),
            over: 'no',
            sizeWords: megabytes(checked.size),
            ...(checked.declared !== undefined ? { declared: megabytes(checked.declared) } : {}),
            limit: megabytes(checked.limit),
            option: '--max-unpacked MB',
          },
        },
      };
    if (checked.code === 'archive-lies')
      return {
        problem: { code: 'archive-lies', params: { entry: checked.entry, declared: checked.declared } },
      };
    return {
      problem: {
        code: 'unreadable-workbook',
        params: { reason: `${checked.reason}.`, reasonCode: checked.reasonCode, entry: checked.entry ?? '' },
      },
    };
  }
  const text = (path: string): string | undefined => {
    const content = checked.get(path);
    return content ? new TextDecoder().decode(content) : undefined;
  };
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined)
    return {
      problem: {
        code: 'unreadable-workbook',
        params: { reason: 'it has no xl/workbook.xml part (not an Excel workbook).', reasonCode: 'notExcel' },
      },
    };
  const info = workbookInfo(workbook, text('xl/_rels/workbook.xml.rels') ?? '');
  const strings = sharedStrings(text('xl/sharedStrings.xml') ?? '');
  const dates = dateStyles(text('xl/styles.xml') ?? '');
  const notes: WorkbookNote[] = [];
  const sheets: Sheet[] = [];
  for (const sheet of info.sheets) {
    const xml = text(sheet.path);
    if (xml === undefined) continue;
    const reach = sheetReach(xml);
    if (reach.rows * reach.columns > MAX_SHEET_CELLS)
      return {
        problem: {
          code: 'sheet-too-sparse',
          params: { sheet: sheet.name, cell: reach.cell, cells: reach.rows * reach.columns },
        },
      };
    const { rows } = sheetCells(xml, strings, dates, info.date1904);
    const table = tableFromRows(rows, options);
    if (table.header.length === 0) continue;
    if (sheet.state === 'visible') sheets.push({ name: sheet.name, table });
    else sheets.push({ name: sheet.name, table, hidden: true });
  }
  return { sheets, notes };
}

function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);
}

/** The farthest row and column holding a value (cells written `<c r="XFD1048576">…</c>`). */
function sheetReach(xml: string) {
  let rows = 0;
  let columns = 0;
  let cell = '';
  for (const match of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"[^>]*?(\/?)>/g)) {
    if (match[3] === '/') continue; // an empty cell holds nothing to lay out
    const row = Number(match[2]);
    let column = 0;
    for (const letter of match[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
    if (row > rows || column > columns) cell = `${match[1]}${match[2]}`;
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  return { rows, columns, cell };
}
