/**
 * The locality view's opening sentences: the network E-I and the counts of local, external
 * and unclassified ties, in plain words. The E-I wording is the overview's, so a figure reads
 * the same in both views.
 */
import { countOf, formatCount, formatNumber, formatPercent } from '../../charts/format.ts';
import { figure, type GraphFigures } from '../overview/network-figures.ts';
import { eiWords } from '../overview/thresholds.ts';
import type { LocalityChoice } from './rule.ts';

export function describeNetworkLocality(graph: GraphFigures, choice: LocalityChoice): string[] {
  const local = figure(graph, 'local_ties');
  const external = figure(graph, 'external_ties');
  const unclassified = figure(graph, 'unclassified_ties') ?? 0;
  if (local === null || external === null) return [];
  const missing = choice.mode === 'distance' ? 'coordinates' : `a ${choice.field}`;
  const classified = local + external;
  if (classified === 0)
    return [`No tie can be called local or external: no two tied actors both have ${missing}.`];
  const ei = figure(graph, 'ei_index') ?? (external - local) / classified;
  const sentences = [
    `${formatCount(local)} of ${formatCount(classified)} ties are local and ${formatCount(external)} external ` +
      `(${formatPercent(external / classified)} external).`,
    `The network E-I index is ${formatNumber(ei)} (from −1, all ties local, to +1, all external): the network is ${eiWords(ei)}.`,
  ];
  if (unclassified > 0)
    sentences.push(
      `${countOf(unclassified, 'tie involves', 'ties involve')} an actor without ${missing} and ${unclassified === 1 ? 'is' : 'are'} not counted.`,
    );
  return sentences;
}
