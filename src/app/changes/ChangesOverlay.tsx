/**
 * Draws the open comparison on the canvas (changes-layer.ts) on a layer of its own, between the
 * ties and the actors, while the Changes view is open and its map switch is on. Attached to the
 * renderer the canvas made, like the proposed-ties overlay, so the canvas itself knows nothing
 * of comparisons; it redraws after each frame sigma renders, following the camera.
 */
import { useEffect } from 'react';
import { activeRenderer } from '../canvas/renderer.ts';
import { useExplorer } from '../store.ts';
import { changeDrawing, drawChanges } from './changes-layer.ts';
import { useChanges, useHeldComparison } from './changes-store.ts';

const LAYER = 'changes';

/**
 * A layer made after sigma's first sizing is 300 × 150 until sized: this one is sized as sigma
 * sizes its own (which it does again on every resize), without resizing every WebGL layer too,
 * which costs a long frame in software rendering.
 */
function sizeLike(
  canvas: HTMLCanvasElement,
  context: CanvasRenderingContext2D,
  { width, height }: { width: number; height: number },
) {
  const ratio = window.devicePixelRatio || 1;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  canvas.setAttribute('width', `${width * ratio}px`);
  canvas.setAttribute('height', `${height * ratio}px`);
  if (ratio !== 1) context.scale(ratio, ratio);
}

export function ChangesOverlay() {
  const held = useHeldComparison();
  const drawn = useChanges((state) => state.drawn);
  const open = useExplorer((state) => state.view === 'changes');
  // A new drawing (another window, filters) means other actors on screen and often a new renderer.
  const display = useExplorer((state) => state.display);

  useEffect(() => {
    if (!held || !drawn || !open || !display) {
      useChanges.setState({ drawable: null });
      return;
    }
    const drawing = changeDrawing(held.comparison, (key) => display.graph.hasNode(key));
    useChanges.setState({ drawable: { entered: drawing.entered.length / 2, left: drawing.left.length / 2 } });
    let frame = 0;
    let detach = () => {};
    const attach = () => {
      const renderer = activeRenderer();
      if (!renderer || renderer.getGraph() !== display.graph) {
        frame = requestAnimationFrame(attach);
        return;
      }
      const layer = { beforeLayer: 'nodes' } as { style?: Partial<CSSStyleDeclaration> };
      const canvas = renderer.createCanvasContext(LAYER, layer).getCanvases()[LAYER];
      const context = canvas.getContext('2d');
      if (!context) return;
      sizeLike(canvas, context, renderer.getDimensions());
      const draw = () => {
        drawChanges(
          context,
          drawing,
          (key) => {
            const data = renderer.getNodeDisplayData(key);
            return data && !data.hidden ? renderer.framedGraphToViewport(data) : null;
          },
          renderer.getDimensions(),
        );
      };
      renderer.on('afterRender', draw);
      renderer.scheduleRender();
      detach = () => {
        renderer.off('afterRender', draw);
        if (renderer.getCanvases()[LAYER]) renderer.killLayer(LAYER);
      };
    };
    attach();
    return () => {
      cancelAnimationFrame(frame);
      detach();
    };
  }, [held, drawn, open, display]);

  return null;
}
