/**
 * UCINET DL files, as UCINET, Pajek and NetDraw write them:
 *
 *   dl n=4 format=fullmatrix          dl n=3 nm=2 format=edgelist1
 *   labels:                           labels embedded
 *   a,b,c,d                           matrix labels: supply knowledge
 *   data:                             data:
 *   0 1 0 0 …                         a b 2
 *
 * Formats: `fullmatrix` (also lower and upper halves), `edgelist1`, `nodelist1` (and the
 * two-mode `edgelist2`, `nodelist2`, and `nr`×`nc` matrices); labels given in `labels:`,
 * `row labels:` / `column labels:` or embedded in the data; several matrices (`nm=`) become
 * relation kinds named by `matrix labels:`. A value of 0 is no tie, any other value a tie of
 * that strength. A symmetric one-mode matrix gives undirected relations, any other directed
 * ones. Two-mode data keep the mode as the field `mode` (1 rows, 2 columns).
 */
import type { FieldValue } from '../model/fields.ts';
import { addActor, addRelation, emptyGraphReading, type GraphReading } from './graph-records.ts';
import { issue } from './issue.ts';
import { lineReason, type MessageParams } from './messages.ts';

type DlFormat =
  | 'fullmatrix'
  | 'lowerhalf'
  | 'upperhalf'
  | 'edgelist1'
  | 'edgelist2'
  | 'nodelist1'
  | 'nodelist2';

const FORMAT_NAMES: Record<string, DlFormat> = {
  fullmatrix: 'fullmatrix',
  fm: 'fullmatrix',
  lowerhalf: 'lowerhalf',
  lh: 'lowerhalf',
  upperhalf: 'upperhalf',
  uh: 'upperhalf',
  edgelist1: 'edgelist1',
  el1: 'edgelist1',
  edgelist: 'edgelist1',
  edgelist2: 'edgelist2',
  el2: 'edgelist2',
  nodelist1: 'nodelist1',
  nl1: 'nodelist1',
  nodelist2: 'nodelist2',
  nl2: 'nodelist2',
};

interface Line {
  text: string;
  number: number;
}

const SECTION =
  /^\s*(row\s+labels|column\s+labels|col\s+labels|labels|matrix\s+labels|level\s+labels|data)\s*:(.*)$/i;

