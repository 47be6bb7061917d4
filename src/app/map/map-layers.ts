/**
 * The map's two canvas layers on the sigma renderer: the basemap beneath everything (sea, land,
 * borders, coastlines, the tray of actors without a place), drawn in the basemap worker
 * (basemap-layer.ts), and between the ties and the actors the flows between places and the town
 * names, drawn here after every render of sigma through the view's matrix from flows computed
 * once (flows.ts). Off the map both stay hidden.
 */
import type Sigma from 'sigma';
import type { BasemapDetail } from '../../geo/basemap.ts';
import type { CameraPictures } from '../canvas/camera-pictures.ts';
import { createCpuCanvasLayer } from '../canvas/cpu-layer.ts';
import type { Display, DisplayEdge, DisplayNode } from '../display-graph.ts';
import { appI18n } from '../i18n.ts';
import { type ExplorerState, useExplorer } from '../store.ts';
import { onBasemapReady } from './basemap-client.ts';
import { basemapFor, drawTowns, wantedDetail } from './basemap-draw.ts';
import { BasemapLayer } from './basemap-layer.ts';
import type { BasemapPictureRequest } from './basemap-shapes.ts';
import { drawFlows, type Flow, flowsBetweenPlaces, placeCentres } from './flows.ts';
import { flowField } from './map-appearance.ts';
import { frameRenderer, layoutsMoving, showingMap } from './map-layout.ts';
import { IN_TRAY } from './map-positions.ts';
import { type ViewTransform, viewTransform } from './view-transform.ts';

type Renderer = Sigma<DisplayNode, DisplayEdge>;

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

/** The basemap's picture of a view: its scale, the view, and the tray of actors without a place. */
export function basemapRequest(
  display: Display,
  detail: BasemapDetail,
  transform: ViewTransform,
  pixelRatio = window.devicePixelRatio || 1,
): BasemapPictureRequest {
  const map = display.map;
  const count = map ? map.placement.filter((code) => code === IN_TRAY).length : 0;
  return {
    detail,
    transform,
    pixelRatio,
    tray: map?.tray ? { box: map.tray, label: appI18n.t('map.tray', { count }) } : null,
  };
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
  const basemap = BasemapLayer.on(renderer);
  // Drawn on the CPU, as the canvas's own 2D layers (canvas/cpu-layer.ts).
  const flowsContext = createCpuCanvasLayer(renderer, 'flows', { afterLayer: 'edges' });

  let flows: Flow[] | null = null;
  const draw = () => {
    // Mid-move the positions are in sigma's unit square, not kilometres: the basemap waits.
    const onMap = showingMap(display) && !layoutsMoving();
    basemap.canvas.dataset.shown = String(onMap);
    if (!onMap) {
      basemap.hide();
      // Blank and hidden off the map: not cleared or composited again on every frame (cpu-layer.ts).
      pictures.repaint(flowsContext, () => false);
      return;
    }
    const transform = viewTransform(renderer);
    const paths = basemapFor(transform);
    // Which scale the view wants (the finer one arrives a little later); data-detail says which
    // is on screen.
    basemap.canvas.dataset.wanted = wantedDetail(transform);
    if (paths) basemap.frame(basemapRequest(display, paths.detail, transform), !pictures.cameraMoving());
    // While the camera pans, the flows move as a picture (canvas/camera-pictures.ts).
    if (pictures.moved(flowsContext)) return;
    const started = performance.now();
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
        basemap.canvas.dataset.towns = towns
          .map((town) => `${town.name}@${town.x.toFixed(1)},${town.y.toFixed(1)}`)
          .join('|');
      }
      return true;
    });
    // How long the flows and town names took this frame, said on the element for measurements.
    flowsContext.canvas.dataset.drawMs = (performance.now() - started).toFixed(1);
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
