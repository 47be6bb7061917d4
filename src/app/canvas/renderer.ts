/**
 * The one live sigma renderer, for the controls that move the camera (zoom, fit, focus on an
 * actor). Kept outside the store: it is an imperative handle, not state to render from.
 */
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from '../display-graph.ts';
import type { CameraState } from '../session/session.ts';

let active: Sigma<DisplayNode, DisplayEdge> | null = null;
/** A camera to show once the renderer of a newly opened network's drawing exists. */
let pendingCamera: { graph: unknown; state: CameraState } | null = null;
/**
 * Whether the camera shows the whole network as Fit framed it, untouched since: then a panel
 * opening, closing or changing width frames it again in the part the panels leave free (a wide
 * view panel left a third of the network under it). A camera the person moved stays put.
 */
let fitted = false;
const cameraMovedByHand = () => {
  fitted = false;
};

export function setActiveRenderer(renderer: Sigma<DisplayNode, DisplayEdge> | null): void {
  active = renderer;
  fitted = false;
  if (!renderer) return;
  renderer.getMouseCaptor().on('mousedown', cameraMovedByHand);
  renderer.getMouseCaptor().on('wheel', cameraMovedByHand);
  renderer.getTouchCaptor().on('touchdown', cameraMovedByHand);
  if (pendingCamera?.graph === renderer.getGraph()) {
    renderer.getCamera().setState(pendingCamera.state);
    pendingCamera = null;
  } else {
    // A new drawing starts fitted to the part of the canvas the panels leave free.
    requestAnimationFrame(() => {
      if (active === renderer) fitView({ duration: 0 });
    });
  }
}

/** Where the camera is, for the session; null before anything is drawn. */
export function cameraState(): CameraState | null {
  if (!active) return null;
  const { x, y, ratio, angle } = active.getCamera().getState();
  return { x, y, ratio, angle };
}

/**
 * Puts the camera back where a session left it, on the renderer of `graph` — now if it is
 * already drawn, else as soon as its renderer is created.
 */
export function restoreCamera(state: CameraState | null, graph: unknown): void {
  pendingCamera = state ? { graph, state } : null;
  if (active && pendingCamera && active.getGraph() === graph) {
    active.getCamera().setState(pendingCamera.state);
    pendingCamera = null;
  }
}

export function zoomIn(): void {
  fitted = false;
  active?.getCamera().animatedZoom({ duration: 250 });
}

export function zoomOut(): void {
  fitted = false;
  active?.getCamera().animatedUnzoom({ duration: 250 });
}

/** Frames the network again if Fit framed it and nobody has moved it since (see `fitted`). */
export function refitIfFitted(): void {
  if (fitted) fitView();
}

/** A box in sigma's framed coordinates (the graph's extent mapped onto 0…1). */
export interface FramedBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** What Fit frames instead of every actor (the map frames its region); null for every actor. */
let fitTarget: (() => FramedBox | null) | null = null;

export function setFitTarget(target: (() => FramedBox | null) | null): void {
  fitTarget = target;
}

/** The whole network in the part of the canvas the panels leave visible. */
export function fitView({ duration = 300 } = {}): void {
  if (!active) return;
  const box = fitTarget?.();
  // A map box is a region chosen to be seen whole, however small beside the world around it.
  if (box) focusFramedBox(box, { duration, closest: 0 });
  else focusActors(active.getGraph().nodes(), { duration });
  fitted = true;
}

/**
 * Brings an actor into view, zoomed in close enough to read its neighbourhood. `visibleCentre`
 * is where on screen it should land (default: the middle), so that panels covering part of
 * the canvas do not hide it.
 */
export function focusActor(id: string, visibleCentre?: { x: number; y: number }): void {
  if (!active) return;
  fitted = false;
  const renderer = active;
  if (!renderer.getGraph().hasNode(id)) return;
  // Where the actor will land: decided now, from the panels as they are when it was asked for.
  const { width, height } = renderer.getDimensions();
  visibleCentre ??= freeAreaCentre();
  const landing = visibleCentre ?? { x: width / 2, y: height / 2 };
  // Said on the element (as what is drawn is), for tests.
  renderer.getContainer().dataset.focusPoint = `${Math.round(landing.x)},${Math.round(landing.y)}`;
  onceDrawn(renderer, () => {
    const position = renderer.getNodeDisplayData(id);
    if (!position) return;
    const target = { x: position.x, y: position.y, ratio: 0.35, angle: 0 };
    const middle = renderer.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState: target });
    const wanted = renderer.viewportToFramedGraph(landing, { cameraState: target });
    target.x += middle.x - wanted.x;
    target.y += middle.y - wanted.y;
    renderer.getCamera().animate(target, { duration: 400 });
  });
}

