/**
 * The WebGL canvas: sigma.js drawing the display graph. Hover fades everything outside the
 * hovered actor's neighbourhood (looked up in precomputed sets, so hovering costs no graph
 * walk); a click selects an actor and opens its profile.
 */
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from '../display-graph.ts';
import { FADED_EDGE_COLOUR, FADED_NODE_COLOUR } from '../palette.ts';
import { useExplorer } from '../store.ts';
import { setActiveRenderer } from './renderer.ts';

export function NetworkCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const display = useExplorer((state) => state.display);
  const ecosystem = useExplorer((state) => state.ecosystem);
  const measured = useExplorer((state) => state.analysis?.columns.degree?.length ?? null);
  const computing = useExplorer(
    (state) => state.computing || state.phase === 'importing' || state.phase === 'analysing',
  );

  useEffect(() => {
    if (!container.current || !display) return;
    const { graph, neighbours } = display;
    const renderer = new Sigma<DisplayNode, DisplayEdge>(graph, container.current, {
      labelDensity: useExplorer.getState().labelDensity,
      labelGridCellSize: 120,
      labelRenderedSizeThreshold: 8,
      labelFont: 'system-ui, sans-serif',
      zIndex: true,
      hideEdgesOnMove: graph.size > 20000,
      nodeReducer(node, data) {
        const { hovered, selected, highlighted } = useExplorer.getState();
        const focus = hovered ?? selected;
        if (!focus && highlighted) {
          return highlighted.has(node)
            ? { ...data, zIndex: 1, forceLabel: highlighted.size <= 30 }
            : { ...data, color: FADED_NODE_COLOUR, label: '', zIndex: 0 };
        }
        if (!focus) return data;
        if (node === focus) return { ...data, highlighted: true, zIndex: 2, forceLabel: true };
        if (neighbours.get(focus)?.has(node)) return { ...data, zIndex: 1, forceLabel: true };
        return { ...data, color: FADED_NODE_COLOUR, label: '', zIndex: 0 };
      },
      edgeReducer(edge, data) {
        const { hovered, selected, highlighted } = useExplorer.getState();
        const focus = hovered ?? selected;
        if (!focus && highlighted) {
          const [source, target] = graph.extremities(edge);
          return highlighted.has(source) && highlighted.has(target)
            ? data
            : { ...data, color: FADED_EDGE_COLOUR, zIndex: 0 };
        }
        if (!focus) return data;
        if (graph.hasExtremity(edge, focus)) return { ...data, zIndex: 1, size: data.size + 0.5 };
        return { ...data, color: FADED_EDGE_COLOUR, zIndex: 0 };
      },
    });
    // What is drawn, said on the element, so a test can wait on it instead of sleeping.
    let renders = 0;
    renderer.on('afterRender', () => {
      if (!container.current) return;
      container.current.dataset.renders = String(++renders);
      const camera = renderer.getCamera().getState();
      container.current.dataset.camera = [camera.x, camera.y, camera.ratio]
        .map((v) => v.toFixed(4))
        .join(',');
    });
    renderer.on('enterNode', ({ node }) => useExplorer.getState().hover(node));
    renderer.on('leaveNode', () => useExplorer.getState().hover(null));
    renderer.on('clickNode', ({ node }) => useExplorer.getState().select(node));
    renderer.on('clickStage', () => useExplorer.getState().select(null));
    setActiveRenderer(renderer);

    const unsubscribe = useExplorer.subscribe((state, previous) => {
      if (
        state.hovered !== previous.hovered ||
        state.selected !== previous.selected ||
        state.highlighted !== previous.highlighted
      ) {
        renderer.refresh({ skipIndexation: true });
      }
      if (state.labelDensity !== previous.labelDensity)
        renderer.setSetting('labelDensity', state.labelDensity);
    });
    return () => {
      unsubscribe();
      setActiveRenderer(null);
      renderer.kill();
    };
  }, [display]);

  return (
    <div
      ref={container}
      className="network-canvas"
      data-testid="network-canvas"
      data-drawn-actors={display?.graph.order}
      data-drawn-ties={display?.graph.size}
      data-network-actors={ecosystem?.order}
      data-measured-actors={measured ?? undefined}
      data-busy={computing}
      role="img"
      aria-label="Network map: actors as dots coloured by kind, ties as lines coloured by relation kind"
    />
  );
}
