/** Burt's structural holes: constraint against effective size, one dot per actor coloured by kind. */
import { useMemo } from 'react';
import { ACTOR_KINDS } from '../../../model/kinds.ts';
import { formatNumber } from '../../charts/format.ts';
import { ScatterChart } from '../../charts/ScatterChart.tsx';
import { useWording } from '../../i18n.ts';
import { ACTOR_KIND_COLOURS } from '../../palette.ts';
import type { RankingTable } from '../rankings/table.ts';
import { kindSeries, structuralHolesPoints } from './quadrants.ts';

interface ConstraintSectionProps {
  table: RankingTable;
  selectedActor: number;
  onOpen(key: string): void;
}

export function ConstraintSection({ table, selectedActor, onOpen }: ConstraintSectionProps) {
  const points = useMemo(() => structuralHolesPoints(table.measures), [table]);
  const seriesOf = useMemo(() => kindSeries(table.kinds, ACTOR_KINDS), [table]);
  const { t, language } = useWording();
  const series = ACTOR_KINDS.map((kind) => ({
    id: kind,
    label: t(`kind.actor.${kind}`),
    colour: ACTOR_KIND_COLOURS[kind],
  }));

  return (
    <section className="brokers-section" aria-labelledby="brokers-holes-title">
      <h2 id="brokers-holes-title">{t('brokers.holes.title')}</h2>
      <p className="brokers-lead">{t('brokers.holes.lead')}</p>
      {points ? (
        <ScatterChart
          testId="constraint-chart"
          title={t('brokers.holes.chart')}
          caption={t('brokers.holes.caption', { count: points.plotted })}
          summary={t('brokers.holes.summary', { count: points.plotted })}
          xLabel={t('brokers.holes.x')}
          yLabel={t('brokers.holes.y')}
          xs={points.effectiveSize}
          ys={points.constraint}
          xScale="sqrt"
          series={series}
          seriesOf={seriesOf}
          pointLabel={(actor) =>
            t('brokers.holes.point', {
              label: table.labels[actor],
              effectiveSize: formatNumber(points.effectiveSize[actor], language),
              constraint: formatNumber(points.constraint[actor], language),
            })
          }
          onPick={(actor) => onOpen(table.keys[actor])}
          selectedActor={selectedActor}
        />
      ) : (
        <p className="muted">{t('brokers.holes.notYet')}</p>
      )}
    </section>
  );
}
