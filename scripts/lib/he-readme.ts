/** The README card of a Horizon Europe regional sample, with the counts of the build that wrote it. */
import type { CoordinateQuality, RegionNetwork } from '../build-he-ecosystems.ts';
import { PROJECT_SIZE_CAP } from './cordis.ts';

export interface ReadmeFacts {
  network: RegionNetwork;
  kinds: string[];
  countries: string[];
  smes: number;
  qualities: CoordinateQuality[];
  centres: (string | null)[];
  sharedLabels: number;
  /** Points the import flags as shared by several actors. */
  sharedPoints: number;
  bytes: { actors: number; relations: number };
}

const DESCRIPTIONS: Record<string, { title: string; what: string; nuts: string }> = {
  'he-border-region': {
    title: 'Horizon Europe — the NL–BE–DE border region (real data)',
    what:
      'the research and innovation ecosystem of the Dutch–Belgian–German border region: Dutch Limburg,\n' +
      'Belgian Limburg, the province of Liège and the Aachen region, and their partners anywhere in the world',
    nuts:
      'NL421 Noord-Limburg, NL422 Midden-Limburg, NL423 Zuid-Limburg; BE22x (Belgian Limburg: Hasselt,\n' +
      'Maaseik, Tongeren); BE33x (province of Liège, the German-speaking Community included); DEA2D\n' +
      'Städteregion Aachen, DEA26 Düren (Jülich), DEA28 Euskirchen, DEA29 Heinsberg',
  },
  'he-brainport': {
    title: 'Horizon Europe — Brainport Eindhoven (real data)',
    what: 'the Brainport Eindhoven ecosystem and its partners anywhere in the world',
    nuts: 'NL414 Zuidoost-Noord-Brabant',
  },
};

function n(value: number): string {
  return value.toLocaleString('en-GB');
}

function counts(values: readonly (string | null)[]): [string, number][] {
  const map = new Map<string, number>();
  for (const value of values) if (value !== null) map.set(value, (map.get(value) ?? 0) + 1);
  return [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function table(title: string, rows: [string, number][]): string {
  return [
    `| ${title} | actors |`,
    '|---|---:|',
    ...rows.map(([key, count]) => `| ${key} | ${n(count)} |`),
  ].join('\n');
}

export function heReadme(facts: ReadmeFacts): string {
  const { network } = facts;
  const { region } = network;
  const text = DESCRIPTIONS[region.id];
  const insideWithTies = network.actors.filter((pic) => network.inside.has(pic)).length;
  const crossBorder = network.ties.length;
  const topCountries = counts(facts.countries).slice(0, 10);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
  return `# ${text.title}

**Source: CORDIS, European Commission (Horizon Europe projects data, 2025-12-06).** Real data:
${text.what}, as Horizon Europe (2021–2027) projects join them. Every actor is a named organisation
with its town, NUTS-3 region and coordinates; every tie carries the dates of its projects.

Use it to see who is tied to whom inside the region and who reaches outside it: locality field
\`area\` (\`${region.area}\` inside, \`elsewhere\` outside; \`--local-by area\`), \`region\` (NUTS 3) and
\`country\` for the flow tables, coordinates for the map and the distance measures.

## How it was made

\`scripts/build-he-ecosystems.ts\` reads \`data/cordis/\` (the raw CORDIS rows these samples need,
copied from the full tables by \`scripts/copy-cordis-rows.ts\`) and the gazetteer
\`data/geo/places.json\`, and writes the two CSV files and this card; the same bytes every run.

- **Inside the region**: organisations whose NUTS-3 code is one of ${text.nuts}.
  ${n(network.inside.size)} organisations; ${n(insideWithTies)} of them have a tie (the others took part only
  in single-organisation projects such as ERC grants and fellowships, or only in projects over the cap).
- **Ties**: two organisations are tied when they took part in the same project and at least one of
  them is inside the region (ties between two outside partners are left out: the network is the
  region's view). **Projects with more than ${PROJECT_SIZE_CAP} organisations give no ties**
  (${n(network.projectsOverCap)} such projects with a regional member): in a large consortium everyone would
  be "tied" to everyone. ${n(network.projectsUsed.length)} projects make the ties.
- One undirected \`cooperation\` relation per tied pair; **strength = number of shared projects**;
  \`start\` / \`year\` = start year of the first shared project, \`end\` = end year of the last
  (\`start_date\`, \`end_date\` give the days); \`projects\` lists the project acronyms.
- **Kind** from the CORDIS activity type: PRC → \`firm\`, HES and REC → \`knowledge\`, PUB →
  \`government\`, OTH → \`other\`; \`sme\` is the CORDIS SME flag.
- **Names** are legal names as CORDIS publishes them (mostly upper case). ${n(facts.sharedLabels)} names
  that several organisations share get their town in brackets (and their PIC if still shared).
  Some firms are sole traders named after a person: shown only in their public role.
- **Coordinates** are checked against the gazetteer, not trusted (\`coordinates\` column):
${counts(facts.qualities)
  .map(
    ([quality, count]) => `  - \`${quality}\`: ${n(count)} — ${QUALITY_WORDS[quality as CoordinateQuality]}`,
  )
  .join('\n')}
  Where coordinates were dropped or missing and the gazetteer knows the town, \`lat\`/\`lon\` are left
  empty and the import places the actor by its town (placement \`gazetteer\`). Otherwise the actor is
  placed here at the mean position of its NUTS-3 region's organisations${countsOf(facts.centres)}, and
  \`placement\` says so. So every actor is placed, and \`clusterscope inspect\` says how. The import
  warns about the ${n(facts.sharedPoints)} points that several of these organisations share
  (\`shared-coordinates\`): the shared points above, kept on purpose.
- Country codes: CORDIS's \`EL\` and \`UK\` are written as ISO \`GR\` and \`GB\`.

## Sizes

${n(network.actors.length)} actors (${n(insideWithTies)} inside the region, ${n(network.actors.length - insideWithTies)} elsewhere; ${n(facts.smes)} SMEs)
and ${n(crossBorder)} relations.

${table('kind', counts(facts.kinds))}

${table('country (top 10)', topCountries)}

Files: \`actors.csv\` ${kb(facts.bytes.actors)}, \`relations.csv\` ${kb(facts.bytes.relations)}.

## Files and fields

UTF-8 without BOM, comma-separated, \`.\` decimals, RFC 4180 quoting, LF line ends; empty = unknown.

\`actors.csv\`

| column | meaning |
|---|---|
| \`id\` | PIC (participant identification code) |
| \`label\` | legal name (with town or PIC where names are shared) |
| \`short_name\` | short name or acronym, where CORDIS has one |
| \`kind\` | \`firm\`, \`knowledge\`, \`government\` or \`other\` |
| \`org_type\` | CORDIS activity type: \`PRC\`, \`HES\`, \`REC\`, \`PUB\`, \`OTH\` |
| \`sme\` | CORDIS SME flag, \`true\` or \`false\` |
| \`city\` | town as CORDIS writes it |
| \`country\` | ISO 3166-1 alpha-2 |
| \`region\` | NUTS-3 region name (empty where CORDIS has only a country-level code) |
| \`nuts3\` | NUTS-3 code |
| \`area\` | \`${region.area}\` inside the region, \`elsewhere\` outside |
| \`lat\`, \`lon\` | decimal degrees; empty where the import places the actor by its town |
| \`placement\` | \`region centre\` or \`country centre\` where placed by this script; empty otherwise (the import writes \`file\` or \`gazetteer\`) |
| \`coordinates\` | what CORDIS's coordinates were: ${Object.keys(QUALITY_WORDS)
    .map((key) => `\`${key}\``)
    .join(', ')} |
