/**
 * Builds the Dutch Horizon 2020 co-participation network, a sample of real data, from the CORDIS
 * files in data/h2020/ (and nothing else), written to sample-networks/h2020-nl/ as actors.csv,
 * relations.csv and the README card.
 *
 * Two organisations are tied when they took part in the same Horizon 2020 project and at least one
 * of them is Dutch: Dutch organisations with each other and with their foreign partners. Ties
 * between two foreign partners are left out, so the network is seen from the Netherlands.
 * Projects with more than PROJECT_SIZE_CAP distinct organisations are left out: in a consortium of
 * 80 everyone is "tied" to everyone, which says little about who works with whom. The same rules
 * as scripts/reference/h2020.py (the Slovenian reference fixture), widened to foreign partners.
 *
 * Time: one relation per tied pair and project start year, with that `year` and the projects started
 * then as its strength. The time model reads a relation with a year as active in that year, so the
 * network of 2017 holds the cooperations started in 2017, and a window 2015–2017 those started in
 * any of its years; over all years the strengths add up to the shared projects, as before. A single
 * relation per pair running from its first to its last year would claim a cooperation in the
 * years between, which the data does not say; a start/end per project would make years overlap
 * (projects run from a few months to eight years), so two years compared would share most ties.
 *
 * Deterministic: input order never leaks into the output; actors and relations are sorted by PIC.
 * `npm run sample:h2020` rewrites the same bytes every run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { ActorKind } from '../src/model/kinds.ts';
import { readGzippedCsv as readQuotedGzippedCsv } from './lib/cordis.ts';
import { type Cell, csv } from './lib/csv.ts';

const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIRECTORY = join(REPOSITORY_ROOT, 'data', 'h2020');
const OUTPUT_DIRECTORY = join(REPOSITORY_ROOT, 'sample-networks', 'h2020-nl');

const HOME_COUNTRY = 'NL';
/** Projects with more distinct organisations than this are left out (same cap as the reference fixture). */
const PROJECT_SIZE_CAP = 30;
/** The committed files must stay below this; the build fails rather than ship more. */
const SIZE_BUDGET_BYTES = 10 * 1024 * 1024;

type OrganisationType = 'PRC' | 'HES' | 'REC' | 'PUB' | 'OTH';

const KIND_BY_TYPE: Record<OrganisationType, ActorKind> = {
  PRC: 'firm',
  HES: 'knowledge',
  REC: 'knowledge',
  PUB: 'government',
  OTH: 'other',
};

/**
 * Organisation names by PIC, from data/cordis/: the Horizon Europe name where the PIC took part
 * there too (newer, and CORDIS's current spelling), else the name in the CORDIS Horizon 2020
 * organisations list of 2017. Organisations in neither keep a label that says what and where.
 */
let namesByPic: Map<string, string> | undefined;

function organisationName(pic: string): string | undefined {
  if (!namesByPic) {
    const cordis = join(REPOSITORY_ROOT, 'data', 'cordis');
    namesByPic = new Map();
    for (const row of readQuotedGzippedCsv(join(cordis, 'h2020_org_names_2017.csv.gz')))
      if (row.name.trim() !== '') namesByPic.set(row.organisationID, row.name.trim());
    for (const row of readQuotedGzippedCsv(join(cordis, 'he_organisations.csv.gz')))
      if (row.name.trim() !== '') namesByPic.set(row.organisationID, row.name.trim());
  }
  return namesByPic.get(pic);
}

/** The word in a label for an organisation without a name: a label then says what and where. */
const LABEL_WORD_BY_TYPE: Record<OrganisationType, string> = {
  PRC: 'firm',
  HES: 'higher-education',
  REC: 'research',
  PUB: 'public',
  OTH: 'other',
};

/** CORDIS writes the EU's own codes for Greece and the United Kingdom; the product speaks ISO 3166-1. */
const ISO_COUNTRY_BY_CORDIS_CODE: Record<string, string> = { EL: 'GR', UK: 'GB' };

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

interface Participation {
  project: string;
  pic: string;
  role: string;
  type: OrganisationType;
  /** Euro; undefined where CORDIS has `NA`. */
  contribution: number | undefined;
  country: string;
  startYear: number;
  group: string;
}

/**
 * Rows of a gzipped CSV as records keyed by header. The CORDIS files hold no quoted cells (a quote
 * would mean the simple split below is wrong, so it stops the build instead).
 */
