/**
 * The neighbourhood of the hovered or selected actor, and the actors a view points out, drawn on
 * two layers of their own above the network: everything else is veiled, and the ties and actors
 * that matter drawn on the WebGL mark layer (mark-layer.ts, which says why), then the focused
 * actor and the names on the 2D layer above it. The cost grows with the neighbourhood, not with the
 * network — sigma's reducers would reprocess all 65,000 ties on every hover — so a hub with
 * 2,000 partners highlights within a frame. Labels go to the actor itself and to its strongest
 * partners only, and never on top of each other.
 */
import type Sigma from 'sigma';
import type { Display, DisplayEdge, DisplayNode } from '../display-graph.ts';
import { affineOf } from '../map/view-transform.ts';
import { type MarkBatch, SMALLEST_DOT_RADIUS } from './mark-layer.ts';

type Renderer = Sigma<DisplayNode, DisplayEdge>;

export interface HighlightRequest {
  /** The actor whose neighbourhood is shown; null for none. */
  focus: string | null;
  /** Actors a view points out, shown when no actor is in focus. */
  highlighted: ReadonlySet<string> | null;
}

/** At most this many partners are named; the rest are drawn without labels. */
export const MOST_LABELLED_PARTNERS = 12;
/** Past this many pointed-out actors, only the first are named. */
const MOST_LABELLED_HIGHLIGHTS = 30;
const LABEL_FONT = '12px system-ui, sans-serif';
const FOCUS_FONT = 'bold 13px system-ui, sans-serif';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Labels placed right of their actor, skipped where they would cover one already placed. */
class LabelPlacer {
  private readonly placed: Box[] = [];
  constructor(private readonly context: CanvasRenderingContext2D) {}

  place(text: string, x: number, y: number, radius: number, font: string): void {
    this.context.font = font;
    const width = this.context.measureText(text).width + 6;
    const box = { x: x + radius + 2, y: y - 9, width, height: 18 };
    if (this.placed.some((other) => overlaps(box, other))) return;
    this.placed.push(box);
    this.context.fillStyle = 'rgba(255, 255, 255, 0.92)';
    this.context.fillRect(box.x, box.y, box.width, box.height);
    this.context.fillStyle = '#111827';
    this.context.fillText(text, box.x + 3, y + 4);
  }
}

interface ScreenPoint {
  x: number;
  y: number;
  radius: number;
  colour: string;
  label: string;
}

function screen(renderer: Renderer, key: string): ScreenPoint | null {
  const data = renderer.getNodeDisplayData(key);
  if (!data || data.hidden) return null;
  const point = renderer.framedGraphToViewport(data);
  return { ...point, radius: renderer.scaleSize(data.size), colour: data.color, label: data.label ?? '' };
}

function dot(context: CanvasRenderingContext2D, x: number, y: number, radius: number, colour: string) {
  context.beginPath();
  context.arc(x, y, Math.max(radius, SMALLEST_DOT_RADIUS), 0, 2 * Math.PI);
  context.fillStyle = colour;
  context.fill();
}

/**
 * Draws the highlight for `request`: its veil, ties and dots into `marks` (emptied before), its
 * focused actor and names on a cleared 2D layer; returns whether anything was drawn.
 */
export function drawHighlight(
  context: CanvasRenderingContext2D,
  marks: MarkBatch,
  renderer: Renderer,
  display: Display,
  request: HighlightRequest,
): boolean {
  const { focus } = request;
  if (focus !== null && display.graph.hasNode(focus)) {
    drawNeighbourhood(context, marks, renderer, display, focus);
    return true;
  }
  if (request.highlighted && request.highlighted.size > 0) {
    drawPointedOut(context, marks, renderer, display, request.highlighted);
    return true;
  }
  return false;
}

/** A partner that may be named: the strongest ties first, then the best-connected partners. */
interface Candidate {
  strength: number;
  degree: number;
  key: string;
  at: ScreenPoint;
}

function ranksBefore(a: Candidate, b: Candidate): boolean {
  return (
    a.strength > b.strength ||
    (a.strength === b.strength && (a.degree > b.degree || (a.degree === b.degree && a.key < b.key)))
  );
}

/**
 * One pass over the focus' ties (listed once per display: display.partnerTies) lays out the ties
 * and the partners' dots (on the mark layer), and keeps the few partners to name; a partner's
 * degree is looked up only when it could be named. A hub of 2,242 partners costs a few
 * multiply-adds and vertex writes per partner, not a walk of graphology's ties, a lookup and a
 * copy of each partner's display data, and a sort of the neighbourhood.
 */
