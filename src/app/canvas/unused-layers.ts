/**
 * Sigma's full-window layers that show nothing in this app, taken out of the compositor's work.
 *
 * Every visible canvas the size of the window is blended into every frame. With a GPU that is
 * nothing; without one (software WebGL and compositing: SwiftShader in the browser tests, remote
 * desktops, machines without a usable GPU) each costs about 25–30 ms per frame of a pan on a
 * 1,400 × 900 window, whatever is on it. Four of sigma's eleven-odd layers never show anything
 * here:
 *   - edgeLabels: tie labels are not drawn (renderEdgeLabels stays off);
 *   - hovers and hoverNodes: sigma's own hovered actor, which the highlight layer veils and
 *     draws again on top (NetworkCanvas sets defaultDrawNodeHover to nothing), and its nodes
 *     marked `highlighted`, an attribute the display graph never sets;
 *   - mouse: the layer that takes the pointer events; nothing is drawn on it.
 * The first three are hidden; the mouse layer is made fully transparent instead, because a
 * hidden element receives no events while a transparent one does.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';

const HIDDEN = ['edgeLabels', 'hovers', 'hoverNodes'] as const;

export function leaveOutUnusedLayers<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
): void {
  const canvases = renderer.getCanvases();
  for (const id of HIDDEN) if (canvases[id]) canvases[id].style.visibility = 'hidden';
  if (canvases.mouse) canvases.mouse.style.opacity = '0';
}
