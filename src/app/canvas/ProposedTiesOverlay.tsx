/**
 * Proposed ties drawn dashed over the canvas, so a suggested introduction can be seen in its
 * neighbourhood before anyone makes it. An SVG layer rather than graph edges: the ties do not
 * exist, and adding them to the display graph would change what the canvas and its exports
 * say about the network. It follows the camera by redrawing after each sigma render.
 */
import { useEffect, useState } from 'react';
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from '../display-graph.ts';
import { useExplorer } from '../store.ts';
import { type ScreenPoint, type TieLine, tieLines } from './proposed-ties.ts';
import { activeRenderer } from './renderer.ts';
import './proposed-ties.css';

type Renderer = Sigma<DisplayNode, DisplayEdge>;

/** Past this many ties their labels pile up over the actors; the lines alone still read. */
const MOST_LABELLED_TIES = 12;

function screenPosition(renderer: Renderer) {
  return (key: string): ScreenPoint | null => {
    const data = renderer.getNodeDisplayData(key);
    if (!data || data.hidden) return null;
    return renderer.framedGraphToViewport(data);
  };
}

export function ProposedTiesOverlay() {
  const ties = useExplorer((state) => state.proposedTies);
  // A new network means a new renderer; re-attach to it.
  const display = useExplorer((state) => state.display);
  const [lines, setLines] = useState<TieLine[]>([]);

  useEffect(() => {
    if (ties.length === 0 || !display) {
      setLines([]);
      return;
    }
    let renderer: Renderer | null = null;
    let frame = 0;
    const draw = () => {
      if (renderer) setLines(tieLines(ties, screenPosition(renderer)));
    };
    // The canvas creates its renderer in its own effect; until it has, try again next frame.
    const attach = () => {
      renderer = activeRenderer();
      if (!renderer) {
        frame = requestAnimationFrame(attach);
        return;
      }
      renderer.on('afterRender', draw);
      draw();
    };
    attach();
    return () => {
      cancelAnimationFrame(frame);
      renderer?.off('afterRender', draw);
    };
  }, [ties, display]);

  if (ties.length === 0) return null;
  const labelled = lines.length <= MOST_LABELLED_TIES;
  return (
    <svg className="proposed-ties" data-testid="proposed-ties" aria-hidden="true">
      {lines.map((line) => (
        <g key={line.key}>
          <line className="proposed-tie" x1={line.from.x} y1={line.from.y} x2={line.to.x} y2={line.to.y} />
          {labelled && line.label && (
            <text className="proposed-tie-label" x={line.middle.x} y={line.middle.y - 5}>
              {line.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