| \`projects\` | projects behind the actor's ties in this network |
| \`first_year\`, \`last_year\` | start years of its first and last such project |

\`relations.csv\`

| column | meaning |
|---|---|
| \`source\`, \`target\` | PICs, the smaller first (the tie has no direction) |
| \`kind\` | \`cooperation\` |
| \`strength\` | number of shared projects |
| \`directed\` | \`false\` |
| \`year\`, \`start\` | start year of the first shared project |
| \`end\` | end year of the last shared project |
| \`start_date\`, \`end_date\` | the same as dates (YYYY-MM-DD) |
| \`projects\` | acronyms of the shared projects, \`; \`-separated |

## Licence and attribution

Source: CORDIS, European Commission (Horizon Europe projects data, 2025-12-06): the data set
"CORDIS – EU research projects under HORIZON EUROPE (2021-2027)", reused under the European
Commission's reuse notice (Commission Decision 2011/833/EU), which allows reuse, including
commercial reuse, with acknowledgement of the source and without distorting the meaning. Show the
line "Source: CORDIS, European Commission (Horizon Europe projects data, 2025-12-06)" wherever this
network or anything derived from it is shown. Town positions from the gazetteer: GeoNames
(geonames.org), CC BY 4.0. The build script is part of Clusterscope and under its licence.
`;
}

const QUALITY_WORDS: Record<CoordinateQuality, string> = {
  address: 'CORDIS geocoded the address; kept',
  'shared point':
    'a point shared by several organisations, within 15 km of their town: a town centre or a shared campus; kept',
  centroid:
    'a point shared by several organisations and not near their town (a region or country centroid); dropped',
  'far from town':
    'more than 50 km from the organisation’s town (for example a Dutch organisation placed in Lisbon); dropped',
  missing: 'CORDIS gives no coordinates',
};

function countsOf(centres: readonly (string | null)[]): string {
  const list = counts(centres);
  return list.length === 0
    ? ' (none needed)'
    : ` or its country's centre (${list.map(([how, count]) => `${how}: ${n(count)}`).join(', ')})`;
}
