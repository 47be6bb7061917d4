/**
 * The WebGL canvas: sigma.js drawing the display graph. Hovering or selecting an actor shows its
 * neighbourhood on a layer of its own (highlight.ts), so it costs the size of the neighbourhood,
 * not a reprocessing of the whole network; a click selects an actor and opens its profile.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from '../display-graph.ts';
import { runLayoutAgain } from '../layout/layout-controller.ts';
import { attachMapLayers } from '../map/map-layers.ts';
import { MAP_NODE_PROGRAMS } from '../map/map-nodes.ts';
import { useExplorer } from '../store.ts';
import { CameraPictures } from './camera-pictures.ts';
import { enableDragging, pinWhereDropped } from './drag.ts';
import { drawHighlight, drawPinnedRings } from './highlight.ts';
import { drawOutlineNames, drawOutlines, type PlacedName, placeOutlineNames } from './hulls.ts';
import { createLabelDrawer } from './labels.ts';
import { create2dLayer } from './layer-2d.ts';
import { createMarkLayer, MarkBatch } from './mark-layer.ts';
import { OutlineCache } from './outline-cache.ts';
import { pickOnTheCpu } from './picking.ts';
import { premultiplyTieColour } from './premultiplied.ts';
import { setActiveRenderer } from './renderer.ts';
import { hideTiesWhileMovingWhereNeeded } from './ties-while-moving.ts';
import { leaveHiddenTieOut, UNDRAWN_TIE_PROGRAMS } from './undrawn-ties.ts';
import { leaveOutUnusedLayers } from './unused-layers.ts';

/** Sigma draws its own label and halo for the hovered node; the highlight layer does that here. */
const noHoverDrawing = () => {};

