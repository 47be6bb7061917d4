/**
 * Survey ego-lists: one row per (respondent, partner) answer. Respondents are marked
 * `respondent: true`, partners that never answered `respondent: false` (their missing ties are
 * missing, not zero). The reported direction is kept: a respondent's supplier X gives X →
 * respondent, its client Y gives respondent → Y. Rows become reports; survey-ties.ts turns
 * reports into relations once names are reconciled.
 */
import { createFields, type Fields } from '../model/fields.ts';
import type { ImportIssue } from '../model/issues.ts';
import type { ActorRecord, RelationRecord } from '../model/records.ts';
import { readFieldValue } from './field-types.ts';
import { issue, missingColumn, unreadableCell } from './issue.ts';
import { actorKindWord, relationKindWord, reportedDirection } from './kind-words.ts';
import type { Table } from './table.ts';
import { type ColumnMapping, describeColumns, expectedOf, type TableOptions } from './tables.ts';
import { parseStrength } from './values.ts';

/** A relation as one respondent reported it; `reporterEnd` says which end answered. */
export interface SurveyReport extends RelationRecord {
  reporterEnd: 'source' | 'target';
}

export interface SurveyReading {
  actors: ActorRecord[];
  reports: SurveyReport[];
  issues: ImportIssue[];
  columns: ColumnMapping[];
  /** Respondents' own spellings, preferred when names are reconciled. */
  respondents: Set<string>;
}

/** Survey columns that describe an actor rather than the relation, with the field they feed. */
const PARTNER_FIELDS = new Map([
  ['partner_region', 'region'],
  ['partner_country', 'country'],
  ['partner_sector', 'sector'],
]);
const RESPONDENT_FIELDS = new Map([
  ['respondent_region', 'region'],
  ['respondent_country', 'country'],
  ['respondent_sector', 'sector'],
]);
const STRUCTURE = new Set([
  'respondent',
  'partner',
  'partner_kind',
  'respondent_kind',
  'relation',
  'strength',
  'frequency',
]);

export function readSurveyTable(table: Table, options: TableOptions): SurveyReading {
  const { file, decimalMark } = options;
  const columns = describeColumns(table, 'survey', decimalMark, options.columnOverrides);
  const index = new Map<string, number>();
  columns.forEach(({ field }, c) => {
    if (!index.has(field)) index.set(field, c);
  });
  const issues: ImportIssue[] = [];
  const respondents = new Set<string>();
  const reading: SurveyReading = { actors: [], reports: [], issues, columns, respondents };
  for (const required of ['respondent', 'partner']) {
    if (!index.has(required)) issues.push(missingColumn(required, { file, row: 1 }));
  }
  if (issues.length > 0) return reading;

  const respondentActors = new Map<string, ActorRecord>();
  const partnerActors = new Map<string, ActorRecord>();
  table.rows.forEach((cells, i) => {
    const origin = { file, row: table.rowNumbers[i] };
    const cell = (field: string) => {
      const c = index.get(field);
      return c === undefined ? '' : (cells[c] ?? '').trim();
    };
    const respondent = cell('respondent');
    const partner = cell('partner');
    if (respondent === '') {
      issues.push(issue('error', 'missing-respondent', {}, { ...origin, column: header('respondent') }));
      return;
    }
    respondents.add(respondent);
    const own = actorNamed(respondentActors, respondent, origin, true);
    fillActorFields(own, cells, RESPONDENT_FIELDS, cell('respondent_kind'));
    if (partner === '') return; // a respondent who named no partner is still a respondent
    const other = actorNamed(partnerActors, partner, origin, false);
    fillActorFields(other, cells, PARTNER_FIELDS, cell('partner_kind'));

    const word = cell('relation');
    const direction = reportedDirection(word);
    const report: SurveyReport =
      direction === 'toward-respondent'
        ? { source: partner, target: respondent, directed: true, reporterEnd: 'target' }
        : { source: respondent, target: partner, directed: direction ? true : null, reporterEnd: 'source' };
    report.kind = relationKindWord(word);
    report.origin = origin;
    const strengthField = cell('strength') !== '' ? 'strength' : 'frequency';
    report.strength = readStrength(cell(strengthField), header(strengthField), origin);
    report.fields = relationFields(cells, origin);
    reading.reports.push(report);
  });
  // Respondents first: their own descriptions win when partner mentions are folded into them.
  reading.actors = [...respondentActors.values(), ...partnerActors.values()];
  return reading;

  function header(field: string): string {
    const c = index.get(field);
    return c === undefined ? field : columns[c].header;
  }

  function actorNamed(
    actors: Map<string, ActorRecord>,
    name: string,
    origin: { file: string; row: number },
    answered: boolean,
  ) {
    let actor = actors.get(name);
    if (!actor) {
      actor = { id: name, fields: createFields([['respondent', answered]]), origin };
      actors.set(name, actor);
    }
    return actor;
  }

  function fillActorFields(actor: ActorRecord, cells: string[], fieldsOf: Map<string, string>, kind: string) {
    if (kind !== '' && !actor.kind) actor.kind = actorKindWord(kind);
    const fields = actor.fields as Fields;
    for (const [column, field] of fieldsOf) {
      const c = index.get(column);
      const text = c === undefined ? '' : (cells[c] ?? '').trim();
      if (text !== '' && fields[field] === undefined)
        fields[field] = readFieldValue(text, field, 'category', decimalMark) ?? text;
    }
  }

  function readStrength(text: string, column: string, origin: { file: string; row: number }): number | null {
    if (text === '') return null;
    const strength = parseStrength(text, decimalMark);
    if (strength === undefined) issues.push(unreadableCell(origin, column, text, 'strengthOrFrequency'));
    return strength ?? null;
  }

  function relationFields(cells: string[], origin: { file: string; row: number }): Fields {
    const fields = createFields();
    columns.forEach(({ field, type, header: name }, c) => {
      if (field === '' || STRUCTURE.has(field) || PARTNER_FIELDS.has(field) || RESPONDENT_FIELDS.has(field))
        return;
      const text = (cells[c] ?? '').trim();
      if (text === '') return;
      const value = readFieldValue(text, field, type, decimalMark);
      if (value === undefined) issues.push(unreadableCell(origin, name, text, expectedOf(field, type)));
      else fields[field] = value;
    });
    return fields;
  }
}
