/**
 * Community outlines for the clusters way of looking: the convex hull of each large community's
 * actors, drawn softly beneath the ties, with the community's name at its top. Hulls are
 * computed in graph coordinates (once per layout state) and only their corners are projected
 * on each frame, so panning a 16,000-actor network costs a few hundred points, not 16,000.
 */
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from '../display-graph.ts';

type Point = [number, number];

export interface CommunityOutline {
  hull: Point[];
  colour: string;
  name: string;
}

/** Andrew's monotone chain; the points in counter-clockwise order without repeating the first. */
export function convexHull(points: Point[]): Point[] {
  if (points.length < 3) return points.slice();
  const sorted = points.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: Point, a: Point, b: Point) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/** Outlines of the communities with at least `minimum` actors (the largest `most` of them). */
export function communityOutlines(
  positions: { x: number; y: number }[],
  community: ArrayLike<number>,
  colourOf: (code: number) => string | null,
  nameOf: (code: number) => string,
  { minimum = 8, most = 12 } = {},
): CommunityOutline[] {
  const members = new Map<number, Point[]>();
  for (let i = 0; i < positions.length; i++) {
    const code = community[i];
    if (Number.isNaN(code)) continue;
    let list = members.get(code);
    if (!list) {
      list = [];
      members.set(code, list);
    }
    list.push([positions[i].x, positions[i].y]);
  }
  return [...members]
    .filter(([, points]) => points.length >= minimum)
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .slice(0, most)
    .flatMap(([code, points]) => {
      const colour = colourOf(code);
      return colour ? [{ hull: convexHull(points), colour, name: nameOf(code) }] : [];
    });
}

function grownCorners(renderer: Sigma<DisplayNode, DisplayEdge>, outline: CommunityOutline) {
  const corners = outline.hull.map(([x, y]) => renderer.graphToViewport({ x, y }));
  const cx = corners.reduce((sum, p) => sum + p.x, 0) / Math.max(corners.length, 1);
  const cy = corners.reduce((sum, p) => sum + p.y, 0) / Math.max(corners.length, 1);
  // Grown away from the centre, so the outline passes around the actors, not through them.
  return corners.map((p) => {
    const dx = p.x - cx;
    const dy = p.y - cy;
    const length = Math.hypot(dx, dy) || 1;
    return { x: p.x + (dx / length) * 12, y: p.y + (dy / length) * 12 };
  });
}

/** Draws the outlines, a little larger than their hulls, beneath the ties, on a cleared layer; whether there were any. */
export function drawOutlines(
  context: CanvasRenderingContext2D,
  renderer: Sigma<DisplayNode, DisplayEdge>,
  outlines: readonly CommunityOutline[],
): boolean {
  context.lineJoin = 'round';
  for (const outline of outlines) {
    const grown = grownCorners(renderer, outline);
    if (grown.length === 0) continue;
    context.beginPath();
    context.moveTo(grown[0].x, grown[0].y);
    for (const p of grown.slice(1)) context.lineTo(p.x, p.y);
    context.closePath();
    context.fillStyle = `${outline.colour}12`;
    context.strokeStyle = `${outline.colour}55`;
    context.lineWidth = 6;
    context.stroke();
    context.fill();
  }
  return outlines.length > 0;
}

export interface PlacedName {
  text: string;
  colour: string;
  x: number;
  y: number;
  box: { x: number; y: number; width: number; height: number };
}

/**
 * Where the communities' names go, each at the top of its outline, skipped where it would
 * cover a name already placed (the largest communities are named first). Placed before the
 * actors' labels are drawn, so those keep clear of the names.
 */
export function placeOutlineNames(
  context: CanvasRenderingContext2D,
  renderer: Sigma<DisplayNode, DisplayEdge>,
  outlines: readonly CommunityOutline[],
): PlacedName[] {
  context.font = NAME_FONT;
  const placed: PlacedName[] = [];
  for (const outline of outlines) {
    const grown = grownCorners(renderer, outline);
    if (grown.length === 0) continue;
    const top = grown.reduce((best, p) => (p.y < best.y ? p : best), grown[0]);
    const text = shortened(outline.name);
    const textWidth = context.measureText(text).width;
    const box = { x: top.x - textWidth / 2 - 4, y: top.y - 20, width: textWidth + 8, height: 17 };
    const covers = placed.some(
      ({ box: other }) =>
        box.x < other.x + other.width &&
        other.x < box.x + box.width &&
        box.y < other.y + other.height &&
        other.y < box.y + box.height,
    );
    if (!covers)
      placed.push({
        text,
        colour: outline.colour,
        x: top.x - textWidth / 2,
        y: top.y - 7,
        box,
      });
  }
  return placed;
}

const NAME_FONT = 'bold 12px system-ui, sans-serif';
/** Longer names are cut with an ellipsis: a name is a handle on the map, the Clusters view has it whole. */
const LONGEST_NAME = 40;

function shortened(name: string): string {
  return name.length <= LONGEST_NAME ? name : `${name.slice(0, LONGEST_NAME - 1).trimEnd()}…`;
}

/** The placed names, above everything. */
export function drawOutlineNames(context: CanvasRenderingContext2D, names: readonly PlacedName[]): boolean {
  context.font = NAME_FONT;
  for (const name of names) {
    context.fillStyle = 'rgba(255, 255, 255, 0.9)';
    context.fillRect(name.box.x, name.box.y, name.box.width, name.box.height);
    context.fillStyle = name.colour;
    context.fillText(name.text, name.x, name.y);
  }
  return names.length > 0;
}
