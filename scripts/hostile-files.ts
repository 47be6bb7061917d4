/**
 * Damaged and hostile files, made on demand (they are large; none is committed), and a
 * measurement of what `clusterscope inspect` does with each: exit code, outcome, time and peak
 * memory. Each damage reproduces a way real files arrive broken.
 *
 *   npx tsx scripts/hostile-files.ts --out /tmp/hostile            # write the files
 *   npx tsx scripts/hostile-files.ts --out /tmp/hostile --measure  # and measure each
 *
 * The generators are exported for the property tests (tests/unit/io/damage.test.ts), which
 * make the same damages at random, smaller.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { declareSize, minimalXlsx, workbookParts, zipParts } from './lib/minimal-xlsx.ts';

const encoder = new TextEncoder();

/** An edge list of `rows` relations among `actors` names, one quote left open at data row `at`. */
export function unclosedQuoteCsv(rows: number, at: number): string {
  const lines = ['source,target,kind,strength'];
  for (let i = 1; i <= rows; i++) {
    const source = `Firm ${i % 997}`;
    const target = `Firm ${(i * 7 + 3) % 997}`;
    lines.push(i === at ? `"${source},${target},supply,2` : `${source},${target},supply,2`);
  }
  return `${lines.join('\n')}\n`;
}

/** UTF-8 with names like Müller, and one byte that is not UTF-8 in row `at`. */
export function strayByteCsv(rows: number, at: number): Uint8Array {
  const parts: Uint8Array[] = [encoder.encode('source,target,kind\n')];
  for (let i = 1; i <= rows; i++) {
    if (i === at)
      parts.push(encoder.encode(`Stra`), Uint8Array.of(0xdf), encoder.encode(`e GmbH,Müller ${i},supply\n`));
    else parts.push(encoder.encode(`Müller ${i},Société ${i + 1},supply\n`));
  }
  return concat(parts);
}

/** Relations whose lines end in CR, LF and CRLF, mixed. */
export function mixedLineEndingsCsv(rows: number): string {
  const endings = ['\r\n', '\n', '\r'];
  let text = `source,target,strength${endings[0]}`;
  for (let i = 1; i <= rows; i++) text += `A${i},B${i},${i}${endings[i % 3]}`;
  return text;
}

/** Rows with more cells than the header names. */
export function extraCellsCsv(rows: number): string {
  const lines = ['source,target'];
  for (let i = 1; i <= rows; i++) lines.push(i % 2 === 0 ? `A${i},B${i},note ${i},${i}` : `A${i},B${i}`);
  return `${lines.join('\n')}\n`;
}

/** A survey naming two partners whose names are `length` characters long and one letter apart. */
export function longNamesSurvey(length: number): string {
  const long = 'Van den Berg '.repeat(Math.ceil(length / 13)).slice(0, length);
  const other = `${long.slice(0, length - 1)}x`;
  return `respondent,partner\nAlpha,${long}\nBeta,${other}\n`;
}

