/**
 * While a pan moves the camera, the CPU layers (cpu-layer.ts) are moved as pictures instead of
 * being drawn again.
 *
 * A pan changes nothing but where the view looks: every layer's last picture, shifted by how far
 * the camera moved, is what drawing it again would give, except a strip at the edge the view has
 * just uncovered. In software rendering, drawing the map's layers again (land, borders, flows,
 * town names) cost a main-thread task of 50–100 ms on every frame of a pan of the Horizon Europe
 * samples, and none at all when they were left out; a CSS transform costs nothing on the main
 * thread. The layers are drawn afresh once the pan and its glide are over, and at once whenever
 * the zoom or the angle changes, the graph's positions or styles change (a layout running, an
 * actor dragged), or a layer is drawn for another reason (a hover, a selection).
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { affineOf } from '../map/view-transform.ts';
import { repaint } from './cpu-layer.ts';

type Matrix = readonly number[];

interface Picture {
  matrix: Matrix;
  generation: number;
}

/** Drawn afresh this long after the last frame that moved a picture (the glide included). */
const SETTLE_MILLISECONDS = 150;
/** Relative difference under which two zooms are the same. */
const SAME_SCALE = 1e-9;

const GRAPH_CHANGES = [
  'nodeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'edgeAttributesUpdated',
  'eachEdgeAttributesUpdated',
] as const;

export class PanPictures<N extends Attributes, E extends Attributes> {
  private readonly pictures = new WeakMap<CanvasRenderingContext2D, Picture>();
  /** Counts changes of the graph's attributes: a picture drawn before one is out of date. */
  private generation = 0;
  private settle: ReturnType<typeof setTimeout> | null = null;
  private readonly graphChanged = () => {
    this.generation++;
  };
  private readonly released = () => this.settleLater();

  constructor(private readonly renderer: Sigma<N, E>) {
    const graph = renderer.getGraph();
    for (const event of GRAPH_CHANGES) graph.on(event, this.graphChanged);
    renderer.getMouseCaptor().on('mouseup', this.released);
  }

  /**
   * Whether `context`'s last picture was moved into place for this frame, so that nothing is to
   * be drawn on it; call after each render, before drawing the layer.
   */
  moved(context: CanvasRenderingContext2D): boolean {
    const picture = this.pictures.get(context);
    if (!picture || picture.generation !== this.generation || !this.panning()) return false;
    const matrix = this.matrix();
    for (let i = 0; i < 4; i++)
      if (Math.abs(matrix[i] - picture.matrix[i]) > SAME_SCALE * Math.abs(picture.matrix[i]) + SAME_SCALE)
        return false;
    const dx = matrix[4] - picture.matrix[4];
    const dy = matrix[5] - picture.matrix[5];
    context.canvas.style.transform = dx === 0 && dy === 0 ? '' : `translate(${dx}px, ${dy}px)`;
    this.settleLater();
    return true;
  }

  /** Draws `context` afresh (cpu-layer.ts `repaint`) and remembers where the camera was. */
  repaint(context: CanvasRenderingContext2D, draw: () => boolean): void {
    if (context.canvas.style.transform) context.canvas.style.transform = '';
    repaint(context, draw);
    this.pictures.set(context, { matrix: this.matrix(), generation: this.generation });
  }

  stop(): void {
    const graph = this.renderer.getGraph();
    for (const event of GRAPH_CHANGES) graph.off(event, this.graphChanged);
    this.renderer.getMouseCaptor().off('mouseup', this.released);
    if (this.settle !== null) clearTimeout(this.settle);
  }

  /** The stage dragged, or the camera gliding or flying (zooms are told apart by the matrix). */
  private panning(): boolean {
    return this.renderer.getMouseCaptor().isMoving || this.renderer.getCamera().isAnimated();
  }

  private matrix(): Matrix {
    return affineOf((point) => this.renderer.framedGraphToViewport(point), 1);
  }

  /** A render once the movement is over, which then draws every layer afresh. */
  private settleLater(): void {
    if (this.settle !== null) clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      this.settle = null;
      this.renderer.scheduleRender();
    }, SETTLE_MILLISECONDS);
  }
}
