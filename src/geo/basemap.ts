/**
 * The offline basemap: country shapes, borders and coastlines (Natural Earth via the world-atlas
 * package) and town names for orientation (GeoNames via data/geo/orientation-places.json),
 * projected into plain kilometre coordinates that a WebGL layer and an SVG export can both draw.
 * Everything is bundled; nothing is fetched from a server, so what is looked at never leaks.
 *
 * Projection: Lambert azimuthal equal-area centred on 52°N 10°E, the centre and projection of
 * ETRS89-LAEA (EPSG:3035), which Eurostat uses for European statistics and NUTS maps. Equal-area
 * keeps the density of actors in a region comparable across the map, and the distortion of
 * distances and shapes stays within a few per cent over Europe (a conic would do as well; a
 * Web-Mercator would inflate Scandinavia by half). Computed on a sphere of radius 6,371.0088 km,
 * the radius of the distance measures, so x and y are kilometres from the centre: x east, y north.
 * (EPSG:3035 itself is on the GRS80 ellipsoid, with a false origin; positions differ from it by
 * a few kilometres, which no map at this scale shows.)
 */
import { type GeoProjection, type GeoStream, geoAzimuthalEqualArea } from 'd3-geo';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const EARTH_RADIUS_KM = 6371.0088;
export const PROJECTION_CENTRE = { lat: 52, lon: 10 } as const;
export const PROJECTION_NAME =
  'Lambert azimuthal equal-area, centre 52°N 10°E (as ETRS89-LAEA, EPSG:3035), sphere of radius 6,371.0088 km; x east and y north in km';

/** A point in map coordinates: km east and north of 52°N 10°E. */
export type MapPoint = readonly [x: number, y: number];
/** A closed ring (first point repeated last) or an open line, in map coordinates. */
export type MapLine = readonly MapPoint[];

/** [[xMin, yMin], [xMax, yMax]] in map coordinates. */
export type MapExtent = readonly [MapPoint, MapPoint];

export interface BasemapCountry {
  /** ISO 3166-1 numeric code as Natural Earth gives it ("528" the Netherlands); empty for a few territories. */
  readonly id: string;
  readonly name: string;
  /** Outer rings and holes alike, each closed; fill with the even-odd rule. */
  readonly rings: readonly MapLine[];
}

export interface OrientationPlace {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  readonly x: number;
  readonly y: number;
}

export interface Basemap {
  readonly projection: string;
  readonly detail: BasemapDetail;
  readonly extent: MapExtent;
  readonly countries: readonly BasemapCountry[];
  /** Land borders between countries, each once. */
  readonly borders: readonly MapLine[];
  /** Coastlines (country edges no other country shares). */
  readonly coastlines: readonly MapLine[];
  /** Town names for orientation inside the extent, largest first. */
  readonly places: readonly OrientationPlace[];
  /** Credit lines to show with the map. */
  readonly attribution: readonly string[];
}

/** Natural Earth scale: 1:50m for a continent, 1:10m for a region (about 5 MB, loaded only when asked). */
export type BasemapDetail = '50m' | '10m';

const NATURAL_EARTH_CREDIT = 'Borders and coastlines: Natural Earth (public domain), via world-atlas';

function createProjection(): GeoProjection {
  return (
    geoAzimuthalEqualArea()
      .rotate([-PROJECTION_CENTRE.lon, -PROJECTION_CENTRE.lat])
      .scale(EARTH_RADIUS_KM)
      .translate([0, 0])
      // No adaptive resampling: Natural Earth's vertices are a few km apart at most, so straight
      // segments between them are exact at any zoom the map offers, and resampling is the slow part.
      .precision(0)
  );
}

const PROJECTION = createProjection();

/** Map coordinates (km east, km north of 52°N 10°E) of a longitude and latitude in degrees. */
export function project(lon: number, lat: number): MapPoint {
  const point = PROJECTION([lon, lat]);
  if (!point) return [Number.NaN, Number.NaN];
  // d3 counts y downwards, as screens do; maps and the graph count it northwards.
  return [point[0], 0 - point[1] + 0];
}

/** Longitude and latitude in degrees of a point in map coordinates. */
export function invert(x: number, y: number): readonly [lon: number, lat: number] {
  const lonLat = PROJECTION.invert?.([x, -y]);
  return lonLat ? [lonLat[0], lonLat[1]] : [Number.NaN, Number.NaN];
}

