/** Giuliani–Bell roles: external ties against local ties, split at their means, one dot per actor. */
import { useMemo } from 'react';
import { GIULIANI_BELL_ROLES } from '../../../analysis/measures/giuliani-bell.ts';
import type { AnalysisSettings } from '../../../analysis/settings.ts';
import { countOf, formatNumber } from '../../charts/format.ts';
import { ScatterChart } from '../../charts/ScatterChart.tsx';
import type { GraphFigures } from '../overview/network-figures.ts';
import type { RankingTable } from '../rankings/table.ts';
import { localityField } from './grouping.ts';
import { GIULIANI_BELL_COLOURS, giulianiBellQuadrants, type Quadrants } from './quadrants.ts';

const PLURALS = ['Isolated', 'Mutual exchangers', 'External stars', 'Gatekeepers'];

interface QuadrantSectionProps {
  table: RankingTable;
  graph: GraphFigures;
  settings: AnalysisSettings;
  selectedActor: number;
  onOpen(key: string): void;
}

export function QuadrantSection({ table, graph, settings, selectedActor, onOpen }: QuadrantSectionProps) {
  const quadrants = useMemo(() => giulianiBellQuadrants(table.measures, graph), [table, graph]);
  const localRule =
    settings.localKm && settings.localKm > 0
      ? `within ${formatNumber(settings.localKm)} km`
      : `with the same ${localityField(settings)}`;

  return (
    <section className="brokers-section" aria-labelledby="brokers-quadrant-title">
      <h2 id="brokers-quadrant-title">Giuliani–Bell knowledge roles</h2>
      <p className="brokers-lead">
        Local centrality is the number of ties to actors {localRule}; external openness the number of ties to
        everyone else. Each is high when strictly above its mean over all actors, isolates included.
      </p>
      {quadrants ? (
        <QuadrantChart quadrants={quadrants} table={table} selectedActor={selectedActor} onOpen={onOpen} />
      ) : (
        <p className="muted">Local and external ties are not computed yet.</p>
      )}
    </section>
  );
}

function QuadrantChart({
  quadrants,
  table,
  selectedActor,
  onOpen,
}: {
  quadrants: Quadrants;
  table: RankingTable;
  selectedActor: number;
  onOpen(key: string): void;
}) {
  const { counts } = quadrants;
  const series = GIULIANI_BELL_ROLES.map((role, code) => ({
    id: role,
    label: `${PLURALS[code]} · ${counts[code]}`,
    colour: GIULIANI_BELL_COLOURS[code],
  }));
  const summary =
    `Giuliani–Bell roles of ${countOf(table.keys.length, 'actor', 'actors')}: ` +
    GIULIANI_BELL_ROLES.map((_role, code) => `${PLURALS[code].toLowerCase()} ${counts[code]}`)
      .reverse()
      .join(', ') +
    `; mean external ties ${formatNumber(quadrants.meanExternal)}, mean local ties ${formatNumber(quadrants.meanLocal)}.`;
  return (
    <ScatterChart
      testId="quadrant-chart"
      title="External openness against local centrality"
      caption="Click a dot to select the actor on the map."
      summary={summary}
      xLabel="External ties (external openness)"
      yLabel="Local ties (local centrality)"
      xs={quadrants.external}
      ys={quadrants.local}
      xScale="sqrt"
      yScale="sqrt"
      series={series}
      seriesOf={quadrants.roles}
      referenceLines={[
        { axis: 'x', value: quadrants.meanExternal, label: 'mean' },
        { axis: 'y', value: quadrants.meanLocal, label: 'mean' },
      ]}
      cornerLabels={{
        'top-right': `Gatekeepers · ${counts[3]}`,
        'bottom-right': `External stars · ${counts[2]}`,
        'top-left': `Mutual exchangers · ${counts[1]}`,
        'bottom-left': `Isolated · ${counts[0]}`,
      }}
      pointLabel={(actor) =>
        `${table.labels[actor]}: ${quadrants.external[actor]} external, ${quadrants.local[actor]} local — ` +
        `${GIULIANI_BELL_ROLES[quadrants.roles[actor]] ?? 'no role'}`
      }
      onPick={(actor) => onOpen(table.keys[actor])}
      selectedActor={selectedActor}
    />
  );
}
