/**
 * Keeps the drawing in step with the appearance settings: whenever the network, its measures
 * or the settings change, colours and sizes are written into the display graph (sigma redraws
 * by itself) and the matching legend into the store.
 */
import { EXTERNAL, LOCAL } from '../../analysis/locality.ts';
import { MEASURES } from '../../analysis/registry.ts';
import { RELATION_KIND_COLOURS } from '../palette.ts';
import { useExplorer } from '../store.ts';
import {
  EXTERNAL_TIE_COLOUR,
  edgeLegend,
  LOCAL_TIE_COLOUR,
  nodeAppearance,
  UNCLASSIFIED_TIE_COLOUR,
} from './appearance.ts';

const OUTPUTS = MEASURES.flatMap((measure) => measure.outputs);

export function applyAppearance(): void {
  const { ecosystem, display, analysis, appearance } = useExplorer.getState();
  if (!ecosystem || !display || !analysis) return;
  const nodes = nodeAppearance(ecosystem, { columns: analysis.columns, outputs: OUTPUTS }, appearance);
  const keys = ecosystem.nodes();
  const position = new Map(keys.map((key, i) => [key, i]));
  display.graph.updateEachNodeAttributes(
    (key, node) => {
      const i = position.get(key) as number;
      node.color = nodes.colours[i];
      node.size = nodes.sizes[i];
      return node;
    },
    { attributes: ['color', 'size'] },
  );
  const tieCounts = { local: 0, external: 0, unknown: 0 };
  display.graph.updateEachEdgeAttributes(
    (_edge, tie) => {
      if (appearance.edgeColourBy === 'relation') tie.color = RELATION_KIND_COLOURS[tie.kind];
      else {
        // Decided in the display stage by the analysis' locality rule; only coloured here.
        const locality =
          tie.locality === LOCAL ? 'local' : tie.locality === EXTERNAL ? 'external' : 'unknown';
        tie.color =
          locality === 'local'
            ? LOCAL_TIE_COLOUR
            : locality === 'external'
              ? EXTERNAL_TIE_COLOUR
              : UNCLASSIFIED_TIE_COLOUR;
        tieCounts[locality]++;
      }
      return tie;
    },
    { attributes: ['color'] },
  );
  // Counted on the network on screen, which filters may have cut down.
  const relationCounts: Record<string, number> = {};
  ecosystem.forEachEdge((_edge, relation) => {
    relationCounts[relation.kind] = (relationCounts[relation.kind] ?? 0) + 1;
  });
  const edges = edgeLegend(appearance.edgeColourBy, relationCounts);
  if (edges.type === 'categories' && appearance.edgeColourBy === 'locality') {
    edges.entries[0].count = tieCounts.local;
    edges.entries[1].count = tieCounts.external;
    edges.entries[2].count = tieCounts.unknown;
    edges.entries = edges.entries.filter((entry) => entry.count > 0);
  }
  useExplorer.setState({ legend: { nodes: nodes.legend, sizeTitle: nodes.sizeTitle, edges } });
}

/** Re-applies the appearance when what it depends on changes; returns the unsubscribe function. */
export function keepAppearanceInStep(): () => void {
  return useExplorer.subscribe((state, previous) => {
    if (
      state.display !== previous.display ||
      state.analysis !== previous.analysis ||
      state.appearance !== previous.appearance
    ) {
      applyAppearance();
    }
  });
}