/** Where an actor goes on the map; undefined without valid coordinates. */
export function projectActor(fields: { lat?: unknown; lon?: unknown }): MapPoint | undefined {
  const { lat, lon } = fields;
  if (typeof lat !== 'number' || typeof lon !== 'number' || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return undefined;
  return project(lon, lat);
}

/** The map extent covering a longitude/latitude box (its edges sampled, since they project as curves). */
export function extentOf(west: number, south: number, east: number, north: number): MapExtent {
  let [xMin, yMin, xMax, yMax] = [Infinity, Infinity, -Infinity, -Infinity];
  const steps = 32;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    for (const [lon, lat] of [
      [west + (east - west) * t, south],
      [west + (east - west) * t, north],
      [west, south + (north - south) * t],
      [east, south + (north - south) * t],
    ]) {
      const [x, y] = project(lon, lat);
      xMin = Math.min(xMin, x);
      xMax = Math.max(xMax, x);
      yMin = Math.min(yMin, y);
      yMax = Math.max(yMax, y);
    }
  }
  return [
    [xMin, yMin],
    [xMax, yMax],
  ];
}

/** Europe from the Azores to the Urals, Lapland to Crete: the default extent. */
export const EUROPE_EXTENT: MapExtent = extentOf(-25, 34, 45, 72);

/**
 * Collects what d3 streams after projecting and clipping as plain lines. Polygons arrive as rings;
 * lines as open lines. Points are flipped to y north.
 */
function collectLines(geometry: Polygon | MultiPolygon | MultiLineString, extent: MapExtent): MapLine[] {
  const lines: MapLine[] = [];
  let current: [number, number][] | null = null;
  let inPolygon = false;
  const sink: GeoStream = {
    point(x, y) {
      current?.push([x, -y]);
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      if (current && current.length > 1) {
        if (inPolygon) current.push(current[0]);
        lines.push(current);
      }
      current = null;
    },
    polygonStart() {
      inPolygon = true;
    },
    polygonEnd() {
      inPolygon = false;
    },
    sphere() {},
  };
  const [[xMin, yMin], [xMax, yMax]] = extent;
  // d3's clip extent is in its own (y down) coordinates.
  const projection = createProjection().clipExtent([
    [xMin, -yMax],
    [xMax, -yMin],
  ]);
  const stream = projection.stream(sink);
  geoStreamGeometry(geometry, stream);
  return lines;
}

/** Streams a GeoJSON geometry (d3's geoStream, typed for the three shapes the basemap uses). */
function geoStreamGeometry(geometry: Polygon | MultiPolygon | MultiLineString, stream: GeoStream): void {
  const line = (coordinates: number[][], closed: boolean) => {
    stream.lineStart();
    // GeoJSON repeats a ring's first point at its end; d3 streams a ring without it.
    const count = closed ? coordinates.length - 1 : coordinates.length;
    for (let i = 0; i < count; i++) stream.point(coordinates[i][0], coordinates[i][1]);
    stream.lineEnd();
  };
  const polygon = (rings: number[][][]) => {
    stream.polygonStart();
    for (const ring of rings) line(ring, true);
    stream.polygonEnd();
  };
  if (geometry.type === 'Polygon') polygon(geometry.coordinates);
  else if (geometry.type === 'MultiPolygon') for (const rings of geometry.coordinates) polygon(rings);
  else for (const coordinates of geometry.coordinates) line(coordinates, false);
}

type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

export interface PlaceList {
  readonly attribution: string;
  readonly places: readonly (readonly [string, string, number, number, number])[];
}

export interface BasemapOptions {
  detail?: BasemapDetail;
  /** What to draw, in map coordinates; shapes are clipped to it. Default: Europe. */
  extent?: MapExtent;
  /** Towns with fewer inhabitants are left out of `places`. */
  minPopulation?: number;
}

/** The lines of a mesh that come near the box. */
function nearby(lines: MultiLineString, box: LonLatBox): MultiLineString {
  return { type: 'MultiLineString', coordinates: lines.coordinates.filter((line) => touches(box, line)) };
}

/** Whether a polygon's outer rings contain the extent's centre (even-odd, in degrees). */
function coversCentre(geometry: Polygon | MultiPolygon, extent: MapExtent): boolean {
  const [[xMin, yMin], [xMax, yMax]] = extent;
  const [lon, lat] = invert((xMin + xMax) / 2, (yMin + yMax) / 2);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => {
    let inside = false;
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    return inside;
  });
}

function inside(extent: MapExtent, [x, y]: MapPoint): boolean {
  const [[xMin, yMin], [xMax, yMax]] = extent;
  return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
}

