/**
 * The map's two canvas layers on the sigma renderer: the basemap beneath everything (sea, land,
 * borders, coastlines, the tray of actors without a place), and between the ties and the actors
 * the flows between places and the town names. Both are redrawn after every render of sigma, through
 * the view's matrix, from paths and flows computed once (basemap-client.ts, flows.ts); off the
 * map they stay empty.
 */
import type Sigma from 'sigma';
import type { CameraPictures } from '../canvas/camera-pictures.ts';
import { createCpuCanvasLayer } from '../canvas/cpu-layer.ts';
import type { Display, DisplayEdge, DisplayNode } from '../display-graph.ts';
import { appI18n } from '../i18n.ts';
import { type ExplorerState, useExplorer } from '../store.ts';
import { onBasemapReady } from './basemap-client.ts';
import { basemapFor, drawShapes, drawTowns, drawTray, wantedDetail } from './basemap-draw.ts';
import { drawFlows, type Flow, flowsBetweenPlaces, placeCentres } from './flows.ts';
import { flowField } from './map-appearance.ts';
import { frameRenderer, layoutsMoving, showingMap } from './map-layout.ts';
import { IN_TRAY } from './map-positions.ts';
import { viewTransform } from './view-transform.ts';

type Renderer = Sigma<DisplayNode, DisplayEdge>;

/** Sigma's layers take positions in its DOM by name; its type declaration leaves the option out. */

/** The flows of the network on screen for the current settings, or none. */
export function currentFlows(
  state: Pick<ExplorerState, 'display' | 'ecosystem' | 'analysis' | 'mapSettings' | 'analysisSettings'>,
): Flow[] {
  const { display, ecosystem, analysis, mapSettings } = state;
  if (mapSettings.flows === 'ties' || !display?.map || !ecosystem || !analysis) return [];
  const field = flowField(mapSettings.flows, state);
  const values = ecosystem.mapNodes((_key, actor) => actor.fields[field] ?? null);
  const centres = placeCentres(values, display.map.xy, display.map.placement);
  const table = analysis.tables[mapSettings.flows === 'countries' ? 'country_flows' : 'region_flows'];
  return flowsBetweenPlaces(table, centres, mapSettings.flowWidth);
}

/**
 * Adds the map's layers to a renderer drawing `display`; call before sigma's layers are sized
 * (`renderer.resize(true)`). Returns the function that detaches them.
 */
export function attachMapLayers(
  renderer: Renderer,
  display: Display,
  pictures: CameraPictures<DisplayNode, DisplayEdge>,
): () => void {
  // Drawn on the CPU, as the canvas's own 2D layers (canvas/cpu-layer.ts).
  const basemapContext = createCpuCanvasLayer(renderer, 'basemap', { beforeLayer: 'edges' });
  const flowsContext = createCpuCanvasLayer(renderer, 'flows', { afterLayer: 'edges' });
  const canvases = renderer.getCanvases();
  const trayCount = display.map ? display.map.placement.filter((code) => code === IN_TRAY).length : 0;

  let flows: Flow[] | null = null;
  const draw = () => {
    // While the camera pans, both layers move as pictures (canvas/camera-pictures.ts).
    const moved = [basemapContext, flowsContext].map((context) => pictures.moved(context));
    if (moved.every(Boolean)) return;
    const started = performance.now();
    // Mid-move the positions are in sigma's unit square, not kilometres: the basemap waits.
    const onMap = showingMap(display) && !layoutsMoving();
    canvases.basemap.dataset.shown = String(onMap);
    if (!onMap) {
      // Blank and hidden off the map: not cleared or composited again on every frame (cpu-layer.ts).
      pictures.repaint(basemapContext, () => false);
      pictures.repaint(flowsContext, () => false);
      return;
    }
    const transform = viewTransform(renderer);
    const paths = basemapFor(transform);
    // Which scale is drawn and which the view wants (the finer one arrives a little later).
    canvases.basemap.dataset.detail = paths?.detail ?? 'none';
    canvases.basemap.dataset.wanted = wantedDetail(transform);
    pictures.repaint(basemapContext, () => {
      if (paths) drawShapes(basemapContext, paths, transform);
      if (display.map?.tray)
        drawTray(basemapContext, display.map.tray, appI18n.t('map.tray', { count: trayCount }), transform);
      return true;
    });
    const state = useExplorer.getState();
    flows ??= currentFlows(state);
    const format = new Intl.NumberFormat(state.language, { maximumFractionDigits: 1 });
    pictures.repaint(flowsContext, () => {
      drawFlows(flowsContext, flows ?? [], state.mapSettings.flowWidth, transform, (value) =>
        format.format(value),
      );
      // Town names above the ties, beneath the actors: orientation even in a dense region.
      if (paths) {
        const towns = drawTowns(flowsContext, paths, transform);
        canvases.basemap.dataset.towns = towns
          .map((town) => `${town.name}@${town.x.toFixed(1)},${town.y.toFixed(1)}`)
          .join('|');
      }
      return true;
    });
    // How long the map's layers took this frame, said on the element for measurements.
    canvases.basemap.dataset.drawMs = (performance.now() - started).toFixed(1);
  };
  renderer.on('afterRender', draw);
  if (showingMap(display)) frameRenderer(renderer, display);

  const stopListening = onBasemapReady(() => renderer.scheduleRender());
  const unsubscribe = useExplorer.subscribe((state, previous) => {
    if (
      state.analysis !== previous.analysis ||
      state.mapSettings !== previous.mapSettings ||
      state.analysisSettings !== previous.analysisSettings ||
      state.language !== previous.language ||
      state.layoutMode !== previous.layoutMode
    ) {
      flows = null;
      renderer.scheduleRender();
    }
  });
  return () => {
    unsubscribe();
    stopListening();
    renderer.off('afterRender', draw);
  };
}
