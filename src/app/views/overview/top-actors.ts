/** The leading actors per measure for the overview's tables, labelled from the ecosystem. */
import type { Column } from '../../../analysis/types.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import type { Ecosystem } from '../../../model/ecosystem.ts';
import { topIndices } from './composition.ts';
import type { TopList } from './TopActorsSection.tsx';

export const TOP_ACTORS = 10;

export function topActorLists(
  ecosystem: Ecosystem,
  columns: Readonly<Record<string, Column>>,
  t: Translate,
  limit = TOP_ACTORS,
): TopList[] {
  const rankings = [
    { id: 'degree', title: t('overview.top.degree.title'), valueLabel: t('overview.top.degree.value') },
    {
      id: 'betweenness',
      title: t('overview.top.betweenness.title'),
      valueLabel: t('overview.top.betweenness.value'),
    },
  ];
  const keys = ecosystem.nodes();
  const labels = keys.map((key) => ecosystem.getNodeAttribute(key, 'label'));
  return rankings.flatMap(({ id, title, valueLabel }) => {
    const column = columns[id];
    // A column from an older graph (the analysis lags a reload) must not label the wrong actors.
    if (!column || column.length !== keys.length) return [];
    const actors = topIndices(column, labels, limit).map((index) => ({
      key: keys[index],
      label: labels[index],
      kind: ecosystem.getNodeAttribute(keys[index], 'kind'),
      value: column[index],
    }));
    return [{ id, title, valueLabel, actors }];
  });
}
