/**
 * What the import found besides problems: the time information (how many relations are dated,
 * the years, what is undated). Notes are codes with parameters, so the explorer can say them in
 * Dutch or English; the English templates are here, the CLI prints them with formatMessage.
 */
import type { Ecosystem } from '../model/ecosystem.ts';
import type { Message } from '../model/messages.ts';
import { type TimeField, timeIndexOf } from '../model/time.ts';

/** The time information of an imported network, as figures. */
export interface TimeSummary {
  datedRelations: number;
  undatedRelations: number;
  /** Relations whose start lies after their end (each also a warning), read as undated. */
  invertedRelations: number;
  /** Dated relations with an open start or end (running from the first or to the last year). */
  openRelations: number;
  datedActors: number;
  /** First and last year in the data; null when nothing is dated. */
  first: number | null;
  last: number | null;
  /** The years in which something is active. */
  years: number[];
  /** Dated relations by the field that dated them. */
  relationsByField: Record<TimeField, number>;
}

export const REPORT_NOTE_MESSAGES = {
  'time-none': 'No time information: no relation or actor has a year, start, end or wave.',
  'time-relations-dated': '{dated} of {total} relations are dated, {first}–{last}.',
  'time-years': 'Years with active relations: {years}.',
  'time-waves': '{count} relations are dated by survey wave.',
  'time-relations-undated': '{count} relations have no date; they count as present in every year.',
  'time-open-ended': '{count} relations have an open start or end; they run from {first} or to {last}.',
  'time-actors-dated': '{count} actors have dates of their own.',
} as const;

export type ReportNoteCode = keyof typeof REPORT_NOTE_MESSAGES;

export interface ReportNote extends Message {
  readonly code: ReportNoteCode;
}

export function summariseTime(ecosystem: Ecosystem): TimeSummary {
  const index = timeIndexOf(ecosystem);
  return {
    ...index.counts,
    relationsByField: { ...index.counts.relationsByField },
    first: index.first,
    last: index.last,
    years: [...index.years],
  };
}

export function timeNotes(time: TimeSummary): ReportNote[] {
  const total = time.datedRelations + time.undatedRelations + time.invertedRelations;
  if (time.first === null || time.last === null) return [{ code: 'time-none', params: {} }];
  const notes: ReportNote[] = [];
  const { first, last } = time;
  if (time.datedRelations > 0)
    notes.push({ code: 'time-relations-dated', params: { dated: time.datedRelations, total, first, last } });
  if (time.years.length > 0) notes.push({ code: 'time-years', params: { years: yearList(time.years) } });
  if (time.relationsByField.wave > 0)
    notes.push({ code: 'time-waves', params: { count: time.relationsByField.wave } });
  const undated = time.undatedRelations + time.invertedRelations;
  if (undated > 0) notes.push({ code: 'time-relations-undated', params: { count: undated } });
  if (time.openRelations > 0)
    notes.push({ code: 'time-open-ended', params: { count: time.openRelations, first, last } });
  if (time.datedActors > 0) notes.push({ code: 'time-actors-dated', params: { count: time.datedActors } });
  return notes;
}

/** Consecutive years as ranges: 2014–2020, or 2019, 2023 for survey waves. */
export function yearList(years: readonly number[]): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= years.length; i++) {
    if (i < years.length && years[i] === years[i - 1] + 1) continue;
    parts.push(i - 1 > start ? `${years[start]}–${years[i - 1]}` : String(years[start]));
    start = i;
  }
  return parts.join(', ');
}