function readGzippedCsv(fileName: string): Record<string, string>[] {
  const text = gunzipSync(readFileSync(join(DATA_DIRECTORY, fileName))).toString('utf8');
  if (text.includes('"')) throw new Error(`${fileName} has quoted cells; this reader does not handle them`);
  const [headerLine, ...lines] = text.split('\n').filter((line) => line !== '');
  const header = headerLine.split(',');
  return lines.map((line, index) => {
    const cells = line.split(',');
    if (cells.length !== header.length)
      throw new Error(`${fileName} line ${index + 2}: ${cells.length} cells, not ${header.length}`);
    return Object.fromEntries(header.map((name, column) => [name, cells[column]]));
  });
}

function organisationType(text: string): OrganisationType {
  if (!(text in KIND_BY_TYPE)) throw new Error(`Unknown organisation type "${text}"`);
  return text as OrganisationType;
}

function readParticipations(): Participation[] {
  return readGzippedCsv('h2020.csv.gz').map((row) => ({
    project: row.rcn,
    pic: row.pic,
    role: row.role,
    type: organisationType(row.type),
    contribution: row.contribution === 'NA' ? undefined : Number(row.contribution),
    // `NA` in this column is Namibia (the README of data/h2020 checked it), not a missing value.
    country: ISO_COUNTRY_BY_CORDIS_CODE[row.country] ?? row.country,
    startYear: Number(row.start_year),
    group: row.group,
  }));
}

/** Programme parts by project; a project may belong to two or three parts. */
function readProgrammeParts(): Map<string, string[]> {
  const partsByProject = new Map<string, string[]>();
  for (const row of readGzippedCsv('programme_parts.csv.gz')) {
    const parts = partsByProject.get(row.rcn) ?? [];
    parts.push(row.programme_part);
    partsByProject.set(row.rcn, parts);
  }
  return partsByProject;
}

// ---------------------------------------------------------------------------------------------
// Organisations and projects
// ---------------------------------------------------------------------------------------------

interface Organisation {
  pic: string;
  type: OrganisationType;
  country: string;
  group: string;
  /** Every Horizon 2020 project of the organisation in the file, whatever its size or partners. */
  projects: Set<string>;
  coordinated: number;
  contribution: number;
  contributionKnown: boolean;
}

interface Project {
  id: string;
  startYear: number;
  organisations: Set<string>;
}

function collectOrganisations(participations: Participation[]): Map<string, Organisation> {
  const organisations = new Map<string, Organisation>();
  for (const row of participations) {
    let organisation = organisations.get(row.pic);
    if (!organisation) {
      organisation = {
        pic: row.pic,
        type: row.type,
        country: row.country,
        group: row.group,
        projects: new Set(),
        coordinated: 0,
        contribution: 0,
        contributionKnown: false,
      };
      organisations.set(row.pic, organisation);
    }
    // The data README promises one type and one country per PIC; the labels rely on it.
    if (organisation.type !== row.type || organisation.country !== row.country)
      throw new Error(`PIC ${row.pic} has more than one type or country`);
    organisation.projects.add(row.project);
    if (row.role === 'coordinator') organisation.coordinated++;
    if (row.contribution !== undefined) {
      organisation.contribution += row.contribution;
      organisation.contributionKnown = true;
    }
  }
  return organisations;
}

function collectProjects(participations: Participation[]): Map<string, Project> {
  const projects = new Map<string, Project>();
  for (const row of participations) {
    let project = projects.get(row.project);
    if (!project) {
      project = { id: row.project, startYear: row.startYear, organisations: new Set() };
      projects.set(row.project, project);
    }
    project.organisations.add(row.pic);
  }
  return projects;
}

/** Projects numbered by rcn, so that everything derived from them comes out in one order. */
function byNumericId(a: Project, b: Project): number {
  return Number(a.id) - Number(b.id);
}

