/**
 * A 2D drawing layer of our own (the highlight's names, the outlines), registered with sigma like
 * its own, so sigma sizes and scales it on every resize.
 *
 * The canvas is an ordinary one, which Chromium backs by the GPU. Until 2 December these layers
 * asked for `willReadFrequently`, which keeps a canvas in memory and has Skia rasterise it on the
 * CPU: that was the cheaper way while the highlight stroked a line to each of a hub's partners
 * (2,242 on Horizon 2020: 0.7–1.4 s per hover through the emulated GPU). Those lines and dots are
 * drawn in WebGL now (mark-layer.ts), and what is left here is a few dozen shapes and names. On a
 * CPU canvas, though, the frame's paint handed the compositor the whole window's pixels every time
 * the layer was drawn: 15–24 ms of main-thread time per hover on a 1,400 × 900 window, and the
 * visible outlines as much again at the end of every pan (Chrome traces, 2-core machine, software
 * WebGL). With the highlight and the outlines on GPU-backed canvases that paint is gone: the
 * fluid journey on Horizon 2020 went from three to six tasks over 50 ms per run (longest 57–101
 * ms, four runs) to none (three runs).
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';

export function create2dLayer<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
  id: string,
  position: { beforeLayer: string } | { afterLayer: string },
): CanvasRenderingContext2D {
  const canvas = renderer.createCanvas(id, position);
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
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
 * outlines outside the Clusters way of looking, the highlight while nothing is hovered), and a
 * visible full-window layer costs a clear, an upload and a blend on every frame of a pan even
 * when empty — in software compositing, a large share of a frame.
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
