/**
 * Builds two real regional ecosystems from the Horizon Europe tables in data/cordis/ (and nothing
 * else): the NL–BE–DE border region and Brainport Eindhoven, written to sample-networks/<id>/ as
 * actors.csv, relations.csv and the README card.
 *
 * An actor is an organisation (PIC) with its legal name, type, SME flag, town, NUTS-3 region and
 * coordinates. Two organisations are tied when they took part in the same project and at least one
 * of them is inside the region; projects with more than PROJECT_SIZE_CAP organisations give no
 * ties. Each tie carries the dates of its projects (first start, last end).
 *
 * Coordinates are checked, not trusted: CORDIS sometimes puts an organisation on its country's or
 * region's centroid (45 Dutch organisations on one point in Flevoland). A point shared by
 * SHARED_POINT_MINIMUM or more organisations is kept only when it lies within TOWN_RADIUS_KM of
 * the organisation's own town in the gazetteer (a town centre, marked as such); any point farther
 * than FAR_FROM_TOWN_KM from that town is dropped as well. Dropped or missing coordinates are left
 * empty when the gazetteer knows the town (the import places the actor by it); otherwise the actor
 * is placed here at its NUTS-3 region's centre (else its country's) and its `placement` says so.
 *
 * Deterministic: sorted by PIC and project number; `npm run sample:he` rewrites the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { haversineKm } from '../src/analysis/locality.ts';
import { createGazetteer, type Gazetteer, type PlaceTable } from '../src/geo/gazetteer.ts';
import { SHARED_POINT_MINIMUM as IMPORT_SHARED_POINT_MINIMUM } from '../src/io/placement.ts';
import {
  BORDER_REGION,
  BRAINPORT,
  type EcosystemRegion,
  inRegion,
  isoCountry,
  KIND_BY_TYPE,
  type OrganisationType,
  PROJECT_SIZE_CAP,
  projectMembers,
  readGzippedCsv,
} from './lib/cordis.ts';
import { type Cell, csv } from './lib/csv.ts';
import { heReadme } from './lib/he-readme.ts';

const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIRECTORY = join(REPOSITORY_ROOT, 'data', 'cordis');

const SHARED_POINT_MINIMUM = 5;
const TOWN_RADIUS_KM = 15;
const FAR_FROM_TOWN_KM = 50;
/** The committed files of one sample must stay below this. */
const SIZE_BUDGET_BYTES = 4 * 1024 * 1024;

export type CoordinateQuality = 'address' | 'shared point' | 'centroid' | 'far from town' | 'missing';

interface Organisation {
  pic: string;
  name: string;
  shortName: string;
  type: OrganisationType;
  sme: boolean;
  city: string;
  country: string;
  nuts: string;
  nutsName: string;
  lat: number | null;
  lon: number | null;
  sharedBy: number;
}

interface Project {
  id: string;
  acronym: string;
  start: string;
  end: string;
  members: string[];
}

interface Tie {
  source: string;
  target: string;
  projects: Project[];
}

function readOrganisations(): Map<string, Organisation> {
  const organisations = new Map<string, Organisation>();
  for (const row of readGzippedCsv(join(DATA_DIRECTORY, 'he_organisations.csv.gz'))) {
    if (!(row.activityType in KIND_BY_TYPE))
      throw new Error(`PIC ${row.organisationID}: type "${row.activityType}"`);
    organisations.set(row.organisationID, {
      pic: row.organisationID,
      name: row.name.trim(),
      shortName: row.shortName.trim(),
      type: row.activityType as OrganisationType,
      sme: row.SME === 'true',
      city: row.city.trim(),
      country: isoCountry(row.country),
      nuts: row.nutsCode,
      nutsName: row.nutsName,
      lat: row.lat === '' ? null : Number(row.lat),
      lon: row.lon === '' ? null : Number(row.lon),
      sharedBy: row.n_orgs_same_coords === '' ? 0 : Number(row.n_orgs_same_coords),
    });
  }
  return organisations;
}

