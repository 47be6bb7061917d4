/**
 * The basemap as flat arrays, the form in which it crosses from its worker to the page: every
 * line's points in one Float32Array (km, y north), the lines cut into chunks of a bounded number
 * of points with their bounding boxes, so that a frame draws only the chunks in view. Country
 * shapes stay grouped per country (one fill each, holes by the even-odd rule).
 */
import {
  type Basemap,
  type BasemapDetail,
  extentOf,
  type MapExtent,
  type MapLine,
} from '../../geo/basemap.ts';

/** Lines as points and chunk boundaries: chunk c covers points starts[c] … starts[c + 1] − 1. */
export interface PackedLines {
  /** x0, y0, x1, y1, … in km. */
  points: Float32Array;
  /** Index (in points, not coordinates) where each piece begins, plus the end: a piece is drawn joined. */
  pieces: Uint32Array;
  /** Index in `pieces` where each chunk's pieces begin, plus the end. */
  chunks: Uint32Array;
  /** xMin, yMin, xMax, yMax per chunk. */
  boxes: Float32Array;
}

export interface PackedPlaces {
  names: string[];
  /** x, y per place in km, largest place first (the order is all the towns' drawing needs of their size). */
  xy: Float32Array;
}

export interface PackedBasemap {
  detail: BasemapDetail;
  /** What the shapes are clipped to: outside it the basemap has nothing (no sea, no land). */
  extent: MapExtent;
  /** One chunk per country: its rings. */
  land: PackedLines;
  borders: PackedLines;
  coastlines: PackedLines;
  places: PackedPlaces;
  attribution: string[];
}

/**
 * The area each scale covers. 1:50m reaches from the Atlantic to the Caspian and from the Sahara
 * to the North Cape, for Horizon networks; 1:10m, five times the size, only western and central
 * Europe, where the regional networks are and where a view close enough to need it lies.
 */
export const DETAIL_EXTENTS: Record<BasemapDetail, MapExtent> = {
  '50m': extentOf(-35, 20, 65, 75),
  '10m': extentOf(-11, 35, 30, 62),
};

/** Points per chunk of borders and coastlines: few enough draw calls, small enough to cull. */
export const CHUNK_POINTS = 1500;

class LineWriter {
  private readonly points: number[] = [];
  private readonly pieces: number[] = [];
  private readonly chunks: number[] = [];
  private readonly boxes: number[] = [];
  private chunkPoints = 0;
  private box = [Infinity, Infinity, -Infinity, -Infinity];

  /** Starts a chunk (closing the one open). */
  chunk(): void {
    this.closeChunk();
    this.chunks.push(this.pieces.length);
  }

  line(line: MapLine): void {
    if (line.length < 2) return;
    this.pieces.push(this.points.length / 2);
    for (const [x, y] of line) {
      this.points.push(x, y);
      this.box[0] = Math.min(this.box[0], x);
      this.box[1] = Math.min(this.box[1], y);
      this.box[2] = Math.max(this.box[2], x);
      this.box[3] = Math.max(this.box[3], y);
    }
    this.chunkPoints += line.length;
  }

  /** Adds lines, opening a new chunk whenever the open one is full. */
  lines(lines: readonly MapLine[], chunkPoints: number): void {
    if (this.chunks.length === 0) this.chunk();
    for (const line of lines) {
      if (this.chunkPoints > 0 && this.chunkPoints + line.length > chunkPoints) this.chunk();
      this.line(line);
    }
  }

  private closeChunk(): void {
    if (this.chunks.length === 0) return;
    if (this.chunks[this.chunks.length - 1] === this.pieces.length) {
      this.chunks.pop();
    } else this.boxes.push(...this.box);
    this.box = [Infinity, Infinity, -Infinity, -Infinity];
    this.chunkPoints = 0;
  }

  done(): PackedLines {
    this.closeChunk();
    return {
      points: Float32Array.from(this.points),
      pieces: Uint32Array.from([...this.pieces, this.points.length / 2]),
      chunks: Uint32Array.from([...this.chunks, this.pieces.length]),
      boxes: Float32Array.from(this.boxes),
    };
  }
}

export function packBasemap(basemap: Basemap): PackedBasemap {
  const land = new LineWriter();
  for (const country of basemap.countries) {
    land.chunk();
    for (const ring of country.rings) land.line(ring);
  }
  const borders = new LineWriter();
  borders.lines(basemap.borders, CHUNK_POINTS);
  const coastlines = new LineWriter();
  coastlines.lines(basemap.coastlines, CHUNK_POINTS);
  return {
    detail: basemap.detail,
    extent: basemap.extent,
    land: land.done(),
    borders: borders.done(),
    coastlines: coastlines.done(),
    places: {
      names: basemap.places.map((place) => place.name),
      xy: Float32Array.from(basemap.places.flatMap((place) => [place.x, place.y])),
    },
    attribution: [...basemap.attribution],
  };
}

/** Number of chunks of packed lines. */
export function chunkCount(lines: PackedLines): number {
  return lines.chunks.length - 1;
}

/** Whether chunk `c` comes into the box [xMin, yMin, xMax, yMax] (km). */
export function chunkInView(lines: PackedLines, c: number, view: readonly number[]): boolean {
  const b = 4 * c;
  return (
    lines.boxes[b] <= view[2] &&
    lines.boxes[b + 2] >= view[0] &&
    lines.boxes[b + 1] <= view[3] &&
    lines.boxes[b + 3] >= view[1]
  );
}
