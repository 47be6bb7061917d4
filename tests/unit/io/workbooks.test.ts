/**
 * Workbooks and archives: zip bombs (declared, lying, sparse) are refused before they are read,
 * with a limit the user can raise; hidden sheets are listed, not imported; dates follow Excel's
 * calendar; encrypted and old workbooks are named; gzip files are unpacked within the limit.
 */
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  declaredBombXlsx,
  hiddenSheetXlsx,
  lyingBombXlsx,
  oleFile,
  sparseBombXlsx,
} from '../../../scripts/hostile-files.ts';
import { minimalXlsx, workbookParts, zipParts } from '../../../scripts/lib/minimal-xlsx.ts';
import { importFiles } from '../../../src/io/index.ts';
import { excelDate } from '../../../src/io/xlsx-parts.ts';
import { unzip } from '../../../src/io/zip.ts';

describe('zip bombs end in a refusal, before they are read', () => {
  it('an archive declaring gigabytes, one lying about its size, and one far-away cell', async () => {
    const cases: [string, Uint8Array, string][] = [
      ['declared.xlsx', declaredBombXlsx(4), 'archive-too-large'],
      ['lying.xlsx', lyingBombXlsx(20), 'archive-lies'],
      ['sparse.xlsx', sparseBombXlsx(), 'sheet-too-sparse'],
    ];
    for (const [name, bytes, code] of cases) {
      const { report } = await importFiles([{ name, bytes }]);
      expect(report.outcome.status, name).toBe('failed');
      expect(
        report.issues.map((found) => found.code),
        name,
      ).toEqual([code]);
      expect(report.outcome.cause?.message, name).not.toMatch(/stack|undefined|RangeError/i);
    }
  });

  it('the limit can be raised for an archive one trusts', async () => {
    const rows = [
      ['source', 'target'],
      ...Array.from({ length: 3000 }, (_, i) => [`Firm ${i}`, `Firm ${i + 1}`]),
    ];
    const bytes = minimalXlsx([{ name: 'edges', rows }]);
    const small = await importFiles([{ name: 'big.xlsx', bytes }], { maxUnpackedBytes: 50_000 });
    expect(small.report.issues[0]).toMatchObject({
      code: 'archive-too-large',
      params: expect.objectContaining({ limit: '0.0' }),
    });
    const raised = await importFiles([{ name: 'big.xlsx', bytes }], { maxUnpackedBytes: 10 * 2 ** 20 });
    expect(raised.report.relationCount).toBe(3000);
  });

  it('the directory walk finds what a damaged archive hides', () => {
    expect(unzip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({
      code: 'invalid-archive',
    });
    const parts = workbookParts([{ name: 'a', rows: [['x']] }]);
    const files = unzip(zipParts(parts));
    expect(files instanceof Map && [...files.keys()].sort()).toEqual(Object.keys(parts).sort());
  });
});

describe('what a workbook holds', () => {
  it('a hidden sheet is listed and its rows left out, not imported without a word', async () => {
    const { report } = await importFiles([{ name: 'book.xlsx', bytes: hiddenSheetXlsx() }]);
    expect(report.relationCount).toBe(2);
    expect(report.outcome.status).toBe('partial');
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'hidden-sheet', params: { sheet: 'old relations' } }),
    ]);
    expect(report.rejected).toEqual([
      expect.objectContaining({ file: 'book.xlsx [old relations]', row: 2, code: 'hidden-sheet' }),
    ]);
  });

  it('Excel serial dates: 1 is 1900-01-01, 61 is 1900-03-01, 45000 is 2023-03-15; the 1904 system too', () => {
    expect(excelDate(1, false)).toBe('1900-01-01');
    expect(excelDate(59, false)).toBe('1900-02-28');
    expect(excelDate(61, false)).toBe('1900-03-01');
    expect(excelDate(45000, false)).toBe('2023-03-15');
    expect(excelDate(45000.5, false)).toBe('2023-03-15T12:00:00');
    expect(excelDate(0, true)).toBe('1904-01-01');
  });

  it('shared strings with rich text, booleans, formulas, escapes and entities', async () => {
    const parts = workbookParts([{ name: 'Relaties & co', rows: [] }]);
    parts['xl/sharedStrings.xml'] =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>source</t></si><si><t>target</t></si><si><r><t>Van </t></r><r><rPr><b/></rPr><t>den Berg</t></r><rPh><t>ignored</t></rPh></si><si><t xml:space="preserve">Müller &amp; Söhne_x000D_</t></si></sst>';
    parts['xl/worksheets/sheet1.xml'] =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>formal</t></is></c><c r="D1" t="inlineStr"><is><t>note</t></is></c></row><row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="s"><v>3</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="str"><f>A3&amp;"!"</f><v>Van den Berg!</v></c></row></sheetData></worksheet>';
    parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace(
      '</Types>',
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    );
    const { ecosystem, report } = await importFiles([{ name: 'book.xlsx', bytes: zipParts(parts) }]);
    expect(report.files[0]).toMatchObject({ sheet: 'Relaties & co', rows: 1, blankRows: 1 });
    const [edge] = ecosystem.edges();
    // _x000D_ is a carriage return, trimmed like any space around a name.
    expect(ecosystem.extremities(edge).sort()).toEqual(['Müller & Söhne', 'Van den Berg']);
    expect(ecosystem.getEdgeAttribute(edge, 'fields')).toEqual({ formal: true, note: 'Van den Berg!' });
  });

  it('password-protected and old Excel workbooks are named, with what to do', async () => {
    const { report } = await importFiles([
      { name: 'secret.xlsx', bytes: oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']) },
      { name: 'old.xls', bytes: oleFile(['Root Entry', 'Workbook']) },
    ]);
    expect(report.files.map((file) => file.format)).toEqual(['encrypted-workbook', 'xls']);
    expect(report.issues[0].message).toMatch(/password-protected.*remove the password/);
    expect(report.issues[1].message).toMatch(/Excel 97–2003 workbook.*save it as \.xlsx/);
  });
});

describe('gzip', () => {
  it('a .gz network file is unpacked and read; one unpacking past the limit is refused', async () => {
    const graphml =
      '<graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>';
    const packed = gzipSync(new TextEncoder().encode(graphml));
    const { report } = await importFiles([{ name: 'network.graphml.gz', bytes: packed }]);
    expect(report.files[0].format).toBe('graphml');
    expect(report.relationCount).toBe(1);
    const bomb = gzipSync(new Uint8Array(2 * 2 ** 20));
    const refused = await importFiles([{ name: 'bomb.csv.gz', bytes: bomb }], { maxUnpackedBytes: 2 ** 20 });
    expect(refused.report.issues[0].code).toBe('archive-too-large');
  });
});