function byPic(a: string, b: string): number {
  // PICs are all nine digits, so string order is numeric order.
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Ties
// ---------------------------------------------------------------------------------------------

interface Tie {
  source: string;
  target: string;
  projects: Project[];
}

interface Network {
  ties: Map<string, Tie>;
  /** Projects within the cap with a Dutch organisation and at least one partner. */
  projectsUsed: Project[];
}

function buildTies(projects: Map<string, Project>, organisations: Map<string, Organisation>): Network {
  const isDutch = (pic: string) => organisations.get(pic)?.country === HOME_COUNTRY;
  const ties = new Map<string, Tie>();
  const projectsUsed: Project[] = [];
  for (const project of [...projects.values()].sort(byNumericId)) {
    const members = [...project.organisations].sort(byPic);
    if (members.length > PROJECT_SIZE_CAP || members.length < 2 || !members.some(isDutch)) continue;
    projectsUsed.push(project);
    for (const [index, source] of members.entries()) {
      for (const target of members.slice(index + 1)) {
        if (!isDutch(source) && !isDutch(target)) continue;
        const key = `${source}|${target}`;
        const tie = ties.get(key) ?? { source, target, projects: [] };
        tie.projects.push(project);
        ties.set(key, tie);
      }
    }
  }
  return { ties, projectsUsed };
}

/**
 * The programme part met most often among the projects; a project in two parts counts for both.
 * Equal counts go to the alphabetically first part, so the choice never depends on input order.
 */
function dominantProgrammePart(
  projectIds: Iterable<string>,
  partsByProject: Map<string, string[]>,
): string | null {
  const counts = new Map<string, number>();
  for (const id of projectIds)
    for (const part of partsByProject.get(id) ?? []) counts.set(part, (counts.get(part) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [part, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count > bestCount) [best, bestCount] = [part, count];
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Output rows
// ---------------------------------------------------------------------------------------------

const ACTOR_COLUMNS = [
  'id',
  'label',
  'kind',
  'country',
  'group',
  'org_type',
  'projects',
  'coordinated',
  'eu_contribution',
  'programme',
  'network_projects',
] as const;

const RELATION_COLUMNS = ['source', 'target', 'kind', 'strength', 'directed', 'year', 'programme'] as const;

function actorRow(
  organisation: Organisation,
  networkProjects: number,
  partsByProject: Map<string, string[]>,
): Cell[] {
  return [
    organisation.pic,
    organisationName(organisation.pic) ??
      `${organisation.country} ${LABEL_WORD_BY_TYPE[organisation.type]} ${organisation.pic}`,
    KIND_BY_TYPE[organisation.type],
    organisation.country,
    organisation.group,
    organisation.type,
    organisation.projects.size,
    organisation.coordinated,
    organisation.contributionKnown ? Math.round(organisation.contribution) : null,
    dominantProgrammePart(organisation.projects, partsByProject),
    networkProjects,
  ];
}

/** The tie's projects by start year, years ascending. */
function projectsByYear(tie: Tie): [number, Project[]][] {
  const byYear = new Map<number, Project[]>();
  for (const project of tie.projects) {
    const projects = byYear.get(project.startYear) ?? [];
    projects.push(project);
    byYear.set(project.startYear, projects);
  }
  return [...byYear].sort(([a], [b]) => a - b);
}

/** One row per start year of the tie's shared projects: strength = projects started that year. */
function relationRows(tie: Tie, partsByProject: Map<string, string[]>): Cell[][] {
  return projectsByYear(tie).map(([year, projects]) => [
    tie.source,
    tie.target,
    'cooperation',
    projects.length,
    false,
    year,
    dominantProgrammePart(
      projects.map((project) => project.id),
      partsByProject,
    ),
  ]);
}

/** Per organisation in the network: the distinct projects behind its ties. */
function networkProjectsByPic(ties: Iterable<Tie>): Map<string, Set<string>> {
  const projectsByPic = new Map<string, Set<string>>();
  for (const tie of ties) {
    for (const pic of [tie.source, tie.target]) {
      const projects = projectsByPic.get(pic) ?? new Set<string>();
      for (const project of tie.projects) projects.add(project.id);
      projectsByPic.set(pic, projects);
    }
  }
  return projectsByPic;
}

// ---------------------------------------------------------------------------------------------
// Summary and card
// ---------------------------------------------------------------------------------------------

interface Summary {
  participations: number;
  projectsInFile: number;
  projectsWithDutchOrganisation: number;
  projectsOverCap: number;
  projectsUsed: number;
  dutchInFile: number;
  dutchWithoutTies: number;
  actors: number;
  dutchActors: number;
  foreignActors: number;
  actorsByKind: Record<string, number>;
  dutchByKind: Record<string, number>;
  /** Tied pairs, and relation rows (one per pair and start year). */
  ties: number;
  relations: number;
  /** Per project start year: projects used, relations (pairs with a project started then), actors. */
  years: { year: number; projects: number; relations: number; actors: number; dutchLocalShare: number }[];
  dutchDutchTies: number;
  strengthCounts: [string, number][];
  countries: number;
  topCountries: [string, number][];
  foreignByGroup: Record<string, number>;
  actorsBytes: number;
  relationsBytes: number;
}

function countValues(values: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function strengthBands(ties: Tie[]): [string, number][] {
  const bands: [string, (strength: number) => boolean][] = [
    ['1', (s) => s === 1],
    ['2', (s) => s === 2],
    ['3–4', (s) => s >= 3 && s <= 4],
    ['5–9', (s) => s >= 5 && s <= 9],
    ['10 or more', (s) => s >= 10],
  ];
  return bands.map(([band, test]) => [band, ties.filter((tie) => test(tie.projects.length)).length]);
}

function formatNumber(value: number): string {
  return value.toLocaleString('en-GB');
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function countTable(title: string, counts: Record<string, number>, order?: readonly string[]): string {
  const keys = order ?? Object.keys(counts).sort();
  const rows = keys.filter((key) => counts[key]).map((key) => `| ${key} | ${formatNumber(counts[key])} |`);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return [`| ${title} | count |`, '|---|---:|', ...rows, `| **total** | **${formatNumber(total)}** |`].join(
    '\n',
  );
}

const KIND_ORDER = ['firm', 'knowledge', 'government', 'other'] as const;

function readme(summary: Summary): string {
  const n = formatNumber;
  return `# Horizon 2020 — the Dutch co-participation network (real data)

**Source: CORDIS, European Commission.** Real data: who took part in Horizon 2020 projects
together with a Dutch organisation. Derived from the "H2020 projects" and "H2020 organizations"
data sets of the EU Open Data Portal (data as of 2020-12-14), as compiled in the MIT-licensed
[eunets](https://github.com/zambujo/eunets) project; the raw files and their checksums are in
\`data/h2020/\`.

Use it to see a real, large network: Dutch universities, research organisations and firms at the
centre, thousands of foreign partners around them, country groups, and locality = **country**
(\`--local-by country\` on the command line): a tie is local when both ends are Dutch.

## How it was made

\`scripts/build-h2020-nl.ts\` reads \`data/h2020/h2020.csv.gz\` and \`data/h2020/programme_parts.csv.gz\`
(nothing else) and writes the two CSV files and this card. Regenerate with \`npm run sample:h2020\`;
the output is the same byte for byte (everything is sorted by PIC and project number).

- An **actor** is an organisation, identified by its PIC (participant identification code).
- Two organisations are **tied** when they took part in the same project and **at least one of the
  two is Dutch** (\`country\` = NL). Dutch–Dutch ties are in; ties between two foreign partners are
  not, even when both worked with the same Dutch organisation: the network is the Netherlands'
  view, so the clustering of foreign partners is understated.
- **Projects with more than ${PROJECT_SIZE_CAP} distinct organisations are left out** (counted as
  distinct PICs over all countries; the file's \`nunique\` column counts countries, not
  organisations, and is not used). In a large consortium every member would be tied to every
  other, which says little about who works with whom. The same cap as the reference fixture
  (\`scripts/reference/h2020.py\`).
- **One undirected \`cooperation\` relation per tied pair and project start year**: \`year\` = the
  start year, **strength = number of shared projects started that year** (within the cap). The tie
  between two organisations (the tie view) sums its relations, so over all years its strength is
  the number of shared projects; in a year or a window (\`--at\`, \`--window\`, the explorer's
  time window) it is the projects started then. See *Time* below for why start years.
- **Kind** from the organisation type: PRC (private for-profit) → \`firm\`, HES (higher or
  secondary education) and REC (research organisation) → \`knowledge\`, PUB (public body) →
  \`government\`, OTH → \`other\`. Horizon 2020 has no intermediary type; business associations and
  cluster organisations are among OTH.
- **Labels**: the participation file has no organisation names. A label is the organisation's
  legal name where CORDIS publishes one for its PIC: the Horizon Europe name (CORDIS, data of
  2025-12-06) where the organisation took part there too, else its name in the CORDIS Horizon 2020
  organisations list of mid-2017 (both in \`data/cordis/\`). Names are legal names as published
  (mostly upper case; 2017 names can be outdated). Other organisations keep a label of country, type
  and PIC, e.g. \`NL firm 999999999\`; the PIC finds them in the participant register of the EU
  Funding & Tenders Portal.
- **Country codes**: CORDIS writes \`EL\` for Greece and \`UK\` for the United Kingdom; they are
  written here as the ISO 3166-1 codes \`GR\` and \`GB\`, which the product uses everywhere. \`NA\` is
  Namibia (a real country code, not a missing value).
- Dutch organisations whose projects were all single-organisation projects (ERC grants, SME
  Instrument phase 1, individual fellowships) or all above the cap have no tie and are **not in the
  network**: ${n(summary.dutchWithoutTies)} of the ${n(summary.dutchInFile)} Dutch organisations in the file.
- **No trimming** beyond the cap: the full network is ${megabytes(summary.actorsBytes + summary.relationsBytes)},
  within the 10 MB budget for committed samples (the build fails if it ever is not).

Of the ${n(summary.projectsInFile)} projects in the file, ${n(summary.projectsWithDutchOrganisation)} have a Dutch
participant: ${n(summary.projectsOverCap)} of those have more than ${PROJECT_SIZE_CAP} organisations and are left out,
${n(summary.projectsWithDutchOrganisation - summary.projectsOverCap - summary.projectsUsed)} have a single organisation (no tie), and ${n(summary.projectsUsed)} (two to ${PROJECT_SIZE_CAP} organisations)
make the ties.

## Sizes

${n(summary.actors)} actors (${n(summary.dutchActors)} Dutch, ${n(summary.foreignActors)} foreign from ${summary.countries - 1} other countries)
and ${n(summary.ties)} ties (${n(summary.dutchDutchTies)} between two Dutch organisations), written as
${n(summary.relations)} relations: one per tie and start year of its shared projects.

${countTable('actor kind', summary.actorsByKind, KIND_ORDER)}

Dutch actors by kind: ${KIND_ORDER.map((kind) => `${kind} ${n(summary.dutchByKind[kind] ?? 0)}`).join(', ')}.
Foreign actors by country group: ${['eu15', 'eu13', 'ac', 'tc'].map((group) => `${group} ${n(summary.foreignByGroup[group] ?? 0)}`).join(', ')}.
Most frequent partner countries: ${summary.topCountries.map(([country, count]) => `${country} ${n(count)}`).join(', ')}.

| relation kind | count |
|---|---:|
| cooperation | ${n(summary.relations)} |

| shared projects over all years | ties |
|---|---:|
${summary.strengthCounts.map(([band, count]) => `| ${band} | ${n(count)} |`).join('\n')}

Files: \`actors.csv\` ${megabytes(summary.actorsBytes)}, \`relations.csv\` ${megabytes(summary.relationsBytes)}.

## Time

Every relation carries the **start year** of the projects behind it (${summary.years[0].year}–${summary.years[summary.years.length - 1].year};
the data is as of 2020-12-14, so the last years hold only the projects signed by then). A
relation with a year is active in that year only, so the network of a year is the cooperations
*started* that year, and a window (2014:2016) holds those started in any of its years. The data
also gives end dates, but Horizon 2020 projects run from a few months to eight years (most of them
two to five): counted as active in every year of their project, a cooperation started in 2015
would still be in the network of 2019, and a comparison of two years would mostly compare
projects that overlap. Start years keep the years apart.

| start year | projects | ties | actors | Dutch ties to Dutch partners |
|---|---:|---:|---:|---:|
${summary.years.map((row) => `| ${row.year} | ${n(row.projects)} | ${n(row.relations)} | ${n(row.actors)} | ${(100 * row.dutchLocalShare).toFixed(1)}% |`).join('\n')}

The last column: of the ties of Dutch organisations started that year, the share whose partner
is Dutch too (ties counted from each Dutch end). Compare two years with

\`\`\`sh
npx clusterscope compare sample-networks/h2020-nl/actors.csv sample-networks/h2020-nl/relations.csv \\
    --from 2015 --to 2019 --out changes.csv --summary changes.json
\`\`\`

which lists the ties that entered, left and persisted, the organisations that entered and left,
and those whose share of Dutch partners fell (\`detaching\`: their ties went abroad). Locality is
the country here, as the network knows no regions.

## Files and fields

UTF-8 without BOM, comma-separated, \`.\` as decimal mark, LF line ends. An empty cell means unknown.

\`actors.csv\`

| column | meaning |
|---|---|
| \`id\` | PIC, 9 digits |
| \`label\` | legal name (Horizon Europe, else 2017 Horizon 2020 list), or country, type and PIC where neither has it |
| \`kind\` | \`firm\`, \`knowledge\`, \`government\` or \`other\` (from \`org_type\`) |
| \`country\` | ISO 3166-1 alpha-2 (\`GR\`, \`GB\` where CORDIS writes \`EL\`, \`UK\`) |
| \`group\` | CORDIS country group: \`eu15\`, \`eu13\`, \`ac\` (associated country), \`tc\` (third country) |
| \`org_type\` | CORDIS organisation type: \`PRC\`, \`HES\`, \`REC\`, \`PUB\`, \`OTH\` |
| \`projects\` | Horizon 2020 projects of the organisation in the file (all of them: any size, any partners) |
| \`coordinated\` | of those, projects it coordinated |
| \`eu_contribution\` | EU contribution to the organisation over those projects, euro, rounded; empty when CORDIS gives none |
| \`programme\` | its most frequent programme part over those projects (\`ERC\`, \`MSCA\`, \`LEIT\`, \`Innovation in SMEs\`, \`SC1\`…\`SC7\`, \`FET\`, \`RI\`, \`SEWP\`, \`SWAFS\`, \`Euratom\`, \`ARF\`); equal counts go to the alphabetically first |
| \`network_projects\` | projects behind its ties in this network (≤ ${PROJECT_SIZE_CAP} organisations, with a Dutch participant) |

\`relations.csv\`

| column | meaning |
|---|---|
| \`source\`, \`target\` | PICs, the smaller first (the tie has no direction) |
| \`kind\` | \`cooperation\` |
| \`strength\` | number of shared projects started in \`year\` |
| \`directed\` | \`false\` |
| \`year\` | start year of those projects (one row per pair and start year) |
| \`programme\` | most frequent programme part among those projects, as for actors |

## Licence and attribution

Source: CORDIS, European Commission. EU Open Data, reused under Commission Decision 2011/833/EU
on the reuse of Commission documents, which allows reuse with acknowledgement of the source.
Compiled in the \`eunets\` project (github.com/zambujo/eunets, MIT licence). Credit
"Source: CORDIS, European Commission" wherever this network or anything derived from it is shown.
The build script is part of Clusterscope and under its licence.
`;
}

function summarise(
  participations: Participation[],
  projects: Map<string, Project>,
  organisations: Map<string, Organisation>,
  network: Network,
  actorPics: string[],
  bytes: { actors: number; relations: number },
): Summary {
  const organisation = (pic: string) => organisations.get(pic) as Organisation;
  const isDutch = (pic: string) => organisation(pic).country === HOME_COUNTRY;
  const ties = [...network.ties.values()];
  const dutchPics = actorPics.filter(isDutch);
  const foreignPics = actorPics.filter((pic) => !isDutch(pic));
  const projectsWithDutch = [...projects.values()].filter((project) =>
    [...project.organisations].some(isDutch),
  );
  const dutchInFile = [...organisations.values()].filter((each) => each.country === HOME_COUNTRY).length;
  const countryCounts = countValues(foreignPics.map((pic) => organisation(pic).country));
  return {
    participations: participations.length,
    projectsInFile: projects.size,
    projectsWithDutchOrganisation: projectsWithDutch.length,
    projectsOverCap: projectsWithDutch.filter((project) => project.organisations.size > PROJECT_SIZE_CAP)
      .length,
    projectsUsed: network.projectsUsed.length,
    dutchInFile,
    dutchWithoutTies: dutchInFile - dutchPics.length,
    actors: actorPics.length,
    dutchActors: dutchPics.length,
    foreignActors: foreignPics.length,
    actorsByKind: countValues(actorPics.map((pic) => KIND_BY_TYPE[organisation(pic).type])),
    dutchByKind: countValues(dutchPics.map((pic) => KIND_BY_TYPE[organisation(pic).type])),
    ties: ties.length,
    relations: ties.reduce((sum, tie) => sum + projectsByYear(tie).length, 0),
    years: yearRows(network, isDutch),
    dutchDutchTies: ties.filter((tie) => isDutch(tie.source) && isDutch(tie.target)).length,
    strengthCounts: strengthBands(ties),
    countries: new Set(actorPics.map((pic) => organisation(pic).country)).size,
    topCountries: Object.entries(countryCounts)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, 8),
    foreignByGroup: countValues(foreignPics.map((pic) => organisation(pic).group)),
    actorsBytes: bytes.actors,
    relationsBytes: bytes.relations,
  };
}

/**
 * The network by project start year. The local share is over the ties of Dutch organisations
 * started that year: the share between two Dutch organisations (locality = country).
 */
function yearRows(network: Network, isDutch: (pic: string) => boolean): Summary['years'] {
  const years = [...new Set(network.projectsUsed.map((project) => project.startYear))].sort((a, b) => a - b);
  return years.map((year) => {
    const ties = [...network.ties.values()].filter((tie) => tie.projects.some((p) => p.startYear === year));
    const actors = new Set(ties.flatMap((tie) => [tie.source, tie.target]));
    const dutchEnds = ties.reduce(
      (sum, tie) => sum + Number(isDutch(tie.source)) + Number(isDutch(tie.target)),
      0,
    );
    const dutchLocalEnds = 2 * ties.filter((tie) => isDutch(tie.source) && isDutch(tie.target)).length;
    return {
      year,
      projects: network.projectsUsed.filter((project) => project.startYear === year).length,
      relations: ties.length,
      actors: actors.size,
      dutchLocalShare: dutchLocalEnds / dutchEnds,
    };
  });
}

function printSummary(summary: Summary): void {
  console.log(
    [
      `Horizon 2020 NL network → ${relative(REPOSITORY_ROOT, OUTPUT_DIRECTORY)}`,
      `  participations read: ${summary.participations}, projects ${summary.projectsInFile}`,
      `  projects with a Dutch participant: ${summary.projectsWithDutchOrganisation} (over the cap: ${summary.projectsOverCap}; used: ${summary.projectsUsed})`,
      `  actors: ${summary.actors} (Dutch ${summary.dutchActors}, foreign ${summary.foreignActors}); by kind ${JSON.stringify(summary.actorsByKind)}`,
      `  ties: ${summary.ties} (Dutch–Dutch ${summary.dutchDutchTies}); relations (pair × start year): ${summary.relations}`,
      `  by start year: ${summary.years.map((row) => `${row.year} ${row.relations}`).join(', ')}`,
      `  Dutch organisations without ties (left out): ${summary.dutchWithoutTies} of ${summary.dutchInFile}`,
      `  files: actors ${megabytes(summary.actorsBytes)}, relations ${megabytes(summary.relationsBytes)}`,
    ].join('\n'),
  );
}

function main(): void {
  const participations = readParticipations();
  const partsByProject = readProgrammeParts();
  const organisations = collectOrganisations(participations);
  const projects = collectProjects(participations);
  const network = buildTies(projects, organisations);

  const ties = [...network.ties.values()].sort(
    (a, b) => byPic(a.source, b.source) || byPic(a.target, b.target),
  );
  const projectsByPic = networkProjectsByPic(ties);
  const actorPics = [...projectsByPic.keys()].sort(byPic);

  const actorsCsv = csv(
    ACTOR_COLUMNS,
    actorPics.map((pic) =>
      actorRow(organisations.get(pic) as Organisation, projectsByPic.get(pic)?.size ?? 0, partsByProject),
    ),
  );
  const relationsCsv = csv(
    RELATION_COLUMNS,
    ties.flatMap((tie) => relationRows(tie, partsByProject)),
  );
  const bytes = { actors: Buffer.byteLength(actorsCsv), relations: Buffer.byteLength(relationsCsv) };
  if (bytes.actors + bytes.relations > SIZE_BUDGET_BYTES)
    throw new Error(`The network takes ${megabytes(bytes.actors + bytes.relations)}; trim it to the budget`);

  const summary = summarise(participations, projects, organisations, network, actorPics, bytes);
  mkdirSync(OUTPUT_DIRECTORY, { recursive: true });
  writeFileSync(join(OUTPUT_DIRECTORY, 'actors.csv'), actorsCsv);
  writeFileSync(join(OUTPUT_DIRECTORY, 'relations.csv'), relationsCsv);
  writeFileSync(join(OUTPUT_DIRECTORY, 'README.md'), readme(summary));
  printSummary(summary);
}

main();
