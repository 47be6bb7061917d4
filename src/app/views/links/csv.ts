/**
 * "Export list": the suggestions shown, in their order, as a CSV a broker can open in a
 * spreadsheet. Ids come first because labels need not be unique; every text cell goes through
 * the io layer's writer, so a label such as "=HYPERLINK(…)" stays text.
 */
import { csvCell, csvDocument, numberCell } from '../../../io/csv-cell.ts';
import { actorId } from '../../../model/ecosystem.ts';
import { fileSafeName } from '../../file-names.ts';
import type { PlacedLink } from './filter.ts';

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

export function linkCsvRow(link: PlacedLink): string[] {
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

export function linksCsv(links: readonly PlacedLink[]): string {
  return csvDocument(LINKS_CSV_HEADER, links.map(linkCsvRow), { byteOrderMark: true });
}

/** "network-links-acme.csv" for one actor's suggestions, "network-links.csv" for the network's. */
export function linksFileName(networkName: string | null, actorLabel: string | null): string {
  const base = `${fileSafeName(networkName)}-links`;
  return actorLabel === null ? `${base}.csv` : `${base}-${fileSafeName(actorLabel)}.csv`;
}