/** An edge list naming one firm `count` ways that are equal after normalisation. */
export function spellingVariantsCsv(count: number): string {
  const forms = ['B.V.', 'BV', 'bv', 'B.V', 'b.v.'];
  const lines = ['source,target'];
  for (let i = 0; i < count; i++) {
    const spacing = ' '.repeat(1 + (i % 3));
    const name = `${i % 2 ? 'van' : 'Van'}${spacing}den Berg ${forms[i % forms.length]}${'.'.repeat(Math.floor(i / 15) % 50)}`;
    lines.push(`${name},Partner ${i % 1000}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `count` ties among about `count` firms, each firm written two ways (`Hollandia 12 Techniek`,
 * `Hollandia12 Technik`): --merge-similar has about twice `count` names to compare.
 */
export function similarNamesCsv(count: number): string {
  const lines = ['source,target'];
  const stems = [
    'Hollandia',
    'Brabantia',
    'Limburgia',
    'Zeelandia',
    'Frisia',
    'Drenthia',
    'Gelria',
    'Utrechtia',
  ];
  const name = (k: number, variant: boolean) => {
    const stem = stems[k % stems.length];
    const number = Math.floor(k / stems.length);
    return variant ? `${stem}${number} Technik` : `${stem} ${number} Techniek`;
  };
  for (let i = 0; i < count; i++) lines.push(`${name(i, false)},${name(i + 1, true)}`);
  return `${lines.join('\n')}\n`;
}

/** A workbook whose archive declares `gigabytes` of unpacked content. */
export function declaredBombXlsx(gigabytes: number): Uint8Array {
  const zip = minimalXlsx([
    {
      name: 'edges',
      rows: [
        ['source', 'target'],
        ['a', 'b'],
      ],
    },
  ]);
  return declareSize(zip, 'xl/worksheets/sheet1.xml', Math.min(0xfffffffe, gigabytes * 2 ** 30));
}

/** A workbook whose sheet unpacks to `megabytes` of XML while declaring a few hundred bytes. */
export function lyingBombXlsx(megabytes: number): Uint8Array {
  const parts = workbookParts([
    {
      name: 'edges',
      rows: [
        ['source', 'target'],
        ['a', 'b'],
      ],
    },
  ]);
  const filler = '<row><c/></row>'.repeat(Math.ceil((megabytes * 2 ** 20) / 15));
  parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml'].replace(
    '</sheetData>',
    `${filler}</sheetData>`,
  );
  return declareSize(zipParts(parts), 'xl/worksheets/sheet1.xml', 300);
}

/** A workbook whose one far-away cell (XFD1048576) would make a table of 17 billion cells. */
export function sparseBombXlsx(): Uint8Array {
  return minimalXlsx([
    {
      name: 'edges',
      rows: [
        ['source', 'target'],
        ['a', 'b'],
      ],
      extraCells: '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>',
    },
  ]);
}

export function hiddenSheetXlsx(): Uint8Array {
  return minimalXlsx([
    {
      name: 'relations',
      rows: [
        ['source', 'target'],
        ['Alpha', 'Beta'],
        ['Beta', 'Gamma'],
      ],
    },
    {
      name: 'old relations',
      state: 'hidden',
      rows: [
        ['source', 'target'],
        ['Alpha', 'Omega'],
      ],
    },
  ]);
}

export function serialDateXlsx(): Uint8Array {
  return minimalXlsx([
    {
      name: 'relations',
      rows: [
        ['source', 'target', 'signed'],
        ['Alpha', 'Beta', { date: 1 }],
        ['Beta', 'Gamma', { date: 45000 }],
      ],
    },
  ]);
}

/** The first sector of an OLE compound file naming the streams a workbook of that kind holds. */
export function oleFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let at = 512;
  for (const name of streams) {
    for (let k = 0; k < name.length; k++) bytes[at + 2 * k] = name.charCodeAt(k);
    at += 128;
  }
  return bytes;
}

/** A GEXF file cut off in the middle of its edges. */
export function truncatedGexf(nodes: number): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '<graph defaultedgetype="undirected">',
    '<nodes>',
  ];
  for (let i = 0; i < nodes; i++) lines.push(`<node id="n${i}" label="Firm ${i}"/>`);
  lines.push('</nodes>', '<edges>');
  for (let i = 1; i < nodes; i++) lines.push(`<edge id="e${i}" source="n${i - 1}" target="n${i}"/>`);
  const text = lines.join('\n');
  return text.slice(0, Math.floor(text.length * 0.9));
}

/** The sigma.js demo's shape: flat nodes and edges as [source, target] pairs. */
export function sigmaDemoJson(nodes: number): string {
  return JSON.stringify({
    nodes: Array.from({ length: nodes }, (_, i) => ({
      key: `n${i}`,
      label: `Topic ${i}`,
      cluster: String(i % 3),
      x: i,
      y: -i,
    })),
    edges: Array.from({ length: nodes - 1 }, (_, i) => [`n${i}`, `n${i + 1}`]),
    clusters: [0, 1, 2].map((key) => ({
      key: String(key),
      color: '#336699',
      clusterLabel: `Cluster ${key}`,
    })),
  });
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Every hostile file, by name, with the flags `inspect` gets for it. */
export function hostileFiles(): { name: string; content: string | Uint8Array; flags?: string[] }[] {
  return [
    { name: 'unclosed-quote-50k.csv', content: unclosedQuoteCsv(50_000, 10) },
    { name: 'stray-byte-utf8.csv', content: strayByteCsv(1000, 500) },
    { name: 'mixed-line-endings.csv', content: mixedLineEndingsCsv(5) },
    { name: 'extra-cells.csv', content: extraCellsCsv(10) },
    { name: 'long-similar-names.csv', content: longNamesSurvey(20_000) },
    { name: 'spelling-variants-130k.csv', content: spellingVariantsCsv(130_000) },
    { name: 'similar-names-20k.csv', content: similarNamesCsv(20_000), flags: ['--merge-similar'] },
    { name: 'declared-bomb.xlsx', content: declaredBombXlsx(4) },
    { name: 'lying-bomb.xlsx', content: lyingBombXlsx(400) },
    { name: 'sparse-bomb.xlsx', content: sparseBombXlsx() },
    { name: 'hidden-sheet.xlsx', content: hiddenSheetXlsx() },
    { name: 'serial-date.xlsx', content: serialDateXlsx() },
    { name: 'password.xlsx', content: oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']) },
    { name: 'old-excel.xls', content: oleFile(['Root Entry', 'Workbook', 'SummaryInformation']) },
    { name: 'truncated.gexf', content: truncatedGexf(2000) },
    { name: 'sigma-demo-shape.json', content: sigmaDemoJson(2000) },
  ];
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' }, measure: { type: 'boolean' } } });
  const out = values.out ?? 'hostile-files';
  mkdirSync(out, { recursive: true });
  const files = hostileFiles();
  for (const { name, content } of files) writeFileSync(join(out, name), content);
  console.log(`${files.length} files in ${out}`);
  if (!values.measure) return;
  console.log('file | exit | outcome | actors | relations | rows kept/left out | wall s | CPU s | peak MB');
  for (const { name, flags = [] } of files) {
    const run = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        '%e %U %S %M',
        process.execPath,
        'bin/clusterscope.mjs',
        'inspect',
        '--json',
        ...flags,
        join(out, name),
      ],
      {
        encoding: 'utf8',
        maxBuffer: 1024 * 1024 * 1024,
      },
    );
    const [seconds, user, system, kilobytes] = (run.stderr.trim().split('\n').pop() ?? '').split(' ');
    let summary = 'no report';
    try {
      const report = JSON.parse(run.stdout);
      const rows = report.files
        .map((file: { kept: number; leftOut: number }) => `${file.kept}/${file.leftOut}`)
        .join(' ');
      summary = `${report.outcome.status} | ${report.actorCount} | ${report.relationCount} | ${rows}`;
    } catch {
      summary = run.stderr.split('\n').slice(0, 2).join(' ');
    }
    console.log(
      `${name} | ${run.status} | ${summary} | ${seconds} | ${(Number(user) + Number(system)).toFixed(2)} | ${(Number(kilobytes) / 1024).toFixed(0)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
