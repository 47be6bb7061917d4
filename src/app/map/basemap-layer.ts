/**
 * The basemap's layer on the sigma renderer: a canvas beneath the ties that shows pictures the
 * basemap worker draws (basemap-shapes.ts), so that the page's main thread never rasterises the
 * land and the borders. Before, drawing them on the page after each pan and zoom of a map at
 * 1:10m was a main-thread task of 50–100 ms in software; showing a finished bitmap is not.
 *
 * A picture is drawn for one view. Until the next one arrives, the last is moved with the camera
 * as a CSS transform (the affine map from its view to the view on screen, as canvas/
 * camera-pictures.ts does for the other layers), so it never shows out of place, and a fresh one
 * is asked for only once the camera is still. At most one picture is being drawn at a time; a
 * view wanted meanwhile is asked for when it arrives, and the views in between are skipped.
 */
import type Sigma from 'sigma';
import { fromTo } from '../canvas/camera-pictures.ts';
import { basemapPicture } from './basemap-client.ts';
import type { BasemapPictureRequest } from './basemap-shapes.ts';
import type { Matrix } from './view-transform.ts';

/** How a picture is asked for; the worker's by default, a stand-in in tests. */
export type DrawPicture = (
  request: BasemapPictureRequest,
) => Promise<{ bitmap: ImageBitmap; drawMs: number }>;

/** Two requests with the same key ask for the same picture. */
const keyOf = (request: BasemapPictureRequest) => JSON.stringify(request);

/** Whether a CSS move is no move at all (the camera where the picture was drawn). */
function isStill(move: Matrix): boolean {
  const identity = [1, 0, 0, 1, 0, 0];
  return move.every((value, i) => Math.abs(value - identity[i]) < 1e-6);
}

export class BasemapLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly context: ImageBitmapRenderingContext | null;
  /** The view the picture on screen was drawn for; null while none is. */
  private shownView: Matrix | null = null;
  /** The view on screen at the last frame. */
  private view: Matrix | null = null;
  /** The last picture asked for, as a key; a frame at rest with the same key asks nothing. */
  private asked: string | null = null;
  private drawing = false;
  /** Wanted while another was being drawn: asked for once that one arrives. */
  private waiting: BasemapPictureRequest | null = null;
  /** Counts hidings: a picture asked for before the last one is dropped on arrival. */
  private generation = 0;

  constructor(
    canvas: HTMLCanvasElement,
    private readonly draw: DrawPicture = basemapPicture,
  ) {
    this.canvas = canvas;
    this.context = canvas.getContext('bitmaprenderer');
    this.canvas.style.visibility = 'hidden';
    this.canvas.dataset.pending = 'false';
  }

  /** A layer of `renderer`'s, beneath its ties. */
  static on<N extends object, E extends object>(renderer: Sigma<N, E>): BasemapLayer {
    // Sigma sizes the element; the picture, in device pixels, is shown scaled to it.
    return new BasemapLayer(renderer.createCanvas('basemap', { beforeLayer: 'edges' }));
  }

  /**
   * Called on every frame on the map: the picture on screen follows `request`'s view; once the
   * camera is `still`, a picture of this view is asked for unless it was already.
   */
  frame(request: BasemapPictureRequest, still: boolean): void {
    this.view = request.transform.matrix;
    this.place();
    if (!still) return;
    const key = keyOf(request);
    if (key === this.asked) return;
    this.asked = key;
    this.ask(request);
  }

  /** Off the map: hidden, and pictures still on their way are dropped. */
  hide(): void {
    // Called on every frame off the map: once hidden, nothing is left to do.
    if (this.asked === null && this.shownView === null && !this.drawing) return;
    this.generation++;
    this.asked = null;
    this.waiting = null;
    this.shownView = null;
    this.canvas.style.visibility = 'hidden';
    this.canvas.style.transform = '';
    if (!this.drawing) this.canvas.dataset.pending = 'false';
  }

  private ask(request: BasemapPictureRequest): void {
    this.canvas.dataset.pending = 'true';
    if (this.drawing) {
      this.waiting = request;
      return;
    }
    this.drawing = true;
    const generation = this.generation;
    const arrived = (picture: { bitmap: ImageBitmap; drawMs: number } | null) => {
      this.drawing = false;
      if (picture && generation === this.generation) this.show(request, picture.bitmap, picture.drawMs);
      else picture?.bitmap.close();
      const next = this.waiting;
      this.waiting = null;
      if (next) this.ask(next);
      else this.canvas.dataset.pending = 'false';
    };
    this.draw(request).then(arrived, () => {
      // Asked again at the next frame at rest rather than never.
      if (generation === this.generation && this.asked === keyOf(request)) this.asked = null;
      arrived(null);
    });
  }

  private show(request: BasemapPictureRequest, bitmap: ImageBitmap, drawMs: number): void {
    this.context?.transferFromImageBitmap(bitmap);
    this.shownView = request.transform.matrix;
    const { dataset, style } = this.canvas;
    // Which scale is on screen, and how long the worker took to draw it, for measurements.
    dataset.detail = request.detail;
    dataset.drawMs = drawMs.toFixed(1);
    style.visibility = '';
    this.place();
  }

  /** Puts the picture on screen where the current view has what it shows. */
  private place(): void {
    if (!this.shownView || !this.view) return;
    const move = fromTo(this.shownView, this.view);
    const { style } = this.canvas;
    if (!move || isStill(move)) {
      style.transform = '';
      return;
    }
    style.transformOrigin = '0 0';
    style.transform = `matrix(${move.join(', ')})`;
  }
}
