/** The public face of io/: what the app's import worker, the CLI and the exports use. */
export { knownFields, type TableRole } from './columns.ts';
export { DELIMITERS, type Delimiter } from './csv.ts';
export { neutraliseFormula } from './csv-cell.ts';
export { TEXT_ENCODINGS, type TextEncoding } from './decode.ts';
export { ACCEPTED_EXTENSIONS, detectFormat, type FileFormat } from './detect.ts';
export type { Layout } from './graph-records.ts';
export { type ImportOptions, type ImportResult, importFiles, importTables } from './import.ts';
export {
  type CentrePosition,
  centrePositions,
  isPlacement,
  PLACEMENTS,
  type Placement,
  type PlacementReview,
  type PlacementSummary,
} from './placement.ts';
export { type FilePreview, previewFile, type TablePreview } from './preview.ts';
export * from './project.ts';
export { validateProject } from './project-schema.ts';
export { type MergeCandidate, type NameMerge, normaliseName, proposeMerges } from './reconcile.ts';
export { rejectedRowsCsv } from './rejected.ts';
export type { FileSummary, ImportReport, RejectedRow } from './report.ts';
export {
  REPORT_NOTE_MESSAGES,
  type ReportNote,
  type ReportNoteCode,
  summariseTime,
  type TimeSummary,
  timeNotes,
} from './report-notes.ts';
export type { FileOverrides, SourceFile } from './source.ts';
export type { Symmetrisation } from './survey-ties.ts';
export type { ColumnMapping } from './tables.ts';
export type { DecimalMark } from './values.ts';
export { type MeasureColumn, writeActorsCsv, writeEdgesCsv, writeNodesCsv } from './write-csv.ts';
export { writeDl } from './write-dl.ts';
export { writeGexf } from './write-gexf.ts';
export { writeGml } from './write-gml.ts';
export { writeGraphml } from './write-graphml.ts';
export { writeGraphologyJson } from './write-graphology.ts';
export { LINKS_CSV_HEADER, type LinkRow, writeLinksCsv } from './write-links.ts';
export { type PajekFiles, type PajekValuesToWrite, writePajek } from './write-pajek.ts';
export { createProject, writeProject } from './write-project.ts';
export type { GraphWriteOptions } from './write-xml.ts';