export function NetworkCanvas() {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const display = useExplorer((state) => state.display);
  const ecosystem = useExplorer((state) => state.ecosystem);
  const measured = useExplorer((state) => state.analysis?.columns.degree?.length ?? null);
  const computing = useExplorer(
    (state) => state.computing || state.phase === 'importing' || state.phase === 'analysing',
  );

  useEffect(() => {
    const element = container.current;
    if (!element || !display) return;
    const { graph } = display;
    const labels = createLabelDrawer();
    const renderer = new Sigma<DisplayNode, DisplayEdge>(graph, element, {
      defaultDrawNodeLabel: labels.draw,
      labelDensity: useExplorer.getState().labelDensity,
      labelGridCellSize: 120,
      labelRenderedSizeThreshold: 8,
      labelFont: 'system-ui, sans-serif',
      zIndex: true,
      defaultDrawNodeHover: noHoverDrawing,
      nodeProgramClasses: MAP_NODE_PROGRAMS,
      // Translucent ties drawn at their opacity, not paler (premultiplied.ts); hidden ties kept
      // out of the WebGL buffers (undrawn-ties.ts).
      edgeReducer: (key, tie) => leaveHiddenTieOut(premultiplyTieColour(key, tie)),
      edgeProgramClasses: UNDRAWN_TIE_PROGRAMS,
    });
    leaveOutUnusedLayers(renderer);
    const stopPicking = pickOnTheCpu(renderer);
    const showTies = hideTiesWhileMovingWhereNeeded(renderer);
    // The 2D layers move as pictures while the camera pans (camera-pictures.ts).
    const pictures = new CameraPictures(renderer);
    // The basemap beneath everything and the flows between places (map/map-layers.ts).
    const detachMap = attachMapLayers(renderer, display, pictures);
    // Above the nodes, below the mouse layer that takes the events: the highlight's veil, ties and
    // dots in WebGL (mark-layer.ts), the focused actor and the names above them on a 2D layer
    // (layer-2d.ts).
    const highlightMarks = createMarkLayer(renderer, 'highlightMarks', { afterLayer: 'hoverNodes' });
    const highlight = create2dLayer(renderer, 'highlight', { afterLayer: 'highlightMarks' });
    const markBatch = new MarkBatch();
    const outlines = create2dLayer(renderer, 'outlines', { beforeLayer: 'edges' });
    const outlineCache = new OutlineCache(display);
    // Layers made after sigma's first sizing are 300 × 150 until sized again.
    renderer.resize(true);

    // When the pointer entered the actor now highlighted (the input event's time, and when its
    // handler ran), to say how long the highlight took from the input and how long its own work.
    let hoverStarted: number | null = null;
    let hoverHandled = 0;
    const drawLayer = () => {
      const { hovered, selected, highlighted, pinned } = useExplorer.getState();
      markBatch.clear();
      pictures.repaint(highlight, () => {
        const veiled = drawHighlight(highlight, markBatch, renderer, display, {
          focus: hovered ?? selected,
          highlighted,
        });
        const named = !veiled && drawOutlineNames(highlight, placedNames());
        const ringed = drawPinnedRings(highlight, renderer, pinned);
        return veiled || named || ringed;
      });
      pictures.repaint(highlightMarks, () => highlightMarks.draw(markBatch));
      if (hoverStarted !== null) {
        const drawn = performance.now();
        element.dataset.hoverMs = (drawn - hoverStarted).toFixed(1);
        element.dataset.hoverWorkMs = (drawn - hoverHandled).toFixed(1);
        hoverStarted = null;
      }
    };

    // What is drawn, said on the element, so a test can wait on it instead of sleeping.
    let renders = 0;
    // Community names are placed first; the actors' labels then keep clear of them.
    // (Placed once sigma has processed the frame's positions, at its first label or after it.)
    let names: PlacedName[] | null = null;
    const placedNames = () => {
      names ??= placeOutlineNames(highlight, renderer, outlineCache.current());
      return names;
    };
    renderer.on('beforeRender', () => {
      names = null;
      labels.reset(() => placedNames().map((name) => name.box));
    });
    renderer.on('afterRender', () => {
      if (!pictures.moved(outlines))
        pictures.repaint(outlines, () => drawOutlines(outlines, renderer, outlineCache.current()));
      // The two highlight layers are drawn together, and so move together.
      if (!pictures.movedAll([highlight, highlightMarks])) drawLayer();
      element.dataset.renders = String(++renders);
      const camera = renderer.getCamera().getState();
      element.dataset.camera = [camera.x, camera.y, camera.ratio].map((v) => v.toFixed(4)).join(',');
    });
    renderer.on('enterNode', ({ node, event }) => {
      hoverStarted = event.original.timeStamp;
      hoverHandled = performance.now();
      useExplorer.getState().hover(node);
    });
    renderer.on('leaveNode', () => useExplorer.getState().hover(null));
    // Sigma 3.0.3 says leaveNode when the pointer leaves the canvas (onto a panel) but keeps the
    // actor as hovered, so coming back onto the same actor says nothing and nothing is
    // highlighted (sigma.js issue #1327). Forgotten here, the way back in is an enterNode again.
    renderer.on('leaveStage', () => {
      (renderer as unknown as { hoveredNode: string | null }).hoveredNode = null;
    });
    const dragging = enableDragging(renderer, (key) => pinWhereDropped(key, runLayoutAgain));
    renderer.on('clickNode', ({ node }) => {
      if (!dragging.wasDragged()) useExplorer.getState().select(node);
    });
    // Two quick clicks on actors (the same twice, or one and then another) are a selection, not
    // sigma's double-click zoom: its captor takes any second click within 300 ms for a double
    // click, and without this the second actor was not selected and the view jumped closer.
    renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      if (!dragging.wasDragged()) useExplorer.getState().select(node);
    });
    renderer.on('clickStage', () => useExplorer.getState().select(null));
    setActiveRenderer(renderer);

    const unsubscribe = useExplorer.subscribe((state, previous) => {
      if (
        state.hovered !== previous.hovered ||
        state.selected !== previous.selected ||
        state.highlighted !== previous.highlighted ||
        state.pinned !== previous.pinned
      )
        drawLayer();
      if (state.labelDensity !== previous.labelDensity)
        renderer.setSetting('labelDensity', state.labelDensity);
      if (outlineCache.stale(state, previous)) renderer.scheduleRender();
    });
    return () => {
      unsubscribe();
      stopPicking();
      showTies();
      detachMap();
      pictures.stop();
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
      aria-label={t('canvas.label')}
    />
  );
}