/**
 * Runs `aim` once sigma has drawn the graph as it is now. Sigma turns graph positions into the
 * framed coordinates the camera works in only when it next draws: aimed before that, just after
 * the layout sent its last positions, the camera would frame the places of the step before (an
 * actor focused as the layout settled landed 30 pixels from where it was meant to).
 */
function onceDrawn(renderer: Sigma<DisplayNode, DisplayEdge>, aim: () => void): void {
  renderer.once('afterRender', () => {
    if (active === renderer) aim();
  });
  renderer.scheduleRender();
}

/** The part of the canvas no panel covers, in viewport pixels. */
export interface FreeArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The part of the canvas the bars and panels leave visible: right of the legend column (or the
 * open side panel), left of the actor profile, below the top bar and the ways of looking, above
 * the bottom bar. Fitting and focusing aim at its middle, so nothing lands under a panel.
 */
export function freeArea(): FreeArea | undefined {
  if (!active) return undefined;
  const { width, height } = active.getDimensions();
  const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect() ?? null;
  const area = { left: 0, top: 0, right: width, bottom: height };
  for (const selector of ['.left-column', '#side-panel']) {
    const panel = box(selector);
    if (panel && panel.width > 0) area.left = Math.max(area.left, panel.right);
  }
  const profile = box('.actor-panel');
  if (profile && profile.width > 0) area.right = Math.min(area.right, profile.left);
  for (const selector of ['.top-bar', '.lens-bar']) {
    const bar = box(selector);
    if (bar && bar.height > 0) area.top = Math.max(area.top, bar.bottom);
  }
  const bottom = box('.bottom-bar');
  if (bottom && bottom.height > 0) area.bottom = Math.min(area.bottom, bottom.top);
  if (area.right - area.left < 100 || area.bottom - area.top < 100) return undefined;
  return area;
}

function freeAreaCentre(): { x: number; y: number } | undefined {
  const area = freeArea();
  return area ? { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 } : undefined;
}

export function activeRenderer(): Sigma<DisplayNode, DisplayEdge> | null {
  return active;
}

/** Zoom never closer than this when fitting a few actors: a lone pair would fill the screen. */
const CLOSEST_FIT_RATIO = 0.08;
/** Room around the fitted actors, as a factor on their extent. */
const FIT_MARGIN = 1.2;

/**
 * Fits the camera to a set of actors (a community, the firms of a list, everyone) within the
 * part of the canvas the panels leave visible. Actors not drawn (filtered out) are skipped.
 */
export function focusActors(ids: Iterable<string>, { duration = 400 } = {}): void {
  if (!active) return;
  // Framing some actors is not Fit (fitView says so after calling this for everyone).
  fitted = false;
  const renderer = active;
  const keys = [...ids];
  onceDrawn(renderer, () => frameActors(renderer, keys, duration));
}

function frameActors(renderer: Sigma<DisplayNode, DisplayEdge>, ids: string[], duration: number): void {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    const position = renderer.getNodeDisplayData(id);
    if (!position) continue;
    minX = Math.min(minX, position.x);
    maxX = Math.max(maxX, position.x);
    minY = Math.min(minY, position.y);
    maxY = Math.max(maxY, position.y);
  }
  if (!Number.isFinite(minX)) return;
  focusFramedBox({ minX, minY, maxX, maxY }, { duration });
}

/** Fits the camera to a box in framed coordinates, within the part of the canvas no panel covers. */
export function focusFramedBox(
  { minX, minY, maxX, maxY }: FramedBox,
  { duration = 400, closest = CLOSEST_FIT_RATIO } = {},
): void {
  if (!active) return;
  const { width, height } = active.getDimensions();
  const area = freeArea() ?? { left: 0, top: 0, right: width, bottom: height };
  // The framed-graph extent of the free area at ratio 1; it grows linearly with the ratio.
  const unit = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: 1, angle: 0 };
  const topLeft = active.viewportToFramedGraph({ x: area.left, y: area.top }, { cameraState: unit });
  const bottomRight = active.viewportToFramedGraph({ x: area.right, y: area.bottom }, { cameraState: unit });
  const freeWidth = Math.abs(bottomRight.x - topLeft.x) || 1;
  const freeHeight = Math.abs(bottomRight.y - topLeft.y) || 1;
  const ratio = Math.max(
    closest,
    FIT_MARGIN * Math.max((maxX - minX) / freeWidth, (maxY - minY) / freeHeight),
  );
  const target = { ...unit, ratio };
  const centre = { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 };
  const middle = active.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState: target });
  const wanted = active.viewportToFramedGraph(centre, { cameraState: target });
  target.x += middle.x - wanted.x;
  target.y += middle.y - wanted.y;
  if (duration > 0) active.getCamera().animate(target, { duration });
  else active.getCamera().setState(target);
}
