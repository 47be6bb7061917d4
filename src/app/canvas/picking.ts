/**
 * Which actor is under the pointer, found on the CPU from a grid of the actors' places.
 *
 * Sigma finds it by reading a pixel back from a picking framebuffer on every pointer move.
 * Reading a pixel back makes the main thread wait until the GPU has drawn everything queued
 * before it; with 65,000 ties that is a frame's full cost on every move, and with software
 * WebGL it was seconds (a 15-step pan on the Dutch H2020 network: long tasks of 1–7 s, 207 s
 * in readPixels in all). A grid lookup costs microseconds and never waits for the GPU, so the
 * explorer answers sigma's own question (`getNodeAtPosition`) with it: hover, click and drag
 * events stay sigma's, only the lookup changes, and sigma's picking pass is no longer drawn.
 */
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from '../display-graph.ts';

type Renderer = Sigma<DisplayNode, DisplayEdge>;

/** About this many actors per grid cell. */
const PER_CELL = 4;

interface Grid {
  keys: string[];
  /** Framed-graph coordinates (sigma's normalised space, which the camera does not change). */
  x: Float64Array;
  y: Float64Array;
  size: Float64Array;
  z: Float64Array;
  largestSize: number;
  minX: number;
  minY: number;
  cell: number;
  columns: number;
  rows: number;
  /** Actor indices per cell, as one array with start offsets (counting sort). */
  start: Int32Array;
  members: Int32Array;
}

/** The part of sigma's display record of an actor the grid reads. */
interface DisplayRecord {
  x: number;
  y: number;
  size: number;
  zIndex?: number;
  hidden?: boolean;
}

function buildGrid(renderer: Renderer): Grid {
  // Sigma's records are read in place (its `nodeDataCache`, private in its types):
  // `getNodeDisplayData` copies the record on every call, 16,062 copies and their garbage per
  // grid on the Dutch Horizon 2020 network, where the grid made on the first pointer move after
  // a change was a main-thread task of 60–90 ms.
  const records = (renderer as unknown as { nodeDataCache: Record<string, DisplayRecord | undefined> })
    .nodeDataCache;
  const graph = renderer.getGraph();
  const keys: string[] = [];
  const xs = new Float64Array(graph.order);
  const ys = new Float64Array(graph.order);
  const sizes = new Float64Array(graph.order);
  const zs = new Float64Array(graph.order);
  let largestSize = 0;
  graph.forEachNode((key) => {
    const data = records[key];
    if (!data || data.hidden) return;
    const i = keys.length;
    keys.push(key);
    xs[i] = data.x;
    ys[i] = data.y;
    sizes[i] = data.size;
    zs[i] = data.zIndex ?? 0;
    if (data.size > largestSize) largestSize = data.size;
  });
  const n = keys.length;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    if (xs[i] < minX) minX = xs[i];
    if (xs[i] > maxX) maxX = xs[i];
    if (ys[i] < minY) minY = ys[i];
    if (ys[i] > maxY) maxY = ys[i];
  }
  const width = Math.max(maxX - minX, 1e-9);
  const height = Math.max(maxY - minY, 1e-9);
  const cell = Math.max(Math.sqrt((width * height * PER_CELL) / Math.max(n, 1)), 1e-9);
  const columns = Math.max(1, Math.ceil(width / cell) + 1);
  const rows = Math.max(1, Math.ceil(height / cell) + 1);
  const cellOf = new Int32Array(n);
  const start = new Int32Array(columns * rows + 1);
  for (let i = 0; i < n; i++) {
    const c = Math.floor((xs[i] - minX) / cell) + columns * Math.floor((ys[i] - minY) / cell);
    cellOf[i] = c;
    start[c + 1]++;
  }
  for (let c = 0; c < columns * rows; c++) start[c + 1] += start[c];
  const filled = start.slice(0, columns * rows);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[filled[cellOf[i]]++] = i;
  return {
    keys,
    x: xs.subarray(0, n),
    y: ys.subarray(0, n),
    size: sizes.subarray(0, n),
    z: zs.subarray(0, n),
    largestSize,
    minX,
    minY,
    cell,
    columns,
    rows,
    start,
    members,
  };
}

