/**
 * The small steps of an import: the summary a file starts with, a survey's actors folded into
 * the actors table, and the actors an edge list names.
 */
import type { ActorRecord, RelationRecord } from '../model/records.ts';
import { foldActor } from './reconcile.ts';
import type { FileSummary } from './report.ts';
import type { SourceReading, SourceTable } from './source.ts';
import { thousandsSeparatorOf } from './values.ts';

/** A file's summary before its rows are counted. */
export function summaryOf(reading: SourceReading): FileSummary {
  return {
    name: reading.file.name,
    format: reading.format,
    role: 'unused',
    rows: 0,
    kept: 0,
    leftOut: 0,
    ...(reading.encoding !== undefined
      ? { encoding: reading.encoding, byteOrderMark: reading.byteOrderMark }
      : {}),
    columns: [],
  };
}

export function tableSummaryOf(reading: SourceReading, source: SourceTable): FileSummary {
  return {
    name: source.label,
    format: reading.format,
    ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
    role: source.role ?? 'unused',
    rows: source.table.rows.length,
    kept: 0,
    leftOut: 0,
    ...(source.table.blankRows ? { blankRows: source.table.blankRows } : {}),
    ...(source.delimiter !== undefined ? { delimiter: source.delimiter } : {}),
    decimalMark: source.decimalMark,
    thousandsSeparator: thousandsSeparatorOf(source.decimalMark),
    ...(reading.encoding !== undefined
      ? { encoding: reading.encoding, byteOrderMark: reading.byteOrderMark }
      : {}),
    columns: [],
  };
}

/** A survey's description of an actor that an actors table also describes completes it. */
export function addSurveyActors(actors: ActorRecord[], surveyActors: readonly ActorRecord[]): void {
  const byId = new Map<string, ActorRecord>();
  for (const actor of actors) if (!byId.has(actor.id.trim())) byId.set(actor.id.trim(), actor);
  for (const actor of surveyActors) {
    const existing = byId.get(actor.id.trim());
    if (existing) foldActor(existing, actor);
    else {
      actors.push(actor);
      byId.set(actor.id.trim(), actor);
    }
  }
}

export function actorsNamedIn(relations: readonly RelationRecord[]): ActorRecord[] {
  const seen = new Map<string, ActorRecord>();
  for (const relation of relations) {
    for (const name of [relation.source.trim(), relation.target.trim()]) {
      if (name !== '' && !seen.has(name)) seen.set(name, { id: name, origin: relation.origin });
    }
  }
  return [...seen.values()];
}