export function readDl(text: string, file: string): GraphReading {
  const reading = emptyGraphReading();
  const lines = text.split(/\r\n|\n|\r/).map((line, i): Line => ({ text: line, number: i + 1 }));
  const sections = new Map<string, Line[]>();
  const header: Line[] = [];
  let current: Line[] = header;
  for (const line of lines) {
    const match = SECTION.exec(line.text);
    if (match) {
      const name = match[1].toLowerCase().replace(/\s+/g, ' ').replace('col labels', 'column labels');
      current = [];
      sections.set(name, current);
      if (match[2].trim() !== '') current.push({ text: match[2], number: line.number });
    } else current.push(line);
  }
  const settings = header.map((line) => line.text).join(' ');
  const setting = (name: string) =>
    new RegExp(`(?:^|[\\s,])${name}\\s*=\\s*([^\\s,]+)`, 'i').exec(settings)?.[1]?.toLowerCase();
  const n = toCount(setting('n'));
  const rowsCount = toCount(setting('nr')) ?? n;
  const columnsCount = toCount(setting('nc')) ?? n;
  const matrices = toCount(setting('nm')) ?? 1;
  const format = FORMAT_NAMES[setting('format') ?? 'fullmatrix'];
  const embedded =
    /labels\s+embedded/i.test(settings) || /labels\s+embedded/i.test(sectionText(sections, 'labels'));
  const diagonalAbsent = setting('diagonal') === 'absent';
  const twoMode =
    setting('nr') !== undefined ||
    setting('nc') !== undefined ||
    format === 'edgelist2' ||
    format === 'nodelist2';
  const data = sections.get('data');
  if (!format || !data || (rowsCount === undefined && !embedded && !sections.has('labels'))) {
    reading.issues.push(
      issue(
        'error',
        'invalid-file',
        {
          format: 'UCINET DL',
          reason: !format
            ? `unknown format "${setting('format')}"`
            : !data
              ? 'no "data:" section'
              : 'no n= (number of actors) and no labels',
          reasonCode: !format ? 'dlFormat' : !data ? 'dlData' : 'dlSize',
          dlFormat: setting('format') ?? '',
        },
        { file },
      ),
    );
    return reading;
  }

  const labelList = (name: string) =>
    sections.has(name) ? splitLabels(sectionText(sections, name)) : undefined;
  const plain = labelList('labels');
  let rowLabels = labelList('row labels') ?? plain;
  let columnLabels = labelList('column labels') ?? (twoMode ? undefined : plain);
  const kinds = labelList('matrix labels') ?? labelList('level labels');
  const dataLines = data.filter(
    (line) => line.text.trim() !== '' && !/^\s*labels\s+embedded/i.test(line.text),
  );

  const actors = new Map<string, { label: string; mode?: number }>();
  const relations: { source: string; target: string; weight: number; matrix: number; line: Line }[] = [];
  const leftOut = (line: Line, reason: MessageParams) => {
    reading.elements++;
    reading.issues.push(
      issue(
        'warning',
        'unreadable-line',
        { format: 'UCINET DL', ...reason },
        { file, row: line.number, value: line.text.slice(0, 200) },
      ),
    );
  };
  // Two-mode ids are the labels; a column label that is also a row label gets " (2)".
  const rowSet = new Set(rowLabels ?? []);
  const idOf = (label: string, mode: 1 | 2) =>
    mode === 2 && twoMode && rowSet.has(label) ? `${label} (2)` : label;
  const declare = (label: string, mode: 1 | 2) => {
    if (mode === 1) rowSet.add(label);
    const id = idOf(label, mode);
    if (!actors.has(id)) actors.set(id, { label, ...(twoMode ? { mode } : {}) });
    return id;
  };

  if (format === 'fullmatrix' || format === 'lowerhalf' || format === 'upperhalf') {
    const rowNames: string[] = [];
    const rowLines: Line[] = [];
    for (const line of dataLines) {
      const cells = splitLabels(line.text);
      // With labels embedded, a line of labels only is the column labels (repeated per matrix).
      if (embedded && cells.length > 0 && cells.every((cell) => !isNumeric(cell))) {
        columnLabels ??= cells;
        continue;
      }
      rowLines.push(line);
    }
    const rows =
      rowsCount ?? rowLabels?.length ?? columnLabels?.length ?? Math.round(rowLines.length / matrices);
    const columns = columnsCount ?? columnLabels?.length ?? rows;
    const rowLabel = (r: number) =>
      embedded ? (rowNames[r] ?? String(r + 1)) : (rowLabels?.[r] ?? String(r + 1));
    const columnLabel = (c: number) => columnLabels?.[c] ?? (twoMode ? String(c + 1) : rowLabel(c));
    // A half matrix without its diagonal has no line for its first (lower) or last (upper) row.
    const half = format === 'lowerhalf' || format === 'upperhalf';
    const perMatrix = half && diagonalAbsent ? rows - 1 : rows;
    const firstRow = format === 'lowerhalf' && diagonalAbsent ? 1 : 0;
    rowLines.forEach((line, index) => {
      const r = (perMatrix > 0 ? index % perMatrix : index) + firstRow;
      const m = perMatrix > 0 ? Math.floor(index / perMatrix) : 0;
      if (m >= matrices) {
        leftOut(line, lineReason('moreRows', { matrices, rows }));
        return;
      }
      let cells = splitLabels(line.text);
      if (embedded) {
        rowNames[r] ??= cells[0];
        cells = cells.slice(1);
      }
      const expected =
        format === 'lowerhalf'
          ? r + (diagonalAbsent ? 0 : 1)
          : format === 'upperhalf'
            ? columns - r - (diagonalAbsent ? 1 : 0)
            : columns;
      if (cells.length !== expected)
        reading.issues.push(
          issue('warning', 'matrix-shape', { found: cells.length, expected }, { file, row: line.number }),
        );
      cells.forEach((cell, k) => {
        const c = format === 'upperhalf' ? k + r + (diagonalAbsent ? 1 : 0) : k;
        const weight = Number(cell);
        if (c >= columns || !Number.isFinite(weight) || weight === 0) return;
        relations.push({
          source: declare(rowLabel(r), 1),
          target: declare(columnLabel(c), 2),
          weight,
          matrix: m,
          line,
        });
      });
    });
    if (rowLines.length < perMatrix * matrices) {
      const last = rowLines[rowLines.length - 1] ?? data[data.length - 1];
      reading.issues.push(
        issue(
          'error',
          'truncated-file',
          { line: last?.number ?? 0, element: 'data', actors: rows, relations: relations.length },
          { file, row: last?.number },
        ),
      );
    }
    for (let r = 0; r < rows; r++) declare(rowLabel(r), 1);
    for (let c = 0; c < columns; c++) declare(columnLabel(c), 2);
  } else {
    // Edge and node lists: numbers refer to the label lists (1-based), or labels are embedded.
    rowLabels ??= plain;
    columnLabels ??= twoMode ? labelList('column labels') : rowLabels;
    let matrix = 0;
    const resolve = (token: string, mode: 1 | 2): string | undefined => {
      if (embedded) return declare(token, mode);
      const list = mode === 1 ? rowLabels : columnLabels;
      const number = Number(token);
      if (!Number.isInteger(number) || number < 1) return undefined;
      if (list) return number <= list.length ? declare(list[number - 1], mode) : undefined;
      const limit = mode === 1 ? rowsCount : columnsCount;
      return limit === undefined || number <= limit ? declare(token, mode) : undefined;
    };
    for (const line of dataLines) {
      if (line.text.trim() === '!') {
        matrix++;
        continue;
      }
      const cells = splitLabels(line.text);
      if (cells.length === 1 && embedded) {
        declare(cells[0], 1); // a name alone: an actor without ties
        continue;
      }
      if (format === 'edgelist1' || format === 'edgelist2') {
        const source = resolve(cells[0], 1);
        const target = cells[1] === undefined ? undefined : resolve(cells[1], 2);
        const weight = cells[2] === undefined ? 1 : Number(cells[2]);
        if (source === undefined || target === undefined || !Number.isFinite(weight)) {
          leftOut(line, lineReason('edgeListLine'));
          continue;
        }
        if (weight !== 0) relations.push({ source, target, weight, matrix, line });
        else reading.elements++;
      } else {
        const source = resolve(cells[0], 1);
        if (source === undefined) {
          leftOut(line, lineReason('nodeListRow'));
          continue;
        }
        for (const cell of cells.slice(1)) {
          const target = resolve(cell, 2);
          if (target === undefined) leftOut(line, lineReason('unknownColumn', { cell }));
          else relations.push({ source, target, weight: 1, matrix, line });
        }
      }
    }
    for (const label of rowLabels ?? []) declare(label, 1);
    if (twoMode) for (const label of columnLabels ?? []) declare(label, 2);
  }

  for (const [id, actor] of actors) {
    reading.elements++;
    const fields: [string, FieldValue][] = [['label', actor.label]];
    if (actor.mode !== undefined) fields.push(['mode', actor.mode]);
    addActor(reading, id, fields, { file });
  }
  // A half matrix is symmetric by definition; a full one when every tie has its reverse.
  const halfMatrix = format === 'lowerhalf' || format === 'upperhalf';
  const symmetric = !twoMode && !halfMatrix && isSymmetric(relations);
  for (const relation of relations) {
    if (symmetric && relation.source > relation.target) continue;
    reading.elements++;
    const attributes: [string, FieldValue][] = [['weight', relation.weight]];
    if (matrices > 1 || kinds)
      attributes.push(['kind', kinds?.[relation.matrix] ?? `matrix ${relation.matrix + 1}`]);
    addRelation(
      reading,
      { source: relation.source, target: relation.target, directed: !symmetric && !twoMode && !halfMatrix },
      attributes,
      { file, row: relation.line.number },
    );
  }
  if (symmetric) reading.elements += relations.filter((r) => r.source > r.target).length;
  return reading;
}

