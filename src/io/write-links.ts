/**
 * Suggested links as a CSV a broker can open in a spreadsheet, from the explorer's Links view
 * and from `clusterscope suggest`. Ids come first because labels need not be unique; every text
 * cell is neutralised, so a label such as "=HYPERLINK(…)" stays text; the reason is a column of
 * its own, in words — the caller's words, in the person's language (the rest of the file is
 * machine-readable: English ids and column names, `.` decimals).
 */
import { actorId } from '../model/ecosystem.ts';
import { type CsvWriteOptions, csvCell, csvDocument, numberCell } from './csv-cell.ts';

/** One suggestion as a row: the link suggester's objects fit this shape. */
export interface LinkRow {
  source: string;
  sourceLabel: string;
  target: string;
  targetLabel: string;
  kind: string;
  adamicAdar: number;
  resourceAllocation: number;
  commonPartners: number;
  steps: number | null;
  local: boolean | null;
  distanceKm: number | null;
  via: readonly string[];
}

export const LINKS_CSV_HEADER = [
  'source_id',
  'source_label',
  'target_id',
  'target_label',
  'kind',
  'adamic_adar',
  'resource_allocation',
  'common_partners',
  'steps',
  'local',
  'distance_km',
  'reason',
  'via_ids',
] as const;

export function linkCsvRow(link: LinkRow, reason: string): string[] {
  return [
    csvCell(actorId(link.source)),
    csvCell(link.sourceLabel),
    csvCell(actorId(link.target)),
    csvCell(link.targetLabel),
    csvCell(link.kind),
    numberCell(link.adamicAdar),
    numberCell(link.resourceAllocation),
    numberCell(link.commonPartners),
    link.steps === null ? '' : numberCell(link.steps),
    link.local === null ? '' : csvCell(link.local),
    link.distanceKm === null ? '' : numberCell(link.distanceKm),
    csvCell(reason),
    csvCell(link.via.map(actorId).join('; ')),
  ];
}

/** `reasonOf` says each link's reason in words. */
export function writeLinksCsv<Link extends LinkRow>(
  links: readonly Link[],
  reasonOf: (link: Link) => string,
  options: CsvWriteOptions = {},
): string {
  return csvDocument(
    LINKS_CSV_HEADER,
    links.map((link) => linkCsvRow(link, reasonOf(link))),
    options,
  );
}