function readProjects(): Map<string, Project> {
  const members = projectMembers(readGzippedCsv(join(DATA_DIRECTORY, 'he_participations.csv.gz')));
  const projects = new Map<string, Project>();
  for (const row of readGzippedCsv(join(DATA_DIRECTORY, 'he_projects.csv.gz'))) {
    projects.set(row.projectID, {
      id: row.projectID,
      acronym: row.acronym,
      start: row.startDate,
      end: row.endDate,
      members: [...(members.get(row.projectID) ?? [])].sort(),
    });
  }
  return projects;
}

function loadGazetteerTable(): Gazetteer {
  const text = readFileSync(join(REPOSITORY_ROOT, 'data', 'geo', 'places.json'), 'utf8');
  return createGazetteer(JSON.parse(text) as PlaceTable);
}

/** What the gazetteer says of the organisation's town: its position, when the town is known. */
function townPosition(gazetteer: Gazetteer, organisation: Organisation) {
  if (organisation.city === '') return undefined;
  const match = gazetteer.find(organisation.city, organisation.country);
  return match.status === 'matched' ? match.place : undefined;
}

function coordinateQuality(organisation: Organisation, gazetteer: Gazetteer): CoordinateQuality {
  if (organisation.lat === null || organisation.lon === null) return 'missing';
  const town = townPosition(gazetteer, organisation);
  const distance = town ? haversineKm(organisation.lat, organisation.lon, town.lat, town.lon) : undefined;
  if (organisation.sharedBy >= SHARED_POINT_MINIMUM)
    return distance !== undefined && distance <= TOWN_RADIUS_KM ? 'shared point' : 'centroid';
  return distance !== undefined && distance > FAR_FROM_TOWN_KM ? 'far from town' : 'address';
}

export interface RegionNetwork {
  region: EcosystemRegion;
  inside: Set<string>;
  ties: Tie[];
  projectsUsed: Project[];
  projectsOverCap: number;
  actors: string[];
}

function buildNetwork(
  region: EcosystemRegion,
  organisations: Map<string, Organisation>,
  projects: Map<string, Project>,
): RegionNetwork {
  const inside = new Set(
    [...organisations.values()].filter((org) => inRegion(region, org.nuts)).map((org) => org.pic),
  );
  const ties = new Map<string, Tie>();
  const projectsUsed: Project[] = [];
  let projectsOverCap = 0;
  for (const project of [...projects.values()].sort((a, b) => Number(a.id) - Number(b.id))) {
    if (!project.members.some((pic) => inside.has(pic))) continue;
    if (project.members.length > PROJECT_SIZE_CAP) {
      projectsOverCap++;
      continue;
    }
    if (project.members.length < 2) continue;
    projectsUsed.push(project);
    for (const [index, source] of project.members.entries()) {
      for (const target of project.members.slice(index + 1)) {
        if (!inside.has(source) && !inside.has(target)) continue;
        const key = `${source}|${target}`;
        const tie = ties.get(key) ?? { source, target, projects: [] };
        tie.projects.push(project);
        ties.set(key, tie);
      }
    }
  }
  const sortedTies = [...ties.values()].sort(
    (a, b) => Number(a.source) - Number(b.source) || Number(a.target) - Number(b.target),
  );
  const actors = [...new Set(sortedTies.flatMap((tie) => [tie.source, tie.target]))].sort(
    (a, b) => Number(a) - Number(b),
  );
  return { region, inside, ties: sortedTies, projectsUsed, projectsOverCap, actors };
}