/** [west, south, east, north] in degrees. */
type LonLatBox = readonly [number, number, number, number];

/** The longitude/latitude box an extent covers (its edges sampled), widened by a degree for safety. */
function lonLatBoxOf(extent: MapExtent): LonLatBox {
  const [[xMin, yMin], [xMax, yMax]] = extent;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const steps = 32;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    for (const [x, y] of [
      [xMin + (xMax - xMin) * t, yMin],
      [xMin + (xMax - xMin) * t, yMax],
      [xMin, yMin + (yMax - yMin) * t],
      [xMax, yMin + (yMax - yMin) * t],
    ]) {
      const [lon, lat] = invert(x, y);
      if (Number.isNaN(lon)) return [-180, -90, 180, 90];
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  // A pole inside the extent makes every longitude visible.
  const [px, py] = project(0, 90);
  if (px >= xMin && px <= xMax && py >= yMin && py <= yMax) return [-180, south - 1, 180, 90];
  return [west - 1, south - 1, east + 1, north + 1];
}

/** Whether any point of the coordinates falls in the box: a quick test that skips far-away shapes. */
function touches(box: LonLatBox, coordinates: unknown): boolean {
  const [west, south, east, north] = box;
  const visit = (value: unknown): boolean => {
    if (!Array.isArray(value)) return false;
    if (typeof value[0] === 'number') {
      const [lon, lat] = value as number[];
      return lon >= west && lon <= east && lat >= south && lat <= north;
    }
    return value.some(visit);
  };
  return visit(coordinates);
}

interface Shapes {
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  borders: MultiLineString;
  coastlines: MultiLineString;
}

/** TopoJSON decoded once per topology: panning and zooming only clip again. */
const SHAPES = new WeakMap<WorldTopology, Shapes>();

function shapesOf(topology: WorldTopology): Shapes {
  let shapes = SHAPES.get(topology);
  if (!shapes) {
    shapes = {
      countries: feature(topology, topology.objects.countries) as Shapes['countries'],
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
      coastlines: mesh(topology, topology.objects.countries, (a, b) => a === b),
    };
    SHAPES.set(topology, shapes);
  }
  return shapes;
}

/** The basemap from the data itself: pure, so tests can hand in the data and check the result. */
export function basemapFrom(
  topology: WorldTopology,
  placeList: PlaceList,
  options: BasemapOptions = {},
): Basemap {
  const extent = options.extent ?? EUROPE_EXTENT;
  const box = lonLatBoxOf(extent);
  const { countries, borders, coastlines } = shapesOf(topology);
  const basemapCountries: BasemapCountry[] = [];
  for (const country of countries.features) {
    // A country none of whose vertices is near the extent may still cover it (a small extent
    // inside one country): keep the one that contains the extent's centre.
    if (
      !country.geometry ||
      !(touches(box, country.geometry.coordinates) || coversCentre(country.geometry, extent))
    )
      continue;
    const rings = collectLines(country.geometry, extent);
    if (rings.length === 0) continue;
    basemapCountries.push({ id: String(country.id ?? ''), name: country.properties?.name ?? '', rings });
  }
  const minPopulation = options.minPopulation ?? 0;
  const places = placeList.places
    .filter(([, , , , population]) => population >= minPopulation)
    .map(([name, country, lat, lon, population]) => {
      const [x, y] = project(lon, lat);
      return { name, country, lat, lon, population, x, y };
    })
    .filter((place) => inside(extent, [place.x, place.y]))
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  return {
    projection: PROJECTION_NAME,
    detail: options.detail ?? '50m',
    extent,
    countries: basemapCountries,
    borders: collectLines(nearby(borders, box), extent),
    coastlines: collectLines(nearby(coastlines, box), extent),
    places,
    attribution: [NATURAL_EARTH_CREDIT, placeList.attribution],
  };
}

/**
 * The bundled basemap. Each scale is a separate chunk of the build, loaded on first use from the
 * app's own files (never from a server); 1:10m is about five times the size of 1:50m.
 */
export async function loadBasemap(options: BasemapOptions = {}): Promise<Basemap> {
  const [topology, placeList] = await Promise.all([
    options.detail === '10m'
      ? import('world-atlas/countries-10m.json')
      : import('world-atlas/countries-50m.json'),
    import('../../data/geo/orientation-places.json'),
  ]);
  return basemapFrom(
    (topology.default ?? topology) as unknown as WorldTopology,
    (placeList.default ?? placeList) as unknown as PlaceList,
    options,
  );
}
