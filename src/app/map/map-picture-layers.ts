/**
 * The map's two layers on the sigma renderer, both showing pictures the basemap worker draws
 * (basemap-shapes.ts): beneath the ties the basemap (sea, land, borders, the tray of actors
 * without a place), above them the flows between places and the town names. The page's main
 * thread never rasterises them. Before, drawing them on the page after each pan and zoom of a
 * map was a main-thread task of 50–129 ms in software, most of it Skia's paint of the 1:10m
 * shapes and the wide flows; showing two finished bitmaps is not.
 *
 * A view's two pictures are drawn together and shown together. Until the next arrive, the last
 * move with the camera as a CSS transform (the affine map from their view to the view on screen,
 * as canvas/camera-pictures.ts does for the other layers), so they never show out of place; new
 * ones are asked for only once the camera is still. At most one pair is being drawn at a time; a
 * view wanted meanwhile is asked for when it arrives, and the views in between are skipped.
 */
import type Sigma from 'sigma';
import { fromTo, placeAt } from '../canvas/camera-pictures.ts';
import type { MapPictures } from './basemap.worker.ts';
import { mapPictures } from './basemap-client.ts';
import type { MapPictureRequest } from './basemap-shapes.ts';
import type { Matrix } from './view-transform.ts';

/** How pictures are asked for; the worker's by default, a stand-in in tests. */
export type DrawPictures = (request: MapPictureRequest) => Promise<MapPictures>;

/** Two requests with the same key ask for the same pictures. */
const keyOf = (request: MapPictureRequest) => JSON.stringify(request);

/** Whether a CSS move is no move at all (the camera where the pictures were drawn). */
function isStill(move: Matrix): boolean {
  const identity = [1, 0, 0, 1, 0, 0];
  return move.every((value, i) => Math.abs(value - identity[i]) < 1e-6);
}

export class MapPictureLayers {
  /** Beneath the ties; it carries the data attributes that say what is on screen. */
  readonly under: HTMLCanvasElement;
  readonly over: HTMLCanvasElement;
  private readonly contexts: (ImageBitmapRenderingContext | null)[];
  /** The view the pictures on screen were drawn for; null while none are. */
  private shownView: Matrix | null = null;
  /** The view on screen at the last frame. */
  private view: Matrix | null = null;
  /** The last pictures asked for, as a key; a frame at rest with the same key asks nothing. */
  private asked: string | null = null;
  private drawing = false;
  /** Wanted while others were being drawn: asked for once those arrive. */
  private waiting: MapPictureRequest | null = null;
  /** Counts hidings: pictures asked for before the last one are dropped on arrival. */
  private generation = 0;

  constructor(
    under: HTMLCanvasElement,
    over: HTMLCanvasElement,
    private readonly draw: DrawPictures = mapPictures,
  ) {
    this.under = under;
    this.over = over;
    this.contexts = [under, over].map((canvas) => canvas.getContext('bitmaprenderer'));
    for (const canvas of [under, over]) canvas.style.visibility = 'hidden';
    under.dataset.pending = 'false';
  }

  /** The layers on `renderer`: the basemap beneath its ties, the flows above them. */
  static on<N extends object, E extends object>(renderer: Sigma<N, E>): MapPictureLayers {
    // Sigma sizes the elements; the pictures, in device pixels, are shown scaled to them.
    return new MapPictureLayers(
      renderer.createCanvas('basemap', { beforeLayer: 'edges' }),
      renderer.createCanvas('flows', { afterLayer: 'edges' }),
    );
  }

  /**
   * Called on every frame on the map: the pictures on screen follow `request`'s view; once the
   * camera is `still`, pictures of this view are asked for unless they were already.
   */
  frame(request: MapPictureRequest, still: boolean): void {
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
    for (const { style } of [this.under, this.over]) {
      style.visibility = 'hidden';
      style.transform = '';
    }
    if (!this.drawing) this.under.dataset.pending = 'false';
  }

  private ask(request: MapPictureRequest): void {
    this.under.dataset.pending = 'true';
    if (this.drawing) {
      this.waiting = request;
      return;
    }
    this.drawing = true;
    const generation = this.generation;
    const arrived = (pictures: MapPictures | null) => {
      this.drawing = false;
      if (pictures && generation === this.generation) this.show(request, pictures);
      else {
        pictures?.under.close();
        pictures?.over.close();
      }
      const next = this.waiting;
      this.waiting = null;
      if (next) this.ask(next);
      else this.under.dataset.pending = 'false';
    };
    this.draw(request).then(arrived, () => {
      // Asked again at the next frame at rest rather than never.
      if (generation === this.generation && this.asked === keyOf(request)) this.asked = null;
      arrived(null);
    });
  }

  private show(request: MapPictureRequest, pictures: MapPictures): void {
    this.contexts[0]?.transferFromImageBitmap(pictures.under);
    this.contexts[1]?.transferFromImageBitmap(pictures.over);
    this.shownView = request.transform.matrix;
    // What is on screen, for measurements and the browser tests: the scale, the worker's time,
    // and where each town name is.
    const { dataset } = this.under;
    dataset.detail = request.detail;
    dataset.drawMs = pictures.drawMs.toFixed(1);
    dataset.towns = pictures.towns
      .map((town) => `${town.name}@${town.x.toFixed(1)},${town.y.toFixed(1)}`)
      .join('|');
    for (const { style } of [this.under, this.over]) style.visibility = '';
    this.place();
  }

  /** Puts the pictures on screen where the current view has what they show. */
  private place(): void {
    if (!this.shownView || !this.view) return;
    const move = fromTo(this.shownView, this.view);
    const moved = move && !isStill(move) ? move : null;
    for (const { style } of [this.under, this.over]) placeAt(style, moved);
  }
}
