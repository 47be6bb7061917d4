/**
 * Keeps the drawing in step with the appearance settings and the way of looking: whenever the
 * network, its measures or the settings change, colours, sizes and z-order are written into the
 * display graph (sigma redraws by itself) and the matching legend into the store.
 */
import { EXTERNAL, LOCAL } from '../../analysis/locality.ts';
import { MEASURES } from '../../analysis/registry.ts';
import type { AnalysisResult } from '../../analysis/runner.ts';
import type { DisplayEdge } from '../display-graph.ts';
import { currentWording } from '../i18n.ts';
import { mapAppearance } from '../map/map-appearance.ts';
import { RELATION_KIND_COLOURS } from '../palette.ts';
import { useExplorer } from '../store.ts';
import { communityRows, communityTitle } from '../views/clusters/community-rows.ts';
import {
  type Appearance,
  EXTERNAL_TIE_COLOUR,
  edgeLegend,
  LOCAL_TIE_COLOUR,
  nodeAppearance,
  UNCLASSIFIED_TIE_COLOUR,
} from './appearance.ts';
import { lensNodes, lensTie, lensTieLegend } from './lenses.ts';
import { backboneDrawn, drawTie } from './tie-drawing.ts';

const OUTPUTS = MEASURES.flatMap((measure) => measure.outputs);

export function applyAppearance(): void {
  const state = useExplorer.getState();
  const { ecosystem, display, analysis, appearance } = state;
  if (!ecosystem || !display || !analysis) return;
  // On the map: rings for actors not at their own place, ties by where they go (map-appearance.ts).
  const map = mapAppearance(state);
  const { t } = currentWording();
  const base = nodeAppearance(ecosystem, { columns: analysis.columns, outputs: OUTPUTS }, appearance, t);
  const keys = ecosystem.nodes();
  const lens = lensNodes(appearance.lens, {
    columns: analysis.columns,
    n: ecosystem.order,
    t,
    communityName: communityNames(analysis, keys, (key) => ecosystem.getNodeAttribute(key, 'label')),
  });
  const colours = lens?.colours ?? base.colours;
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
  let tiesDrawn = 0;
  const { strengthRange } = display;
  const backbone = backboneDrawn(appearance.ties.backbone, {
    ties: display.graph.size,
    strengthsDiffer: strengthRange.max > strengthRange.min,
  });
  const drawing = { backbone, opacityByStrength: appearance.ties.opacityByStrength };
  display.graph.updateEachEdgeAttributes(
    (_edge, tie, source, target) => {
      const locality = tie.locality === LOCAL ? 'local' : tie.locality === EXTERNAL ? 'external' : 'unknown';
      const ends = { source: position.get(source) as number, target: position.get(target) as number };
      // On the map, ties are coloured by where they go (map-appearance.ts); elsewhere by the lens.
      const onMap = map.tie(tie, ends);
      const styled = onMap
        ? null
        : lensTie(appearance.lens, tie, ends, analysis.columns, lens?.colours ?? null);
      tie.zIndex = (onMap?.front ?? styled?.front) ? 1 : 0;
      const drawn = drawTie(
        drawing,
        tie,
        onMap?.colour ?? styled?.colour ?? baseTieColour(appearance, tie, locality),
        strengthRange,
      );
      tie.color = drawn.colour;
      // Hidden outside the backbone drawn, or on the map when merged into a flow between places.
      tie.hidden = drawn.hidden || (onMap?.hidden ?? false);
      if (!tie.hidden) {
        tiesDrawn++;
        tieCounts[locality]++;
      }
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
    edgeLegend(appearance.edgeColourBy, relationCounts, t);
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
  useExplorer.setState({
    legend: {
      nodes: lens?.legend ?? base.legend,
      sizeTitle: base.sizeTitle,
      edges,
      ties: { drawn: tiesDrawn, total: display.graph.size, backbone },
    },
  });
}

/** Communities by the titles their outlines carry on the canvas (views/clusters/community-rows.ts). */
function communityNames(
  analysis: AnalysisResult,
  keys: readonly string[],
  labelOf: (key: string) => string,
): (code: number) => string | undefined {
  const titles = new Map(
    communityRows(analysis.tables.communities, keys, labelOf).map((row) => [
      row.community,
      communityTitle(row),
    ]),
  );
  return (code) => titles.get(code);
}

/** A tie's colour under the appearance settings, when no lens gives it one. */
function baseTieColour(appearance: Appearance, tie: DisplayEdge, locality: 'local' | 'external' | 'unknown') {
  if (appearance.edgeColourBy === 'relation') return RELATION_KIND_COLOURS[tie.kind];
  // Decided in the display stage by the analysis' locality rule; only coloured here.
  return locality === 'local'
    ? LOCAL_TIE_COLOUR
    : locality === 'external'
      ? EXTERNAL_TIE_COLOUR
      : UNCLASSIFIED_TIE_COLOUR;
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
