/**
 * The locality view's opening sentences: the network E-I and the counts of local, external
 * and unclassified ties, in plain words. The E-I wording is the overview's, so a figure reads
 * the same in both views.
 */
import type { Wording } from '../../../i18n/i18n.ts';
import { formatNumber, formatPercent } from '../../charts/format.ts';
import { fieldLabel } from '../../words.ts';
import { eiWords } from '../overview/describe-groups.ts';
import { figure, type GraphFigures } from '../overview/network-figures.ts';
import type { LocalityChoice } from './rule.ts';

export function describeNetworkLocality(
  graph: GraphFigures,
  choice: LocalityChoice,
  { t, language }: Wording,
): string[] {
  const local = figure(graph, 'local_ties');
  const external = figure(graph, 'external_ties');
  const unclassified = figure(graph, 'unclassified_ties') ?? 0;
  if (local === null || external === null) return [];
  const rule = choice.mode === 'distance' ? 'km' : 'field';
  const field = choice.mode === 'distance' ? '' : fieldLabel(t, choice.field);
  const classified = local + external;
  if (classified === 0) return [t('locality.summary.none', { rule, field })];
  const ei = figure(graph, 'ei_index') ?? (external - local) / classified;
  const sentences = [
    t('locality.summary.counts', {
      local,
      classified,
      external,
      share: formatPercent(external / classified, language),
    }),
    t('locality.summary.ei', { ei: formatNumber(ei, language), words: eiWords(t, ei) }),
  ];
  if (unclassified > 0)
    sentences.push(t('locality.summary.unclassified', { count: unclassified, rule, field }));
  return sentences;
}