/** Names shared by several organisations get their town (and, if still shared, their PIC). */
function labels(pics: readonly string[], organisations: Map<string, Organisation>): Map<string, string> {
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  const org = (pic: string) => organisations.get(pic) as Organisation;
  const byName = count(pics.map((pic) => org(pic).name));
  const withTown = new Map(
    pics.map((pic) => {
      const { name, city, country } = org(pic);
      return [pic, (byName.get(name) ?? 0) > 1 ? `${name} (${city || country})` : name];
    }),
  );
  const byTownName = count([...withTown.values()]);
  return new Map(
    pics.map((pic) => {
      const label = withTown.get(pic) as string;
      return [pic, (byTownName.get(label) ?? 0) > 1 ? `${label} [${pic}]` : label];
    }),
  );
}

interface ActorPlacement {
  lat: number | null;
  lon: number | null;
  quality: CoordinateQuality;
  /** Set only when placed here (a centre); empty when the file's or the gazetteer's position holds. */
  placement: 'region centre' | 'country centre' | null;
}

function placements(
  pics: readonly string[],
  organisations: Map<string, Organisation>,
  gazetteer: Gazetteer,
): Map<string, ActorPlacement> {
  const result = new Map<string, ActorPlacement>();
  const regionSums = new Map<string, { lat: number; lon: number; count: number }>();
  for (const pic of pics) {
    const org = organisations.get(pic) as Organisation;
    const quality = coordinateQuality(org, gazetteer);
    const kept = quality === 'address' || quality === 'shared point';
    result.set(pic, {
      lat: kept ? roundDegrees(org.lat as number) : null,
      lon: kept ? roundDegrees(org.lon as number) : null,
      quality,
      placement: null,
    });
    if (quality === 'address' && org.nuts.length === 5) {
      const sum = regionSums.get(org.nuts) ?? { lat: 0, lon: 0, count: 0 };
      sum.lat += org.lat as number;
      sum.lon += org.lon as number;
      sum.count++;
      regionSums.set(org.nuts, sum);
    }
  }
  for (const pic of pics) {
    const entry = result.get(pic) as ActorPlacement;
    const org = organisations.get(pic) as Organisation;
    if (entry.lat !== null || townPosition(gazetteer, org)) continue;
    const sum = regionSums.get(org.nuts);
    const centre = sum
      ? { lat: sum.lat / sum.count, lon: sum.lon / sum.count }
      : gazetteer.countryCentre(org.country);
    if (!centre) throw new Error(`PIC ${pic}: no town, region or country centre to place it`);
    entry.lat = roundDegrees(centre.lat);
    entry.lon = roundDegrees(centre.lon);
    entry.placement = sum ? 'region centre' : 'country centre';
  }
  return result;
}

