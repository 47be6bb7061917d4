/**
 * Everything the explorer can save: measure tables, the network in exchange formats, the
 * project, and pictures of the canvas. All of it is written in the browser and downloaded.
 */
import { columnsInRegistryOrder } from '../../analysis/runner.ts';
import {
  createProject,
  type JsonValue,
  type MeasureColumn,
  writeEdgesCsv,
  writeGexf,
  writeGraphml,
  writeNodesCsv,
  writeProject,
} from '../../io/index.ts';
import { actorId } from '../../model/ecosystem.ts';
import { activeRenderer, cameraState } from '../canvas/renderer.ts';
import { download } from '../download.ts';
import { fileSafeName } from '../file-names.ts';
import { mapSvgLayers } from '../map/map-export.ts';
import { captureSession, sessionToJson } from '../session/session.ts';
import { useExplorer } from '../store.ts';
import { figurePdf, figurePng } from './figure.ts';
import { figureSvg } from './figure-frame.ts';
import { type SvgEdge, type SvgNode, svgBody } from './svg.ts';

const CSV = 'text/csv;charset=utf-8';

function baseName(): string {
  return fileSafeName(useExplorer.getState().networkName);
}

/** Measure columns in registry order, the same as the command line writes. */
export function measureColumns(): MeasureColumn[] {
  const analysis = useExplorer.getState().analysis;
  if (!analysis) return [];
  return columnsInRegistryOrder(analysis);
}

export function exportNodesCsv(): void {
  const { ecosystem } = useExplorer.getState();
  if (!ecosystem) return;
  const keys = ecosystem.nodes();
  const labels = keys.map((key) => ecosystem.getNodeAttribute(key, 'label'));
  const kinds = keys.map((key) => ecosystem.getNodeAttribute(key, 'kind'));
  download(
    `${baseName()}-nodes.csv`,
    writeNodesCsv(keys, labels, kinds, measureColumns(), { byteOrderMark: true }),
    CSV,
  );
}

export function exportEdgesCsv(): void {
  const { ecosystem } = useExplorer.getState();
  if (ecosystem) download(`${baseName()}-edges.csv`, writeEdgesCsv(ecosystem, { byteOrderMark: true }), CSV);
}

function layoutMaps() {
  const display = useExplorer.getState().display;
  const positions = new Map<string, { x: number; y: number }>();
  const colors = new Map<string, string>();
  display?.graph.forEachNode((key, node) => {
    positions.set(actorId(key), { x: node.x, y: node.y });
    colors.set(actorId(key), node.color);
  });
  return { positions, colors };
}

export function exportGexf(): void {
  const { ecosystem } = useExplorer.getState();
  if (ecosystem) download(`${baseName()}.gexf`, writeGexf(ecosystem, layoutMaps()), 'application/xml');
}

export function exportGraphml(): void {
  const { ecosystem } = useExplorer.getState();
  if (ecosystem) download(`${baseName()}.graphml`, writeGraphml(ecosystem, layoutMaps()), 'application/xml');
}

/**
 * The project file: the network as read (before the time window and filters) and the whole
 * session, so opening it restores exactly what is on screen, derived again the same way.
 */
export function exportProject(): void {
  const state = useExplorer.getState();
  if (!state.source) return;
  const { importOptions } = state;
  const project = createProject(state.source, {
    name: state.networkName ?? undefined,
    settings: {
      symmetrise: importOptions.symmetrise,
      mergeSimilar: importOptions.mergeSimilar,
      acceptedMerges: importOptions.acceptedMerges?.map((merge) => ({
        into: merge.into,
        names: [...merge.names],
      })),
    },
    session: sessionToJson(captureSession(state, cameraState())) as unknown as JsonValue,
  });
  download(`${baseName()}.clusterscope.json`, writeProject(project), 'application/json');
}

/** The canvas as a figure (title, legend, caption) in PNG at `scale` times the window's size. */
export async function exportPng(scale: number): Promise<void> {
  const renderer = activeRenderer();
  if (renderer) download(`${baseName()}.png`, await figurePng(renderer, scale));
}

/** The figure as a one-page PDF, for reports that are printed. */
export async function exportPdf(): Promise<void> {
  const renderer = activeRenderer();
  if (renderer) download(`${baseName()}.pdf`, await figurePdf(renderer));
}

/** What the canvas draws, in screen coordinates: visible actors (labelled as on screen) and ties. */
function drawnElements(renderer: NonNullable<ReturnType<typeof activeRenderer>>) {
  const graph = renderer.getGraph();
  const shown = renderer.getNodeDisplayedLabels();
  const nodes: SvgNode[] = [];
  graph.forEachNode((key) => {
    const data = renderer.getNodeDisplayData(key);
    if (!data || data.hidden) return;
    const point = renderer.framedGraphToViewport(data);
    nodes.push({
      ...point,
      radius: renderer.scaleSize(data.size),
      color: data.color,
      label: shown.has(key) ? data.label : null,
    });
  });
  const edges: SvgEdge[] = [];
  graph.forEachEdge((key, _attributes, source, target) => {
    const data = renderer.getEdgeDisplayData(key);
    const from = renderer.getNodeDisplayData(source);
    const to = renderer.getNodeDisplayData(target);
    if (!data || data.hidden || !from || !to) return;
    const a = renderer.framedGraphToViewport(from);
    const b = renderer.framedGraphToViewport(to);
    edges.push({
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      width: renderer.scaleSize(data.size),
      color: data.color,
    });
  });
  return { nodes, edges };
}

/** The figure as SVG: every tie a line and every actor a circle, sharp at any size. */
export function exportSvg(): void {
  const renderer = activeRenderer();
  if (!renderer) return;
  const { nodes, edges } = drawnElements(renderer);
  const { width, height } = renderer.getDimensions();
  download(
    `${baseName()}.svg`,
    figureSvg(width, height, svgBody(nodes, edges, mapSvgLayers(renderer))),
    'image/svg+xml',
  );
}