export class NodePicker {
  private grid: Grid | null = null;

  constructor(private readonly renderer: Renderer) {}

  /** Places or sizes changed: the grid is made again at the next lookup. */
  invalidate(): void {
    this.grid = null;
  }

  /** The actor drawn at a viewport point, or null; the one in front (then the larger) wins. */
  nodeAt(point: { x: number; y: number }): string | null {
    const renderer = this.renderer;
    this.grid ??= buildGrid(renderer);
    const grid = this.grid;
    if (grid.keys.length === 0) return null;
    const centre = renderer.viewportToFramedGraph(point);
    // The largest actor's radius on screen, in framed units, bounds the cells to look in.
    const reachPixels = renderer.scaleSize(grid.largestSize) + 1;
    const aside = renderer.viewportToFramedGraph({ x: point.x + reachPixels, y: point.y });
    const reach = Math.hypot(aside.x - centre.x, aside.y - centre.y);
    const fromColumn = Math.max(0, Math.floor((centre.x - reach - grid.minX) / grid.cell));
    const toColumn = Math.min(grid.columns - 1, Math.floor((centre.x + reach - grid.minX) / grid.cell));
    const fromRow = Math.max(0, Math.floor((centre.y - reach - grid.minY) / grid.cell));
    const toRow = Math.min(grid.rows - 1, Math.floor((centre.y + reach - grid.minY) / grid.cell));
    let best = -1;
    for (let row = fromRow; row <= toRow; row++)
      for (let column = fromColumn; column <= toColumn; column++) {
        const c = column + row * grid.columns;
        for (let m = grid.start[c]; m < grid.start[c + 1]; m++) {
          const i = grid.members[m];
          const onScreen = renderer.framedGraphToViewport({ x: grid.x[i], y: grid.y[i] });
          const radius = renderer.scaleSize(grid.size[i]);
          if (Math.hypot(onScreen.x - point.x, onScreen.y - point.y) > radius) continue;
          if (
            best < 0 ||
            grid.z[i] > grid.z[best] ||
            (grid.z[i] === grid.z[best] && grid.size[i] > grid.size[best])
          )
            best = i;
        }
      }
    return best < 0 ? null : grid.keys[best];
  }
}

/**
 * Answers sigma's pointer lookups from the grid; the grid follows the graph's places and sizes.
 * Returns the function that stops following.
 */
export function pickOnTheCpu(renderer: Renderer): () => void {
  const picker = new NodePicker(renderer);
  const graph = renderer.getGraph();
  const invalidate = () => picker.invalidate();
  // Sigma's own method, answered per instance; its callers (hover, click, drag) are unchanged.
  // (Declared private in sigma's types; it is the one lookup every pointer handler calls.)
  const lookups = renderer as unknown as {
    getNodeAtPosition(position: { x: number; y: number }): string | null;
  };
  lookups.getNodeAtPosition = (position) => picker.nodeAt(position);
  // Nothing reads sigma's picking framebuffer any more, yet each of its node programs still
  // draws every actor into it on every frame, before drawing them on screen: a second pass
  // (a quarter of the pixels, all of the vertices). Without a GPU that pass was a large share of
  // each frame of a pan: on the Dutch Horizon 2020 network (16,062 actors, ties hidden while
  // moving) a pointer move of a pan took 500–800 ms with it and 250–430 ms without.
  // (`pickProgram` is the program's own, public in JavaScript, undeclared in sigma's types.)
  const programs = renderer as unknown as { nodePrograms: Record<string, { pickProgram: unknown }> };
  for (const program of Object.values(programs.nodePrograms)) program.pickProgram = null;
  renderer.on('afterProcess', invalidate);
  graph.on('nodeAttributesUpdated', invalidate);
  graph.on('eachNodeAttributesUpdated', invalidate);
  return () => {
    renderer.off('afterProcess', invalidate);
    graph.off('nodeAttributesUpdated', invalidate);
    graph.off('eachNodeAttributesUpdated', invalidate);
  };
}
