/** "Export list": the suggestions shown, in their order, written by io's links writer. */
import { writeLinksCsv } from '../../../io/write-links.ts';
import { fileSafeName } from '../../file-names.ts';
import type { PlacedLink } from './filter.ts';

export { LINKS_CSV_HEADER } from '../../../io/write-links.ts';

export function linksCsv(links: readonly PlacedLink[]): string {
  return writeLinksCsv(links, { byteOrderMark: true });
}

/** "network-links-acme.csv" for one actor's suggestions, "network-links.csv" for the network's. */
export function linksFileName(networkName: string | null, actorLabel: string | null): string {
  const base = `${fileSafeName(networkName)}-links`;
  return actorLabel === null ? `${base}.csv` : `${base}-${fileSafeName(actorLabel)}.csv`;
}
