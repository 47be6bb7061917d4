/**
 * Survey reports to relations, with the symmetrisation made explicit:
 * - `union` (default): a tie exists when either end reported it; two reports of the same relation
 *   become one relation with the stronger of the two strengths and both reporters listed.
 *   Reports of different survey waves or years are different relations, never merged.
 * - `reciprocated`: a tie between two respondents is kept only when both named each other (any
 *   relation, either direction, in the same wave or year); the silence of a respondent is a real
 *   absence. A tie to a non-respondent cannot be confirmed or refuted, so it is kept, marked
 *   unreciprocated.
 * Runs after name reconciliation, so that "Van den Berg B.V." and "van den Berg BV" confirm each other.
 */
import { createFields } from '../model/fields.ts';
import type { ImportIssue } from '../model/issues.ts';
import { DIRECTED_BY_DEFAULT, isRelationKind } from '../model/kinds.ts';
import { periodKey } from '../model/period.ts';
import type { RelationRecord } from '../model/records.ts';
import { issue } from './issue.ts';
import type { SurveyReport } from './survey.ts';

export type Symmetrisation = 'union' | 'reciprocated';

export interface SurveyTies {
  relations: RelationRecord[];
  issues: ImportIssue[];
}

export function surveyTies(
  reports: readonly SurveyReport[],
  respondents: ReadonlySet<string>,
  mode: Symmetrisation = 'union',
): SurveyTies {
  const issues: ImportIssue[] = [];
  const groups = new Map<string, SurveyReport[]>();
  // "reporter\0partner\0period": who named whom, any relation, in which wave or year
  const named = new Set<string>();
  for (const report of reports) {
    const source = report.source.trim();
    const target = report.target.trim();
    const reporter = reporterOf(report);
    named.add(`${reporter}\u0000${reporter === source ? target : source}\u0000${periodOf(report)}`);
    const group = groups.get(relationKey(report, source, target));
    if (group) group.push(report);
    else groups.set(relationKey(report, source, target), [report]);
  }

  const relations: RelationRecord[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    const reporters = [...new Set(group.map(reporterOf))];
    for (const repeat of repeatedReports(group)) {
      issues.push(
        issue(
          'warning',
          'duplicate-report',
          { reporter: reporterOf(repeat) },
          { ...repeat.origin, column: 'partner', value: partnerOf(repeat) },
        ),
      );
    }
    const source = first.source.trim();
    const target = first.target.trim();
    const bothAnswered = respondents.has(source) && respondents.has(target);
    const period = periodOf(first);
    const reciprocated =
      named.has(`${source}\u0000${target}\u0000${period}`) &&
      named.has(`${target}\u0000${source}\u0000${period}`);
    if (mode === 'reciprocated' && bothAnswered && !reciprocated) {
      for (const report of group) {
        issues.push(
          issue(
            'warning',
            'unreciprocated',
            { reporter: reporterOf(report), partner: partnerOf(report) },
            { ...report.origin, column: 'partner', value: partnerOf(report) },
          ),
        );
      }
      continue;
    }
    let strongest = Number.NEGATIVE_INFINITY;
    for (const report of group) strongest = Math.max(strongest, report.strength ?? 1);
    const fields = createFields(Object.entries(first.fields ?? {}));
    fields.reported_by = reporters.join('; ');
    fields.reciprocated = bothAnswered && reciprocated;
    const { reporterEnd: _end, ...record } = first;
    relations.push({ ...record, source, target, strength: strongest, fields });
  }
  return { relations, issues };
}

function reporterOf(report: SurveyReport): string {
  return (report.reporterEnd === 'source' ? report.source : report.target).trim();
}

function partnerOf(report: SurveyReport): string {
  return (report.reporterEnd === 'source' ? report.target : report.source).trim();
}

/**
 * Directed relations keep their direction in the key; mutual ones are keyed by the unordered pair.
 * The period is part of the key: the same tie named in two survey waves is two relations.
 */
function relationKey(report: SurveyReport, source: string, target: string): string {
  const kind = report.kind?.trim().toLowerCase() ?? '';
  const directed = report.directed ?? (isRelationKind(kind) && DIRECTED_BY_DEFAULT.has(kind));
  const [a, b] = directed || source < target ? [source, target] : [target, source];
  return `${a}\u0000${b}\u0000${kind}\u0000${directed ? '→' : '–'}\u0000${periodOf(report)}`;
}

function periodOf(report: SurveyReport): string {
  return periodKey(createFields(Object.entries(report.fields ?? {})));
}

function repeatedReports(group: readonly SurveyReport[]): SurveyReport[] {
  const seen = new Set<string>();
  return group.filter((report) => {
    const reporter = reporterOf(report);
    if (seen.has(reporter)) return true;
    seen.add(reporter);
    return false;
  });
}
