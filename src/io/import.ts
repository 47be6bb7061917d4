/**
 * Import: source files to an Ecosystem and its report. Each file's format is detected; tables
 * are told apart by their headers (actors, relations, survey); names are reconciled where actors
 * are known by name; survey reports are symmetrised; the model validates and builds the graph.
 * Used alike by the browser's import worker and the command line.
 */
import { type Gazetteer, loadGazetteer } from '../geo/gazetteer.ts';
import { actorKey, buildEcosystem, type Ecosystem } from '../model/ecosystem.ts';
import type { ImportIssue, Origin } from '../model/issues.ts';
import type { ActorRecord, RelationRecord } from '../model/records.ts';
import { mapColumns, type TableRole } from './columns.ts';
import { resolveEndpointsByLabel } from './endpoints.ts';
import type { Layout } from './graph-records.ts';
import { actorsNamedIn, addSurveyActors, summaryOf, tableSummaryOf } from './import-parts.ts';
import { issue } from './issue.ts';
import { leftOutRows, type UnusedTable } from './left-out.ts';
import { accountRows, importOutcome } from './outcome.ts';
import { attachPajekValues } from './pajek-values.ts';
import { placeActors } from './placement.ts';
import type { ClusterscopeProject } from './project.ts';
import {
  applyNameMerges,
  type MergeCandidate,
  mergeEqualNames,
  mergesFromCandidates,
  type NameMerge,
  namesIn,
  proposeMerges,
  renameMap,
} from './reconcile.ts';
import { type FileSummary, type ImportReport, summariseEcosystem } from './report.ts';
import { summariseTime, timeNotes } from './report-notes.ts';
import {
  type FileOverrides,
  readSource,
  readTextSource,
  type SourceFile,
  type SourceReading,
} from './source.ts';
import { readSurveyTable, type SurveyReport } from './survey.ts';
import { type Symmetrisation, surveyTies } from './survey-ties.ts';
import type { Table } from './table.ts';
import { readActorTable, readRelationTable } from './tables.ts';

export type { SourceFile } from './source.ts';

