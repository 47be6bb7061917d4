/** "Export list": the suggestions shown, in their order, written by io's links writer with the reason in words. */
import type { Translate } from '../../../i18n/i18n.ts';
import { writeLinksCsv } from '../../../io/write-links.ts';
import { fileSafeName } from '../../file-names.ts';
import type { PlacedLink } from './filter.ts';
import { reasonText } from './format.ts';

export { LINKS_CSV_HEADER } from '../../../io/write-links.ts';

export function linksCsv(links: readonly PlacedLink[], t: Translate): string {
  return writeLinksCsv(links, (link) => reasonText(link, t), { byteOrderMark: true });
}

/** "network-links-acme.csv" for one actor's suggestions, "network-links.csv" for the network's. */
export function linksFileName(networkName: string | null, actorLabel: string | null): string {
  const base = `${fileSafeName(networkName)}-links`;
  return actorLabel === null ? `${base}.csv` : `${base}-${fileSafeName(actorLabel)}.csv`;
}
