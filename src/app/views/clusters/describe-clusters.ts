/**
 * The clusters view's opening sentences: how many communities, what the modularity means, and
 * how much of the network's ties run between communities. Words come from the overview's
 * thresholds so both views read a figure the same way.
 */
import type { Wording } from '../../../i18n/i18n.ts';
import { formatNumber, formatPercent } from '../../charts/format.ts';
import { modularityWords } from '../overview/describe-groups.ts';
import type { CommunityLinks } from './community-links.ts';
import { type CommunityRow, communityName } from './community-rows.ts';

export function describeClusters(
  count: number | null,
  modularity: number | null,
  rows: readonly CommunityRow[],
  links: CommunityLinks | null,
  { t, language }: Wording,
): string[] {
  if (count === null) return [];
  const sentences = [
    t('clusters.summary.found', {
      count,
      scored: modularity === null ? 'no' : 'yes',
      modularity: modularity === null ? '' : formatNumber(modularity, language),
      words: modularity === null ? '' : modularityWords(t, modularity),
    }),
  ];
  const singles = rows.filter((row) => row.size === 1).length;
  if (singles > 0) sentences.push(t('clusters.summary.singles', { count: singles }));
  if (links && links.betweenTies + links.withinTies > 0) {
    const total = links.betweenTies + links.withinTies;
    const top = links.pairs[0];
    sentences.push(
      t('clusters.summary.between', {
        share: formatPercent(links.betweenTies / total, language),
        between: links.betweenTies,
        total,
        busiest: top ? 'yes' : 'no',
        first: top ? communityName(t, top.first) : '',
        second: top ? communityName(t, top.second) : '',
        ties: top?.ties ?? 0,
      }),
    );
  }
  return sentences;
}