export interface ImportOptions
  extends Pick<FileOverrides, 'delimiter' | 'decimalMark' | 'encoding' | 'maxUnpackedBytes'> {
  /** How survey reports become ties: `union` (default) or `reciprocated` only. */
  symmetrise?: Symmetrisation;
  /** Merge probable duplicates too, not only names equal after normalisation. */
  mergeSimilar?: boolean;
  /** Merges a person accepted from the review list. */
  acceptedMerges?: readonly { into: string; names: readonly string[] }[];
  /** Place actors without coordinates at their region's or country's centre (marked as such). */
  placeAtCentre?: boolean;
  signal?: AbortSignal;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface ImportResult {
  ecosystem: Ecosystem;
  report: ImportReport;
  /** Positions and colours that graph files and project files carried. */
  layout: Layout;
  /** The project, when a project file was opened (for its settings and view). */
  project?: ClusterscopeProject;
}

export async function importFiles(
  files: readonly SourceFile[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const readings: SourceReading[] = [];
  for (const [i, file] of files.entries()) {
    options.signal?.throwIfAborted();
    options.onProgress?.('read', i, files.length);
    readings.push(await readSource(file, fileDefaults(options)));
  }
  options.signal?.throwIfAborted();
  // The gazetteer (about a megabyte) is loaded only for files that name towns.
  const gazetteer = options.placeAtCentre || namesTowns(readings) ? await loadGazetteer() : null;
  options.signal?.throwIfAborted();
  options.onProgress?.('build', files.length, files.length);
  return assemble(readings, options, gazetteer);
}

/**
 * The report importing these readings alone would give, without placing towns: what the
 * column-mapping step shows for each file before anything is imported.
 */
export function reportOf(readings: readonly SourceReading[], options: ImportOptions = {}): ImportReport {
  return assemble(readings, options, null).report;
}

/** Whether an actors table has a town column, or a graph file's actors a `city` field. */
function namesTowns(readings: readonly SourceReading[]): boolean {
  return readings.some(
    (reading) =>
      reading.tables.some(
        (source) =>
          source.role === 'actors' &&
          mapColumns(source.table.header, 'actors', reading.file.overrides?.columns).includes('city'),
      ) ||
      (reading.graph?.actors.some((actor) => actor.fields?.city != null) ?? false),
  );
}

/**
 * Two CSV files, named by role (kept for callers from before importFiles); roles are still checked
 * by header. Synchronous, so it does not consult the gazetteer: only the files' coordinates place actors.
 */
export function importTables(
  files: { actors?: SourceFile; relations: SourceFile },
  options: ImportOptions = {},
): ImportResult {
  const readings: SourceReading[] = [];
  const read = (file: SourceFile, role: TableRole) => {
    const reading = readTextSource(file, fileDefaults(options));
    for (const table of reading.tables) table.role ??= role;
    readings.push(reading);
  };
  if (files.actors) read(files.actors, 'actors');
  read(files.relations, 'relations');
  return assemble(readings, options, null);
}

function fileDefaults(options: ImportOptions): FileOverrides {
  return {
    delimiter: options.delimiter,
    decimalMark: options.decimalMark,
    encoding: options.encoding,
    maxUnpackedBytes: options.maxUnpackedBytes,
  };
}

const ROLE_ORDER: Record<TableRole, number> = { actors: 0, relations: 1, survey: 2 };

/** Graph-file elements that were meant as relations and were left out by their reader. */
const RELATION_ELEMENT_LEFT_OUT = new Set(['missing-endpoint-element', 'unknown-vertex', 'hyperedge']);

function assemble(
  readings: readonly SourceReading[],
  options: ImportOptions,
  gazetteer: Gazetteer | null,
): ImportResult {
  const issues: ImportIssue[] = [];
  for (const reading of readings) append(issues, reading.issues);
  const files: FileSummary[] = [];
  const actors: ActorRecord[] = [];
  const relations: RelationRecord[] = [];
  const reports: SurveyReport[] = [];
  const respondents = new Set<string>();
  const preferred = new Set<string>();
  const tablesByLabel = new Map<string, Table>();
  const unused: UnusedTable[] = [];
  const layout: Layout = { positions: new Map(), colors: new Map() };
  let project: ClusterscopeProject | undefined;
  let namesAreIds = true;
  let actorsDescribed = false;
  let relationRows = 0;

  append(issues, attachPajekValues(readings));
  for (const reading of readings) {
    const { graph } = reading;
    if (!graph) {
      if (reading.tables.length === 0) files.push({ ...summaryOf(reading), role: 'unused' });
      continue;
    }
    namesAreIds = false;
    actorsDescribed = true;
    append(actors, graph.actors);
    append(relations, graph.relations);
    relationRows +=
      graph.relations.length +
      graph.issues.filter((found) => RELATION_ELEMENT_LEFT_OUT.has(found.code)).length;
    for (const [id, position] of graph.layout.positions) layout.positions.set(id, position);
    for (const [id, color] of graph.layout.colors) layout.colors.set(id, color);
    if ('project' in graph && graph.project) project = graph.project;
    files.push({
      ...summaryOf(reading),
      role: reading.format === 'project' ? 'project' : 'graph',
      rows: graph.elements,
    });
  }

  const tables = readings
    .flatMap((reading) => reading.tables.map((table) => ({ reading, table })))
    .sort(
      (a, b) => (ROLE_ORDER[a.table.role ?? 'survey'] ?? 3) - (ROLE_ORDER[b.table.role ?? 'survey'] ?? 3),
    );
  for (const { reading, table: source } of tables) {
    tablesByLabel.set(source.label, source.table);
    const tableOptions = {
      file: source.label,
      decimalMark: source.decimalMark,
      columnOverrides: reading.file.overrides?.columns,
    };
    const summary = tableSummaryOf(reading, source);
    files.push(summary);
    const leftOutWhole = (found: ImportIssue[]) => {
      const cause = found.find((item) => item.code === 'missing-column');
      if (cause && source.table.rows.length > 0)
        unused.push({ label: source.label, table: source.table, cause });
    };
    if (source.role === 'actors') {
      const read = readActorTable(source.table, tableOptions);
      append(issues, read.issues);
      leftOutWhole(read.issues);
      summary.columns = read.columns;
      append(actors, read.records);
      actorsDescribed = true;
      if (!read.idsAreNames) namesAreIds = false;
      for (const record of read.records) preferred.add(record.id.trim());
    } else if (source.role === 'relations') {
      const read = readRelationTable(source.table, tableOptions);
      append(issues, read.issues);
      leftOutWhole(read.issues);
      relationRows += source.table.rows.length;
      summary.columns = read.columns;
      append(relations, read.records);
    } else if (source.role === 'survey') {
      const read = readSurveyTable(source.table, tableOptions);
      append(issues, read.issues);
      leftOutWhole(read.issues);
      relationRows += source.table.rows.length;
      summary.columns = read.columns;
      addSurveyActors(actors, read.actors);
      append(reports, read.reports);
      for (const name of read.respondents) {
        respondents.add(name);
        preferred.add(name);
      }
      actorsDescribed = true;
    } else if (source.hidden) {
      summary.role = 'unused';
      const sheet = source.sheet ?? source.label;
      const cause = issue('warning', 'hidden-sheet', { sheet }, { file: source.label });
      issues.push(cause);
      unused.push({ label: source.label, table: source.table, cause });
    } else {
      summary.role = 'unused';
      const cause = issue(
        'error',
        'unknown-table',
        { header: source.table.header.join(', ') },
        { file: source.label, row: (source.table.rowNumbers[0] ?? 2) - 1 },
      );
      issues.push(cause);
      unused.push({ label: source.label, table: source.table, cause });
    }
  }

  // An edge list alone: its names are the actors, not unknown actors to be flagged.
  if (!actorsDescribed) append(actors, actorsNamedIn(relations));
  if (!namesAreIds) append(issues, resolveEndpointsByLabel(actors, relations));

  let records = { actors, relations: [...relations, ...(reports as RelationRecord[])] };
  const nameMerges: NameMerge[] = [];
  let mergeCandidates: MergeCandidate[] = [];
  if (namesAreIds) {
    const equal = mergeEqualNames(namesIn(records), { preferred });
    records = applyNameMerges(records, equal);
    const names = namesIn(records);
    const candidates = proposeMerges(names);
    const accepted = (options.acceptedMerges ?? []).map((merge) => ({
      into: merge.into,
      names: [...merge.names],
      reason: 'accepted in review',
      because: { code: 'accepted' } as const,
      score: 1,
    }));
    const similar = options.mergeSimilar
      ? mergesFromCandidates(candidates, names, {
          preferred: new Set([...preferred].map((name) => renameMap(equal).get(name) ?? name)),
        })
      : [];
    records = applyNameMerges(records, [...accepted, ...similar]);
    append(nameMerges, equal);
    append(nameMerges, accepted);
    append(nameMerges, similar);
    const mergedAway = new Set(nameMerges.flatMap((merge) => merge.names));
    mergeCandidates = options.mergeSimilar
      ? []
      : candidates.filter(({ names: [a, b] }) => !mergedAway.has(a) && !mergedAway.has(b));
  }

  const plain = records.relations.filter((relation) => !('reporterEnd' in relation));
  const surveyed = records.relations.filter(
    (relation): relation is SurveyReport => 'reporterEnd' in relation,
  );
  if (surveyed.length > 0) {
    const rename = renameMap(nameMerges);
    const answered = new Set([...respondents].map((name) => rename.get(name) ?? name));
    const ties = surveyTies(surveyed, answered, options.symmetrise ?? 'union');
    append(plain, ties.relations);
    append(issues, ties.issues);
  }

  const built = buildEcosystem({ actors: records.actors, relations: plain });
  append(issues, built.issues);
  const origins = new Map<string, Origin | undefined>();
  for (const actor of records.actors) {
    const key = actorKey(actor.id.trim());
    if (!origins.has(key)) origins.set(key, actor.origin);
  }
  const placement = placeActors(built.ecosystem, origins, gazetteer, options);
  append(issues, placement.issues);
  const time = summariseTime(built.ecosystem);
  const rejected = leftOutRows(issues, tablesByLabel, unused);
  accountRows(files, rejected);
  const partial = {
    files,
    ...summariseEcosystem(built.ecosystem),
    issues,
    merged: built.merged,
    nameMerges,
    mergeCandidates,
    rejected,
    placement: placement.summary,
    time,
    notes: timeNotes(time),
  };
  const report: ImportReport = { outcome: importOutcome(partial, relationRows), ...partial };
  if (respondents.size > 0) {
    report.symmetrisation = options.symmetrise ?? 'union';
    report.respondentCount = 0;
    report.nonRespondentCount = 0;
    built.ecosystem.forEachNode((_id, attributes) => {
      if (attributes.fields.respondent === true) report.respondentCount = (report.respondentCount ?? 0) + 1;
      else report.nonRespondentCount = (report.nonRespondentCount ?? 0) + 1;
    });
  }
  return { ecosystem: built.ecosystem, report, layout, ...(project ? { project } : {}) };
}

/**
 * Adds every item to the end of a list. `list.push(...items)` passes each item as an argument,
 * and a browser worker's stack overflows at a few tens of thousands of rows.
 */
function append<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item);
}
