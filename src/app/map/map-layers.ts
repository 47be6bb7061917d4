/**
 * The map's two layers on the sigma renderer (map-picture-layers.ts): the basemap beneath
 * everything (sea, land, borders, coastlines, the tray of actors without a place), and between
 * the ties and the actors the flows between places and the town names. After every render of
 * sigma on the map they follow the view, and once the camera is still the basemap worker is asked
 * for pictures of it, from the flows computed once (flows.ts). Off the map both stay hidden.
 */
import type Sigma from 'sigma';
import type { BasemapDetail } from '../../geo/basemap.ts';
import type { CameraPictures } from '../canvas/camera-pictures.ts';
import type { Display, DisplayEdge, DisplayNode } from '../display-graph.ts';
import { appI18n } from '../i18n.ts';
import { type ExplorerState, useExplorer } from '../store.ts';
import { onBasemapReady } from './basemap-client.ts';
import { basemapFor, wantedDetail } from './basemap-draw.ts';
import type { MapPictureRequest } from './basemap-shapes.ts';
import { type Flow, flowsBetweenPlaces, placeCentres } from './flows.ts';
import { flowField } from './map-appearance.ts';
import { frameRenderer, layoutsMoving, showingMap } from './map-layout.ts';
import { MapPictureLayers } from './map-picture-layers.ts';
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

/** Actors in the tray, counted once per placement: a request is made on every frame at rest. */
const trayCounts = new WeakMap<Uint8Array, number>();

function trayCount(placement: Uint8Array): number {
  let count = trayCounts.get(placement);
  if (count === undefined) {
    count = 0;
    for (const code of placement) if (code === IN_TRAY) count++;
    trayCounts.set(placement, count);
  }
  return count;
}

/** The map's pictures of a view: the scale, the view, the tray of actors without a place, the flows. */
export function mapRequest(
  display: Display,
  detail: BasemapDetail,
  transform: ViewTransform,
  flows: readonly Flow[],
  pixelRatio = window.devicePixelRatio || 1,
): MapPictureRequest {
  const { mapSettings, language } = useExplorer.getState();
  const map = display.map;
  const count = map ? trayCount(map.placement) : 0;
  return {
    detail,
    transform,
    pixelRatio,
    tray: map?.tray ? { box: map.tray, label: appI18n.t('map.tray', { count }) } : null,
    flows,
    flowWidth: mapSettings.flowWidth,
    language,
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
  const layers = MapPictureLayers.on(renderer);
  let flows: Flow[] | null = null;
  const draw = () => {
    // Mid-move the positions are in sigma's unit square, not kilometres: the map waits.
    const onMap = showingMap(display) && !layoutsMoving();
    layers.under.dataset.shown = String(onMap);
    if (!onMap) {
      layers.hide();
      return;
    }
    const transform = viewTransform(renderer);
    const basemap = basemapFor(transform);
    // Which scale the view wants (the finer one arrives a little later); data-detail says which
    // is on screen.
    layers.under.dataset.wanted = wantedDetail(transform);
    if (!basemap) return;
    flows ??= currentFlows(useExplorer.getState());
    layers.frame(mapRequest(display, basemap.detail, transform, flows), !pictures.cameraMoving());
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
