/** Burt's structural holes: constraint against effective size, one dot per actor coloured by kind. */
import { useMemo } from 'react';
import { ACTOR_KIND_LABELS, ACTOR_KINDS } from '../../../model/kinds.ts';
import { countOf, formatNumber } from '../../charts/format.ts';
import { ScatterChart } from '../../charts/ScatterChart.tsx';
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
  const series = ACTOR_KINDS.map((kind) => ({
    id: kind,
    label: ACTOR_KIND_LABELS[kind],
    colour: ACTOR_KIND_COLOURS[kind],
  }));

  return (
    <section className="brokers-section" aria-labelledby="brokers-holes-title">
      <h2 id="brokers-holes-title">Structural holes (Burt)</h2>
      <p className="brokers-lead">
        An actor whose partners are not tied to each other spans structural holes: low constraint and a high
        effective size (many non-redundant partners) mark a broker across structural holes, toward the lower
        right. High constraint, toward the top, means the partners all know each other or one partner
        dominates.
      </p>
      {points ? (
        <ScatterChart
          testId="constraint-chart"
          title="Constraint against effective size"
          caption={`${countOf(points.plotted, 'actor', 'actors')} with at least one partner; click a dot to select the actor.`}
          summary={`Constraint against effective size for ${countOf(points.plotted, 'actor', 'actors')}; brokers sit at low constraint and high effective size.`}
          xLabel="Effective size (non-redundant partners)"
          yLabel="Constraint"
          xs={points.effectiveSize}
          ys={points.constraint}
          xScale="sqrt"
          series={series}
          seriesOf={seriesOf}
          pointLabel={(actor) =>
            `${table.labels[actor]}: effective size ${formatNumber(points.effectiveSize[actor])}, constraint ${formatNumber(points.constraint[actor])}`
          }
          onPick={(actor) => onOpen(table.keys[actor])}
          selectedActor={selectedActor}
        />
      ) : (
        <p className="muted">Constraint and effective size are not computed yet.</p>
      )}
    </section>
  );
}
