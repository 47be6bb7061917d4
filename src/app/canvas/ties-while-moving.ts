/**
 * Ties are left out while the camera moves (sigma's `hideEdgesOnMove`) where drawing them on
 * every frame of a pan would make it crawl, without the full refresh sigma 3.0.3 does at the end
 * of every pan to draw them again.
 *
 * When: past 20,000 ties on any machine; past 5,000 where WebGL is drawn in software (no usable
 * GPU: SwiftShader, llvmpipe, Windows' basic renderer; remote desktops and the browser tests).
 * There every tie is rasterised on the CPU, and a map's long ties cover much of the window: a pan
 * step of the Horizon Europe border region (10,061 relations on the map) took 580–800 ms with its
 * ties drawn and 120–165 ms without. On smaller networks the ties stay: a step of the border
 * ecosystem (3,547) took 140–170 ms with them and 85–150 ms without, not worth losing them for.
 *
 * Sigma's mouse captor calls `refresh()` after a pan when that setting is on (sigma.js #1290): it
 * indexes and processes every actor and tie again, although nothing but the camera changed. On
 * the Dutch Horizon 2020 network (16,062 actors, 65,000 ties) that is a main-thread task of about
 * half a second each time a pan ends. Drawing the ties again needs only a render, so the captor is
 * told the setting is off (it is the only reader of `getSetting('hideEdgesOnMove')`; the render
 * reads the setting itself and still hides them) and a render is asked for once the pan is over.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';

/** Past this many ties, ties are hidden while moving on any machine. */
export const TIES_HIDDEN_WHILE_MOVING_FROM = 20_000;
/** Past this many, where WebGL is drawn in software. */
export const TIES_HIDDEN_WHILE_MOVING_IN_SOFTWARE_FROM = 5_000;

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Whether the WebGL behind `gl` is drawn on the CPU, as far as the browser says. */
export function drawnInSoftware(gl: WebGLRenderingContext | WebGL2RenderingContext | undefined): boolean {
  if (!gl) return false;
  // The unmasked name where the browser gives it (Chromium does), else the plain one.
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  return SOFTWARE_RENDERERS.test(name);
}

export function hideTiesWhileMovingFor(ties: number, software: boolean): boolean {
  return ties > (software ? TIES_HIDDEN_WHILE_MOVING_IN_SOFTWARE_FROM : TIES_HIDDEN_WHILE_MOVING_FROM);
}

/** The WebGL context sigma draws the ties with (private in its types). */
function tieContextOf<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
): WebGLRenderingContext | WebGL2RenderingContext | undefined {
  return (renderer as unknown as { webGLContexts: Record<string, WebGLRenderingContext> }).webGLContexts
    .edges;
}

/**
 * Hides the ties while moving where that is needed (past the thresholds above for the renderer's
 * ties and WebGL); returns what undoes it.
 */
export function hideTiesWhileMovingWhereNeeded<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
): () => void {
  const software = drawnInSoftware(tieContextOf(renderer));
  return hideTiesWhileMovingFor(renderer.getGraph().size, software)
    ? hideTiesWhileMoving(renderer)
    : () => {};
}

function hideTiesWhileMoving<N extends Attributes, E extends Attributes>(renderer: Sigma<N, E>): () => void {
  renderer.setSetting('hideEdgesOnMove', true);
  const ownGetSetting = renderer.getSetting.bind(renderer);
  const asked = renderer as unknown as { getSetting(key: string): unknown };
  asked.getSetting = (key) => (key === 'hideEdgesOnMove' ? false : ownGetSetting(key as never));
  const captor = renderer.getMouseCaptor();
  // After the captor's own end-of-pan step (it clears its count of drag events in a timeout too).
  const drawTies = () => setTimeout(() => renderer.scheduleRender(), 0);
  captor.on('mouseup', drawTies);
  return () => captor.off('mouseup', drawTies);
}