function toCount(value: string | undefined): number | undefined {
  const number = Number(value);
  return value !== undefined && Number.isInteger(number) && number >= 0 ? number : undefined;
}

function sectionText(sections: Map<string, Line[]>, name: string): string {
  return (sections.get(name) ?? []).map((line) => line.text).join('\n');
}

/**
 * Labels separated by white space, or by commas when there are commas (then a label may hold
 * spaces: `Van den Berg,TU Eindhoven`); "quoted labels" may hold either.
 */
function splitLabels(text: string): string[] {
  const labels: string[] = [];
  const cleaned = text.replace(/labels\s+embedded:?/gi, '');
  const pattern = cleaned.includes(',') ? /"([^"]*)"|([^,\r\n"]+)/g : /"([^"]*)"|([^\s,"]+)/g;
  for (let match = pattern.exec(cleaned); match; match = pattern.exec(cleaned)) {
    const label = (match[1] ?? match[2]).trim();
    if (label !== '' || match[1] !== undefined) labels.push(label);
  }
  return labels;
}

function isNumeric(cell: string): boolean {
  return cell !== '' && Number.isFinite(Number(cell));
}

/** Every tie has its reverse with the same value, in every matrix: the network is undirected. */
function isSymmetric(
  relations: { source: string; target: string; weight: number; matrix: number }[],
): boolean {
  if (relations.length === 0) return false;
  const seen = new Map<string, number>();
  for (const { source, target, weight, matrix } of relations)
    seen.set(`${matrix}\u0000${source}\u0000${target}`, weight);
  return relations.every(
    ({ source, target, weight, matrix }) =>
      source !== target && seen.get(`${matrix}\u0000${target}\u0000${source}`) === weight,
  );
}