/** Five decimals: about a metre, finer than any address geocoding. */
function roundDegrees(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

const ACTOR_COLUMNS = [
  'id',
  'label',
  'short_name',
  'kind',
  'org_type',
  'sme',
  'city',
  'country',
  'region',
  'nuts3',
  'area',
  'lat',
  'lon',
  'placement',
  'coordinates',
  'projects',
  'first_year',
  'last_year',
];

const RELATION_COLUMNS = [
  'source',
  'target',
  'kind',
  'strength',
  'directed',
  'year',
  'start',
  'end',
  'start_date',
  'end_date',
  'projects',
];

function projectsOf(network: RegionNetwork): Map<string, Project[]> {
  const byPic = new Map<string, Set<Project>>();
  for (const tie of network.ties)
    for (const pic of [tie.source, tie.target]) {
      const set = byPic.get(pic) ?? new Set<Project>();
      for (const project of tie.projects) set.add(project);
      byPic.set(pic, set);
    }
  return new Map([...byPic].map(([pic, set]) => [pic, [...set]]));
}

/** Points the import will flag: file positions shared by several actors (the town centres). */
function sharedPoints(placed: readonly ActorPlacement[]): number {
  const counts = new Map<string, number>();
  for (const { lat, lon, placement } of placed)
    if (lat !== null && placement === null)
      counts.set(`${lat},${lon}`, (counts.get(`${lat},${lon}`) ?? 0) + 1);
  return [...counts.values()].filter((count) => count >= IMPORT_SHARED_POINT_MINIMUM).length;
}

function year(date: string): number {
  return Number(date.slice(0, 4));
}

function writeSample(
  network: RegionNetwork,
  organisations: Map<string, Organisation>,
  gazetteer: Gazetteer,
): void {
  const org = (pic: string) => organisations.get(pic) as Organisation;
  const label = labels(network.actors, organisations);
  const placed = placements(network.actors, organisations, gazetteer);
  const projectsByPic = projectsOf(network);
  const actorRows: Cell[][] = network.actors.map((pic) => {
    const o = org(pic);
    const where = placed.get(pic) as ActorPlacement;
    const starts = (projectsByPic.get(pic) ?? []).map((project) => year(project.start));
    return [
      pic,
      label.get(pic) as string,
      o.shortName || null,
      KIND_BY_TYPE[o.type],
      o.type,
      o.sme,
      o.city || null,
      o.country,
      o.nuts.length === 5 ? o.nutsName : null,
      o.nuts.length === 5 ? o.nuts : null,
      network.inside.has(pic) ? network.region.area : 'elsewhere',
      where.lat,
      where.lon,
      where.placement,
      where.quality,
      starts.length,
      Math.min(...starts),
      Math.max(...starts),
    ];
  });
  const relationRows: Cell[][] = network.ties.map((tie) => {
    const starts = tie.projects.map((project) => project.start).sort();
    const ends = tie.projects.map((project) => project.end).sort();
    return [
      tie.source,
      tie.target,
      'cooperation',
      tie.projects.length,
      false,
      year(starts[0]),
      year(starts[0]),
      year(ends[ends.length - 1]),
      starts[0],
      ends[ends.length - 1],
      tie.projects.map((project) => project.acronym).join('; '),
    ];
  });
  const actorsCsv = csv(ACTOR_COLUMNS, actorRows);
  const relationsCsv = csv(RELATION_COLUMNS, relationRows);
  const bytes = { actors: Buffer.byteLength(actorsCsv), relations: Buffer.byteLength(relationsCsv) };
  if (bytes.actors + bytes.relations > SIZE_BUDGET_BYTES)
    throw new Error(`${network.region.id} takes ${bytes.actors + bytes.relations} bytes; over the budget`);
  const directory = join(REPOSITORY_ROOT, 'sample-networks', network.region.id);
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'actors.csv'), actorsCsv);
  writeFileSync(join(directory, 'relations.csv'), relationsCsv);
  const readme = heReadme({
    network,
    kinds: network.actors.map((pic) => KIND_BY_TYPE[org(pic).type]),
    countries: network.actors.map((pic) => org(pic).country),
    smes: network.actors.filter((pic) => org(pic).sme).length,
    qualities: network.actors.map((pic) => (placed.get(pic) as ActorPlacement).quality),
    centres: network.actors.map((pic) => (placed.get(pic) as ActorPlacement).placement),
    sharedLabels: network.actors.filter((pic) => label.get(pic) !== org(pic).name).length,
    sharedPoints: sharedPoints([...placed.values()]),
    bytes,
  });
  writeFileSync(join(directory, 'README.md'), readme);
  console.log(
    `${network.region.id}: ${network.actors.length} actors (${network.inside.size} organisations inside the region, ` +
      `${network.actors.filter((pic) => network.inside.has(pic)).length} with ties), ${network.ties.length} ties, ` +
      `${network.projectsUsed.length} projects; ${(bytes.actors / 1024).toFixed(0)} + ${(bytes.relations / 1024).toFixed(0)} KiB`,
  );
}

function main(): void {
  const organisations = readOrganisations();
  const projects = readProjects();
  const gazetteer = loadGazetteerTable();
  for (const region of [BORDER_REGION, BRAINPORT])
    writeSample(buildNetwork(region, organisations, projects), organisations, gazetteer);
}

main();
