/**
 * Keeps the drawing in step with the appearance settings and the way of looking: whenever the
 * network, its measures or the settings change, colours, sizes and z-order are written into the
 * display graph (sigma redraws by itself) and the matching legend into the store.
 */
import { EXTERNAL, LOCAL } from '../../analysis/locality.ts';
import { MEASURES } from '../../analysis/registry.ts';
import { appI18n } from '../i18n.ts';
import { mapAppearance } from '../map/map-appearance.ts';
import { RELATION_KIND_COLOURS } from '../palette.ts';
import { useExplorer } from '../store.ts';
import {
  EXTERNAL_TIE_COLOUR,
  edgeLegend,
  LOCAL_TIE_COLOUR,
  nodeAppearance,
  UNCLASSIFIED_TIE_COLOUR,
} from './appearance.ts';
import { lensNodes, lensTie, lensTieLegend } from './lenses.ts';

const OUTPUTS = MEASURES.flatMap((measure) => measure.outputs);

export function applyAppearance(): void {
  const state = useExplorer.getState();
  const { ecosystem, display, analysis, appearance } = state;
  if (!ecosystem || !display || !analysis) return;
  // On the map: rings for actors not at their own place, ties by where they go (map-appearance.ts).
  const map = mapAppearance(state);
  const t = appI18n.t.bind(appI18n);
  const base = nodeAppearance(ecosystem, { columns: analysis.columns, outputs: OUTPUTS }, appearance);
  const lens = lensNodes(appearance.lens, { columns: analysis.columns, n: ecosystem.order, t });
  const colours = lens?.colours ?? base.colours;
  const keys = ecosystem.nodes();
  const position = new Map(keys.map((key, i) => [key, i]));
  display.graph.updateEachNodeAttributes(
    (key, node) => {
      const i = position.get(key) as number;
      node.color = colours[i];
      node.size =
        lens && !lens.front[i] && appearance.lens === 'gatekeepers' ? base.sizes[i] * 0.6 : base.sizes[i];
      node.zIndex = lens?.front[i] ?? 0;
      node.forceLabel = lens?.named.has(i) ?? false;
      Object.assign(node, map.node(i));
      return node;
    },
    { attributes: ['color', 'size', 'zIndex', 'forceLabel', 'type', 'ringColor', 'ringSize', 'holeSize'] },
  );
  const tieCounts = { local: 0, external: 0, unknown: 0 };
  display.graph.updateEachEdgeAttributes(
    (_edge, tie, source, target) => {
      const locality = tie.locality === LOCAL ? 'local' : tie.locality === EXTERNAL ? 'external' : 'unknown';
      tieCounts[locality]++;
      const ends = { source: position.get(source) as number, target: position.get(target) as number };
      const onMap = map.tie(tie, ends);
      tie.hidden = onMap?.hidden ?? false;
      if (onMap) {
        tie.color = onMap.colour;
        tie.zIndex = onMap.front ? 1 : 0;
        return tie;
      }
      const styled = lensTie(appearance.lens, tie, ends, analysis.columns, lens?.colours ?? null);
      if (styled) {
        tie.color = styled.colour;
        tie.zIndex = styled.front ? 1 : 0;
        return tie;
      }
      tie.zIndex = 0;
      if (appearance.edgeColourBy === 'relation') tie.color = RELATION_KIND_COLOURS[tie.kind];
      // Decided in the display stage by the analysis' locality rule; only coloured here.
      else
        tie.color =
          locality === 'local'
            ? LOCAL_TIE_COLOUR
            : locality === 'external'
              ? EXTERNAL_TIE_COLOUR
              : UNCLASSIFIED_TIE_COLOUR;
      return tie;
    },
    { attributes: ['color', 'zIndex', 'hidden'] },
  );
  // Counted on the network on screen, which filters may have cut down.
  const relationCounts: Record<string, number> = {};
  ecosystem.forEachEdge((_edge, relation) => {
    relationCounts[relation.kind] = (relationCounts[relation.kind] ?? 0) + 1;
  });
  let edges =
    map.legend(t) ??
    lensTieLegend(appearance.lens, tieCounts, t) ??
    edgeLegend(appearance.edgeColourBy, relationCounts);
  if (
    appearance.lens === 'network' &&
    !map.active &&
    edges.type === 'categories' &&
    appearance.edgeColourBy === 'locality'
  ) {
    const [local, external, unknown] = edges.entries;
    edges = {
      ...edges,
      entries: [
        { ...local, count: tieCounts.local },
        { ...external, count: tieCounts.external },
        { ...unknown, count: tieCounts.unknown },
      ].filter((entry) => entry.count > 0),
    };
  }
  useExplorer.setState({ legend: { nodes: lens?.legend ?? base.legend, sizeTitle: base.sizeTitle, edges } });
}

/** Re-applies the appearance when what it depends on changes; returns the unsubscribe function. */
export function keepAppearanceInStep(): () => void {
  return useExplorer.subscribe((state, previous) => {
    if (
      state.display !== previous.display ||
      state.analysis !== previous.analysis ||
      state.appearance !== previous.appearance ||
      state.language !== previous.language ||
      state.layoutMode !== previous.layoutMode ||
      state.mapSettings !== previous.mapSettings
    ) {
      applyAppearance();
    }
  });
}