function drawNeighbourhood(
  context: CanvasRenderingContext2D,
  marks: MarkBatch,
  renderer: Renderer,
  display: Display,
  focus: string,
) {
  const { graph } = display;
  const centre = screen(renderer, focus);
  if (!centre) return;
  // Positions and sizes are the graph's own attributes, which sigma draws as they are (no
  // reducers), put on screen by its graph-to-viewport mapping (affine) taken once as a matrix.
  const [a, b, c, d, e, f] = affineOf((point) => renderer.graphToViewport(point), 1);
  const sizeToRadius = renderer.scaleSize(1);
  marks.veiled = true;
  const named: Candidate[] = [];
  for (const { key, partner, tie } of display.partnerTies.get(focus) ?? []) {
    const x = a * partner.x + c * partner.y + e;
    const y = b * partner.x + d * partner.y + f;
    marks.addTie(centre.x, centre.y, x, y, tie.color);
    const radius = partner.size * sizeToRadius;
    marks.addDot(x, y, radius, partner.color);
    const last = named[MOST_LABELLED_PARTNERS - 1];
    if (last && tie.strength < last.strength) continue;
    const candidate = {
      strength: tie.strength,
      degree: graph.degree(key),
      key,
      at: { x, y, radius, colour: partner.color, label: partner.label ?? '' },
    };
    if (last && !ranksBefore(candidate, last)) continue;
    const index = named.findIndex((other) => ranksBefore(candidate, other));
    named.splice(index < 0 ? named.length : index, 0, candidate);
    if (named.length > MOST_LABELLED_PARTNERS) named.pop();
  }
  context.lineWidth = 2;
  context.strokeStyle = '#111827';
  dot(context, centre.x, centre.y, centre.radius + 1, centre.colour);
  context.beginPath();
  context.arc(centre.x, centre.y, centre.radius + 2, 0, 2 * Math.PI);
  context.stroke();
  const labels = new LabelPlacer(context);
  labels.place(centre.label, centre.x, centre.y, centre.radius, FOCUS_FONT);
  for (const { at } of named) labels.place(at.label, at.x, at.y, at.radius, LABEL_FONT);
}

/**
 * The actors a view points out (the core, a list of brokers), and the ties among them, drawn as
 * the neighbourhood is: each actor put on screen once, each tie once (from its lower key), on
 * the mark layer with the actors' dots. A view may point out thousands of actors on Horizon 2020, and this runs
 * whenever the camera comes to rest.
 */
function drawPointedOut(
  context: CanvasRenderingContext2D,
  marks: MarkBatch,
  renderer: Renderer,
  display: Display,
  highlighted: ReadonlySet<string>,
) {
  marks.veiled = true;
  const { graph } = display;
  const points = new Map<string, ScreenPoint>();
  for (const key of highlighted) {
    const at = graph.hasNode(key) ? screen(renderer, key) : null;
    if (at) points.set(key, at);
  }
  for (const [key, from] of points) {
    for (const { key: other, tie } of display.partnerTies.get(key) ?? []) {
      const to = other > key ? points.get(other) : undefined;
      if (to) marks.addTie(from.x, from.y, to.x, to.y, tie.color);
    }
  }
  for (const at of points.values()) marks.addDot(at.x, at.y, at.radius, at.colour);
  const byDegree = [...points].sort(([a], [b]) => graph.degree(b) - graph.degree(a));
  const labels = new LabelPlacer(context);
  for (const [, at] of byDegree.slice(0, MOST_LABELLED_HIGHLIGHTS))
    labels.place(at.label, at.x, at.y, at.radius, LABEL_FONT);
}

/** A dark ring around each pinned actor, so a person sees which ones they placed by hand; whether any was drawn. */
export function drawPinnedRings(
  context: CanvasRenderingContext2D,
  renderer: Renderer,
  pinned: readonly string[],
): boolean {
  context.strokeStyle = '#111827';
  context.lineWidth = 2;
  let drawn = false;
  for (const key of pinned) {
    const point = screen(renderer, key);
    if (!point) continue;
    context.beginPath();
    context.arc(point.x, point.y, point.radius + 3, 0, 2 * Math.PI);
    context.stroke();
    drawn = true;
  }
  return drawn;
}
