/**
 * The clusters view's opening sentences: how many communities, what the modularity means, and
 * how much of the network's ties run between communities. Words come from the overview's
 * thresholds so both views read a figure the same way.
 */
import { countOf, formatCount, formatNumber, formatPercent } from '../../charts/format.ts';
import { modularityWords } from '../overview/thresholds.ts';
import type { CommunityLinks } from './community-links.ts';
import { type CommunityRow, communityName } from './community-rows.ts';

export function describeClusters(
  count: number | null,
  modularity: number | null,
  rows: readonly CommunityRow[],
  links: CommunityLinks | null,
): string[] {
  if (count === null) return [];
  const sentences: string[] = [];
  let first = `The Louvain method finds ${countOf(count, 'community', 'communities')}`;
  first +=
    modularity === null
      ? '.'
      : `; modularity ${formatNumber(modularity)} means ${modularityWords(modularity)}.`;
  sentences.push(first);
  const singles = rows.filter((row) => row.size === 1).length;
  if (singles > 0)
    sentences.push(
      `${countOf(singles, 'community is a single actor', 'communities are single actors')} without ties inside the network.`,
    );
  if (links && links.betweenTies + links.withinTies > 0) {
    const total = links.betweenTies + links.withinTies;
    let text = `${formatPercent(links.betweenTies / total)} of ties (${formatCount(links.betweenTies)} of ${formatCount(total)}) run between communities`;
    const top = links.pairs[0];
    text += top
      ? `; the busiest link joins ${communityName(top.first)} and ${communityName(top.second)} (${countOf(top.ties, 'tie', 'ties')}).`
      : '.';
    sentences.push(text);
  }
  return sentences;
}
