/**
 * What the map adds to the appearance (appearance/apply.ts calls it while it writes colours):
 * actors' rings (map-nodes.ts), ties coloured by where they go and hidden where flows replace
 * them (map-ties.ts), and the ties' legend. Off the map it adds nothing.
 */
import { groupingOf } from '../../analysis/groups.ts';
import type { Translate } from '../../i18n/i18n.ts';
import type { ColourLegend } from '../appearance/appearance.ts';
import type { ExplorerState } from '../store.ts';
import { mapAvailable } from './map-layout.ts';
import { type MapNodeStyle, mapNodeStyle } from './map-nodes.ts';
import type { FlowLevel } from './map-settings.ts';
import { type MapTieClass, type MapTieStyle, mapTieLegend, mapTieStyle } from './map-ties.ts';

export interface MapAppearance {
  active: boolean;
  node(index: number): MapNodeStyle;
  tie(
    tie: { locality: number; crossBorder: boolean },
    ends: { source: number; target: number },
  ): MapTieStyle | null;
  legend(t: Translate): ColourLegend | null;
}

/** The field whose places flows join: region-flows' own field for regions, else the country. */
export function flowField(
  level: Exclude<FlowLevel, 'ties'>,
  state: Pick<ExplorerState, 'analysisSettings'>,
): string {
  if (level === 'countries') return 'country';
  const chosen = state.analysisSettings.options?.['region-flows']?.flowBy;
  return typeof chosen === 'string' && chosen !== '' ? chosen : 'region';
}

export function mapAppearance(
  state: Pick<
    ExplorerState,
    'ecosystem' | 'display' | 'analysis' | 'layoutMode' | 'mapSettings' | 'analysisSettings'
  >,
): MapAppearance {
  const { ecosystem, display, analysis, mapSettings } = state;
  if (state.layoutMode !== 'map' || !ecosystem || !display?.map || !mapAvailable(display)) {
    return { active: false, node: () => mapNodeStyle(null, null), tie: () => null, legend: () => null };
  }
  const placement = display.map.placement;
  const attachment = mapSettings.attachment ? (analysis?.columns.local_attachment ?? null) : null;
  let flowGroups: Int32Array | null = null;
  if (mapSettings.flows !== 'ties') {
    const field = flowField(mapSettings.flows, state);
    flowGroups = groupingOf(
      ecosystem.mapNodes((_key, actor) => actor.fields[field] ?? null),
      'left-out',
    ).codes;
  }
  const counts: Record<MapTieClass, number> = { local: 0, external: 0, crossBorder: 0, unknown: 0 };
  return {
    active: true,
    node: (i) => mapNodeStyle(placement[i], attachment ? attachment[i] : null),
    tie(tie, ends) {
      const style = mapTieStyle(tie, ends, { flowGroups });
      counts[style.tieClass]++;
      return style;
    },
    legend: (t) => mapTieLegend(counts, t),
  };
}
