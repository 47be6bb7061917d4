/**
 * From map kilometres to the pixels of a sigma view: sigma's graph-to-viewport mapping (its
 * normalisation, then the camera) is affine, so three points give it as a 2D canvas matrix.
 * Paths kept in kilometres are then drawn with one `transform` per frame, never re-projected.
 */

/** The little of a sigma renderer the transform needs. */
export interface ViewSource {
  graphToViewport(point: { x: number; y: number }): { x: number; y: number };
  viewportToGraph(point: { x: number; y: number }): { x: number; y: number };
  getDimensions(): { width: number; height: number };
}

/** A 2D affine map as a canvas (and CSS) matrix [a, b, c, d, e, f]: (x, y) → (a·x + c·y + e, b·x + d·y + f). */
export type Matrix = readonly [number, number, number, number, number, number];

export interface ViewTransform {
  /** Canvas matrix [a, b, c, d, e, f]: pixel = (a·x + c·y + e, b·x + d·y + f). */
  matrix: Matrix;
  /** Pixels per kilometre. */
  scale: number;
  /** The kilometres in view: xMin, yMin, xMax, yMax. */
  view: readonly [number, number, number, number];
  width: number;
  height: number;
}

/** Far enough apart for the matrix to keep its precision at any zoom. */
const UNIT = 1000;

/** The canvas matrix of an affine mapping, read from where it sends three points `unit` apart. */
export function affineOf(
  map: (point: { x: number; y: number }) => { x: number; y: number },
  unit: number,
): Matrix {
  const o = map({ x: 0, y: 0 });
  const ex = map({ x: unit, y: 0 });
  const ey = map({ x: 0, y: unit });
  return [(ex.x - o.x) / unit, (ex.y - o.y) / unit, (ey.x - o.x) / unit, (ey.y - o.y) / unit, o.x, o.y];
}

export function viewTransform(renderer: ViewSource): ViewTransform {
  const matrix = affineOf((point) => renderer.graphToViewport(point), UNIT);
  const { width, height } = renderer.getDimensions();
  const corners = [
    renderer.viewportToGraph({ x: 0, y: 0 }),
    renderer.viewportToGraph({ x: width, y: 0 }),
    renderer.viewportToGraph({ x: 0, y: height }),
    renderer.viewportToGraph({ x: width, y: height }),
  ];
  return {
    matrix,
    scale: Math.hypot(matrix[0], matrix[1]),
    view: [
      Math.min(...corners.map((p) => p.x)),
      Math.min(...corners.map((p) => p.y)),
      Math.max(...corners.map((p) => p.x)),
      Math.max(...corners.map((p) => p.y)),
    ],
    width,
    height,
  };
}

/** A point in km on screen. */
export function toScreen({ matrix: [a, b, c, d, e, f] }: ViewTransform, x: number, y: number) {
  return { x: a * x + c * y + e, y: b * x + d * y + f };
}

/** Whether a box (xMin, yMin, xMax, yMax in km) comes into view. */
export function boxInView(transform: ViewTransform, box: readonly number[]): boolean {
  const [xMin, yMin, xMax, yMax] = transform.view;
  return box[0] <= xMax && box[2] >= xMin && box[1] <= yMax && box[3] >= yMin;
}
