/** Giuliani–Bell roles: external ties against local ties, split at their means, one dot per actor. */
import { useMemo } from 'react';
import type { AnalysisSettings } from '../../../analysis/settings.ts';
import type { Wording } from '../../../i18n/i18n.ts';
import { categoryLabel } from '../../../i18n/registry-texts.ts';
import { formatNumber } from '../../charts/format.ts';
import { ScatterChart } from '../../charts/ScatterChart.tsx';
import { useWording } from '../../i18n.ts';
import { fieldLabel } from '../../words.ts';
import type { GraphFigures } from '../overview/network-figures.ts';
import type { RankingTable } from '../rankings/table.ts';
import { localityField } from './grouping.ts';
import {
  GIULIANI_BELL_COLOURS,
  GIULIANI_BELL_KEYS,
  giulianiBellQuadrants,
  type Quadrants,
} from './quadrants.ts';

interface QuadrantSectionProps {
  table: RankingTable;
  graph: GraphFigures;
  settings: AnalysisSettings;
  selectedActor: number;
  onOpen(key: string): void;
}

export function QuadrantSection({ table, graph, settings, selectedActor, onOpen }: QuadrantSectionProps) {
  const quadrants = useMemo(() => giulianiBellQuadrants(table.measures, graph), [table, graph]);
  const wording = useWording();
  const { t, language } = wording;
  const localRule =
    settings.localKm && settings.localKm > 0
      ? t('brokers.giulianiBell.withinKm', { km: formatNumber(settings.localKm, language) })
      : t('brokers.giulianiBell.sameField', { field: fieldLabel(t, localityField(settings)) });

  return (
    <section className="brokers-section" aria-labelledby="brokers-quadrant-title">
      <h2 id="brokers-quadrant-title">{t('brokers.giulianiBell.title')}</h2>
      <p className="brokers-lead">{t('brokers.giulianiBell.lead', { rule: localRule })}</p>
      {quadrants ? (
        <QuadrantChart
          quadrants={quadrants}
          table={table}
          selectedActor={selectedActor}
          onOpen={onOpen}
          wording={wording}
        />
      ) : (
        <p className="muted">{t('brokers.giulianiBell.notYet')}</p>
      )}
    </section>
  );
}

function QuadrantChart({
  quadrants,
  table,
  selectedActor,
  onOpen,
  wording,
}: {
  quadrants: Quadrants;
  table: RankingTable;
  selectedActor: number;
  onOpen(key: string): void;
  wording: Wording;
}) {
  const { t, language } = wording;
  const { counts } = quadrants;
  const groupName = (code: number) => t(`brokers.giulianiBell.group.${GIULIANI_BELL_KEYS[code]}`);
  const groupCount = (code: number) =>
    t('brokers.giulianiBell.groupCount', { name: groupName(code), count: counts[code] });
  const series = GIULIANI_BELL_KEYS.map((key, code) => ({
    id: key,
    label: groupCount(code),
    colour: GIULIANI_BELL_COLOURS[code],
  }));
  const summary = t('brokers.giulianiBell.summary', {
    count: table.keys.length,
    list: GIULIANI_BELL_KEYS.map((_key, code) =>
      t('brokers.giulianiBell.summaryItem', {
        name: groupName(code).toLocaleLowerCase(language),
        count: counts[code],
      }),
    )
      .reverse()
      .join(', '),
    external: formatNumber(quadrants.meanExternal, language),
    local: formatNumber(quadrants.meanLocal, language),
  });
  const mean = t('brokers.giulianiBell.mean');
  return (
    <ScatterChart
      testId="quadrant-chart"
      title={t('brokers.giulianiBell.chart')}
      caption={t('brokers.giulianiBell.caption')}
      summary={summary}
      xLabel={t('brokers.giulianiBell.x')}
      yLabel={t('brokers.giulianiBell.y')}
      xs={quadrants.external}
      ys={quadrants.local}
      xScale="sqrt"
      yScale="sqrt"
      series={series}
      seriesOf={quadrants.roles}
      referenceLines={[
        { axis: 'x', value: quadrants.meanExternal, label: mean },
        { axis: 'y', value: quadrants.meanLocal, label: mean },
      ]}
      cornerLabels={{
        'top-right': groupCount(3),
        'bottom-right': groupCount(2),
        'top-left': groupCount(1),
        'bottom-left': groupCount(0),
      }}
      pointLabel={(actor) => {
        const code = quadrants.roles[actor];
        return t('brokers.giulianiBell.point', {
          label: table.labels[actor],
          external: quadrants.external[actor],
          local: quadrants.local[actor],
          role:
            code >= 0 && code < GIULIANI_BELL_KEYS.length
              ? categoryLabel(t, 'giuliani_bell_role', code)
              : t('brokers.giulianiBell.noRole'),
        });
      }}
      onPick={(actor) => onOpen(table.keys[actor])}
      selectedActor={selectedActor}
    />
  );
}
