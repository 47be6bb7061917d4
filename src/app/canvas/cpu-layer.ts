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
