/**
 * While the camera moves (a pan and its glide, a zoom, a flight to an actor), the 2D layers
 * (layer-2d.ts) and the highlight's WebGL mark layer (mark-layer.ts) are moved as pictures instead
 * of being drawn again.
 *
 * A camera move changes nothing but where the view looks, and sigma's mapping from graph to
 * screen is affine: every layer's last picture, put through the affine map from the old view to
 * the new one, is what drawing it again would give — shifted, or scaled a little soft during a
 * zoom, with a strip at the edge the view has just uncovered blank. In software rendering, drawing
 * the map's layers again (land, borders, flows, town names) cost a main-thread task of 50–100 ms
 * on every frame of a pan of the Horizon Europe samples, and none at all when they were left out;
 * a CSS transform costs nothing on the main thread. The layers are drawn afresh once the camera
 * is still, and at once whenever the graph's positions or styles change (a layout running, an
 * actor dragged) or a layer is drawn for another reason (a hover, a selection).
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { affineOf, type Matrix } from '../map/view-transform.ts';
import { repaint, showIfDrawn } from './layer-2d.ts';
import { MarkLayer } from './mark-layer.ts';

/** A layer moved as a picture: a 2D layer, or the highlight's WebGL marks. */
export type PictureLayer = CanvasRenderingContext2D | MarkLayer;

interface Picture {
  matrix: Matrix;
  generation: number;
}

/** Drawn afresh this long after the last frame that moved a picture (the glide included). */
const SETTLE_MILLISECONDS = 150;

const GRAPH_CHANGES = [
  'nodeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'edgeAttributesUpdated',
  'eachEdgeAttributesUpdated',
] as const;

export class CameraPictures<N extends Attributes, E extends Attributes> {
  private readonly pictures = new WeakMap<PictureLayer, Picture>();
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
   * Whether `layer`'s last picture was moved into place for this frame, so that nothing is to
   * be drawn on it; call after each render, before drawing the layer.
   */
  moved(layer: PictureLayer): boolean {
    const picture = this.pictures.get(layer);
    if (!picture || picture.generation !== this.generation || !this.panning()) return false;
    const move = fromTo(picture.matrix, this.matrix());
    if (!move) return false;
    placeAt(layer.canvas.style, move);
    this.settleLater();
    return true;
  }

  /**
   * Whether every one of `layers` (drawn together, so moved together) was moved into place for
   * this frame; each is moved where it can be, and all are to be drawn afresh where one cannot.
   */
  movedAll(layers: readonly PictureLayer[]): boolean {
    return layers.map((layer) => this.moved(layer)).every(Boolean);
  }

  /**
   * Draws `layer` afresh and remembers where the camera was: a 2D layer cleared and then drawn
   * by `draw` (layer-2d.ts `repaint`), the mark layer drawn by `draw` itself; either is hidden
   * while `draw` says nothing was drawn.
   */
  repaint(layer: PictureLayer, draw: () => boolean): void {
    const { canvas } = layer;
    if (canvas.style.transform) canvas.style.transform = '';
    if (layer instanceof MarkLayer) showIfDrawn(canvas, draw());
    else repaint(layer, draw);
    this.pictures.set(layer, { matrix: this.matrix(), generation: this.generation });
  }

  /**
   * Whether the camera moves this frame, for layers that follow it by themselves (the map's,
   * map/map-picture-layers.ts); while it does, a render is scheduled for once it is still.
   */
  cameraMoving(): boolean {
    if (!this.panning()) return false;
    this.settleLater();
    return true;
  }

  stop(): void {
    const graph = this.renderer.getGraph();
    for (const event of GRAPH_CHANGES) graph.off(event, this.graphChanged);
    this.renderer.getMouseCaptor().off('mouseup', this.released);
    if (this.settle !== null) clearTimeout(this.settle);
  }

  /** The stage dragged, or the camera animated (a glide, a zoom, a flight). */
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

/**
 * Shows a picture moved by `move` (a CSS matrix from `fromTo`), or where it was drawn when
 * `move` is null. Styles are written only when they change.
 */
export function placeAt(style: CSSStyleDeclaration, move: Matrix | null): void {
  const transform = move ? `matrix(${move.join(', ')})` : '';
  if (style.transform === transform) return;
  style.transformOrigin = '0 0';
  style.transform = transform;
}

/**
 * The affine map, as a CSS matrix, that takes what was drawn through `before` to where `after`
 * draws it (after ∘ before⁻¹); null when `before` cannot be inverted.
 */
export function fromTo(before: Matrix, after: Matrix): Matrix | null {
  const [a, b, c, d, e, f] = before;
  const det = a * d - b * c;
  if (!Number.isFinite(det) || det === 0) return null;
  // before⁻¹, in the same [a, b, c, d, e, f] form.
  const inverse = [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
  const [A, B, C, D, E, F] = after;
  const [ia, ib, ic, id, ie, iff] = inverse;
  return [
    A * ia + C * ib,
    B * ia + D * ib,
    A * ic + C * id,
    B * ic + D * id,
    A * ie + C * iff + E,
    B * ie + D * iff + F,
  ];
}
