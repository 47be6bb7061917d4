/**
 * Suggested links as a CSV a broker can open in a spreadsheet, from the explorer's Links view
 * and from `clusterscope suggest`. Ids come first because labels need not be unique; every text
 * cell is neutralised, so a label such as "=HYPERLINK(…)" stays text; the reason is a column of
 * its own, in words.
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
  reason: string;
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

export function linkCsvRow(link: LinkRow): string[] {
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
    csvCell(link.reason),
    csvCell(link.via.map(actorId).join('; ')),
  ];
}

export function writeLinksCsv(links: readonly LinkRow[], options: CsvWriteOptions = {}): string {
  return csvDocument(LINKS_CSV_HEADER, links.map(linkCsvRow), options);
}
