/**
 * A 2D drawing layer of sigma's that is drawn on the CPU.
 *
 * Sigma makes its 2D layers with a plain `getContext('2d')`, which Chromium backs by the GPU. With
 * software WebGL (SwiftShader, as in the browser tests and on machines without a usable GPU) every
 * path on such a canvas is rasterised through the emulated GPU, and the main thread then waits for
 * it: hovering a hub of the Dutch Horizon 2020 network (2,242 partners, a line to each) cost 0.7–1.4
 * s of main-thread time per hover that way, while the drawing code itself took 9–40 ms. Asking for
 * `willReadFrequently` keeps the canvas in memory, rasterised by Skia on the CPU, which is fast for
 * lines and text; the compositor then uploads one finished picture. The layer is registered with
 * sigma like its own, so sigma sizes and scales it on every resize.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';

export function createCpuCanvasLayer<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
  id: string,
  position: { beforeLayer: string } | { afterLayer: string },
): CanvasRenderingContext2D {
  const canvas = renderer.createCanvas(id, position);
  const context = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
  // Registered where sigma keeps the contexts it resizes (private in its types).
  (renderer as unknown as { canvasContexts: Record<string, CanvasRenderingContext2D> }).canvasContexts[id] =
    context;
  return context;
}

/** Layers known to be blank (cleared, nothing drawn since), and hidden. */
const blankLayers = new WeakSet<CanvasRenderingContext2D>();

/**
 * Draws a layer afresh; `draw` says whether it put anything on it. A layer left blank is hidden
 * and not cleared again until something is drawn: most frames draw nothing on most layers (the
 * outlines outside the Clusters way of looking, the highlight while nothing is hovered), and a visible full-window layer costs a clear, an upload and a blend on every
 * frame of a pan even when empty — in software compositing, a large share of a frame.
 */
export function repaint(context: CanvasRenderingContext2D, draw: () => boolean): void {
  const { canvas } = context;
  if (!blankLayers.has(context)) {
    context.save();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.restore();
  }
  const drawn = draw();
  if (drawn) blankLayers.delete(context);
  else blankLayers.add(context);
  showIfDrawn(canvas, drawn);
}

/** Shows a layer with something on it; hides a blank one, out of the compositor's work. */
export function showIfDrawn(canvas: HTMLCanvasElement, drawn: boolean): void {
  const visibility = drawn ? '' : 'hidden';
  if (canvas.style.visibility !== visibility) canvas.style.visibility = visibility;
}
