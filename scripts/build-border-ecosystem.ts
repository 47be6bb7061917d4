/**
 * Builds Clusterscope's default sample network: a synthetic cross-border SME ecosystem in the
 * NL–BE–DE border region (Dutch Limburg, Belgian Limburg, Liège, Aachen, Heinsberg), written to
 * sample-networks/border-ecosystem/ as actors.csv, relations.csv and the README card.
 *
 * The story: a cluster survey of about 300 firms ("name your main suppliers, clients,
 * knowledge partners, …"); every partner a respondent named becomes an actor. Structure is
 * planted so that the analysis views have something to find: sector and regional
 * sub-clusters, brokers between them, gatekeepers, firms pulled away from the region by
 * foreign ties, firms without a knowledge institution, and a few small groups outside the
 * giant component. The survey was held in two waves, 2019 and 2023: ties persist, lapse and
 * begin between them, and the detached firms' knowledge ties move abroad.
 *
 * Everything comes from one seed; `npm run sample:border` rewrites the same bytes every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ACTOR_KINDS,
  type ActorKind,
  DIRECTED_BY_DEFAULT,
  RELATION_KINDS,
  type RelationKind,
  type SizeClass,
  sizeClassOf,
} from '../src/model/kinds.ts';
import { type Cell, csv } from './lib/csv.ts';
import { createSeededRandom, type SeededRandom } from './lib/seeded-random.ts';
import { numberCell, oneOf, tableRows, words } from './lib/text-table.ts';

const SEED = 20240917;
const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT_DIRECTORY = join(REPOSITORY_ROOT, 'sample-networks', 'border-ecosystem');

/** The survey waves: the network built below is the 2023 wave; the 2019 wave is derived from it. */
const WAVES = [2019, 2023] as const;
type Wave = (typeof WAVES)[number];
/**
 * The year a tie named in 2023 began. Recent ties are more common than old ones: old ties have had
 * time to lapse. A tie that began by 2019 was named in the 2019 wave too (4.1 of 7.3 weight: 56%).
 */
const SINCE_YEARS = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023] as const;
const SINCE_WEIGHTS = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.6, 0.65, 0.7, 0.8, 0.85, 0.85] as const;
/** Share of respondents who named a tie in 2019 that was gone by 2023 (one each). */
const LAPSED_TIE_SHARE = 0.45;
/** Knowledge ties across the national border that Dutch firms began after 2019. */
const NEW_CROSS_BORDER_KNOWLEDGE_TIES = 2;

const FRONTIER_COUNT = 10;
/** One gatekeeper per region, in the regions with the strongest knowledge base. */
const GATEKEEPER_REGIONS = ['Zuid-Limburg', 'Aachen', 'Liège', 'Limburg (BE)', 'Midden-Limburg'];
const DETACHED_COUNT = 5;
const BROKER_COUNT = 8;
const SOLITARY_ISLAND_COUNT = 3;
/** Relations reported by both ends: kept as two rows, so an import merges them with a warning. */
const MUTUAL_REPORT_COUNT = 4;
const SUBSIDIARY_RESPONDENT_COUNT = 5;

/** How often a firm looking for a cooperation or knowledge partner turns to its regional gatekeeper. */
const GATEKEEPER_PULL = 0.2;
/** …or to a frontier firm nearby (proximity to the frontier is what the literature rewards). */
const FRONTIER_PULL = 0.1;
const FRONTIER_REACH_KM = 60;

// ---------------------------------------------------------------------------------------------
// Table helpers: the data below is written as text tables, one row a line, checked on load
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Sectors
// ---------------------------------------------------------------------------------------------

/** Which coined-name endings suit a sector ("Mosa" + "tec", "Rur" + "plast"). */
type NameFamily = 'tech' | 'chem' | 'bio' | 'soft' | 'food' | 'logistics' | 'metal' | 'trade' | 'plain';

interface Sector {
  name: string;
  /** R&D spend per employee, relative; ranks respondents to find the frontier firms. */
  rdIntensity: number;
  medianEmployees: number;
  family: NameFamily;
  /** Sectors this sector buys from and sells to: supply chains hold the sector clusters together. */
  suppliers: SectorCode[];
  clients: SectorCode[];
}

function sector(
  name: string,
  rdIntensity: number,
  medianEmployees: number,
  family: NameFamily,
  suppliers: string,
  clients: string,
) {
  return { name, rdIntensity, medianEmployees, family, suppliers, clients };
}

// NACE division: name, R&D intensity, median head count, name family, buys from, sells to.
const SECTOR_ROWS = {
  A01: sector('Horticulture', 0.005, 8, 'food', 'C20 C28 G46 H49', 'G46 C10 H52'),
  C10: sector('Food', 0.01, 15, 'food', 'A01 C10 C22 C17 H49 C28', 'G46 C10 H52'),
  C17: sector('Paper', 0.02, 40, 'plain', 'C20 C17 H49 C28', 'C10 G46 C17 C21'),
  C20: sector('Chemicals', 0.08, 35, 'chem', 'C20 G46 H49 H52 M71', 'C20 C22 C21 G46 C23 C10'),
  C21: sector('Pharmaceuticals', 0.2, 25, 'bio', 'C20 C22 M72 G46 H52', 'G46 C21'),
  C22: sector('Plastics', 0.04, 22, 'chem', 'C20 G46 C28 H49', 'C29 C10 C27 C28 C21 G46'),
  C23: sector('Glass & ceramics', 0.03, 30, 'chem', 'C20 C28 H49', 'C29 C27 C26 G46'),
  C24: sector('Basic metals', 0.03, 60, 'metal', 'C20 G46 H49 C28', 'C25 C29 C28 G46'),
  C25: sector('Metal products', 0.02, 15, 'metal', 'C24 G46 C28 H49', 'C28 C29 C27 C25'),
  C26: sector('Electronics & optics', 0.15, 18, 'tech', 'C26 C25 C22 G46 J62', 'C28 C29 C27 C21 C26'),
  C27: sector('Electrical equipment', 0.06, 25, 'tech', 'C25 C26 C22 G46', 'C28 C29 G46 C27'),
  C28: sector('Machinery', 0.07, 20, 'tech', 'C25 C26 C27 C24 J62 M71', 'C10 C20 C22 C29 C28 A01 H52 C17'),
  C29: sector('Automotive', 0.06, 40, 'tech', 'C22 C25 C26 C27 H49', 'C29 G46'),
  G46: sector('Wholesale', 0.005, 10, 'trade', 'C10 C20 C22 C25 C26 A01 G46', 'G46 C10 C28 C25 C29 A01'),
  H49: sector('Road transport', 0.002, 15, 'logistics', 'C29 G46 H49', 'C10 C20 G46 H52 C22 A01 C24'),
  H52: sector('Warehousing & logistics', 0.005, 30, 'logistics', 'H49 C28 J62 G46', 'G46 C10 C21 C20 C26'),
  J62: sector('Software', 0.12, 8, 'soft', 'J62 M72', 'C28 H52 C21 C26 G46 M71 J62'),
  M71: sector('Engineering', 0.08, 8, 'tech', 'J62 M71 C26', 'C28 C20 C24 C29 C27'),
  M72: sector('R&D', 0.35, 10, 'bio', 'C26 C20 G46 M72', 'C21 C20 C22 C26 C28 M72'),
};
type SectorCode = keyof typeof SECTOR_ROWS;
const SECTOR_CODES = Object.keys(SECTOR_ROWS) as SectorCode[];

/** Space-separated sector codes, each checked against the sector table. */
function sectorCodes(text: string): SectorCode[] {
  return words(text, ' ').map((code) => oneOf(SECTOR_CODES, code));
}

const SECTORS = Object.fromEntries(
  SECTOR_CODES.map((code) => {
    const row = SECTOR_ROWS[code];
    return [code, { ...row, suppliers: sectorCodes(row.suppliers), clients: sectorCodes(row.clients) }];
  }),
) as Record<SectorCode, Sector>;

const RESEARCH_INTENSIVE = new Set<SectorCode>(
  SECTOR_CODES.filter((code) => SECTORS[code].rdIntensity >= 0.06),
);

function sectorLabel(code: SectorCode): string {
  return `${code} ${SECTORS[code].name}`;
}

// ---------------------------------------------------------------------------------------------
// Geography: real towns, approximate coordinates
// ---------------------------------------------------------------------------------------------

const ZONES = ['border', 'national', 'abroad'] as const;
type Zone = (typeof ZONES)[number];
const LANGUAGES = [
  'nl',
  'nl-BE',
  'fr',
  'de',
  'de-BE',
  'de-CH',
  'fr-FR',
  'en-US',
  'en-GB',
  'zh',
  'it',
  'pl',
] as const;
type Language = (typeof LANGUAGES)[number];

interface Point {
  lat: number;
  lon: number;
}

interface Town extends Point {
  name: string;
  weight: number;
  /** Where a town speaks otherwise than its region (Eupen: German in the province of Liège). */
  language?: Language;
}

interface Region {
  name: string;
  country: string;
  zone: Zone;
  /** Economic weight: how likely a partner is to be found here, all else equal. */
  mass: number;
  language: Language;
  towns: Town[];
  /** Surveyed firms located here, and the sector mix they are drawn from. */
  respondents: number;
  sectorMix: [SectorCode, number][];
  centre: Point;
}

/**
 * Border regions are surveyed (except Düren and Viersen, whose firms appear only as named
 * partners). Their sector mixes make the regional sub-clusters: chemicals and materials around
 * Chemelot, life sciences in Maastricht, smart services in Heerlen; machinery and food in
 * Midden-Limburg; logistics and the greenport around Venlo; automotive, metal and glass in
 * Belgian Limburg; steel, biotech and space along the Meuse at Liège; RWTH spin-offs around
 * Aachen. National regions hold the larger partners further away; abroad, the distant ones.
 */
const REGION_TABLE = `
# name                 | country | zone     | mass | language | respondents | sector mix (weights)
Zuid-Limburg           | NL      | border   | 3    | nl       | 72 | C20 10, C22 8, C21 6, M72 7, J62 8, C28 5, C25 4, C10 4, H49 3, G46 4, M71 4, C26 3, H52 2
Midden-Limburg         | NL      | border   | 1.5  | nl       | 34 | C28 8, C25 7, C10 6, C22 4, H49 4, G46 4, C27 3, J62 2, A01 2, M71 2
Noord-Limburg          | NL      | border   | 2    | nl       | 40 | H52 10, H49 8, A01 8, C10 8, G46 6, C28 5, C22 2, J62 2, C25 2
Limburg (BE)           | BE      | border   | 2.5  | nl-BE    | 52 | C29 6, C25 7, C27 5, C23 4, J62 5, M72 3, C20 3, H49 4, C10 3, G46 4, C28 4, M71 3
Liège                  | BE      | border   | 2.5  | fr       | 42 | C24 7, C25 6, C21 6, M72 5, C26 4, C28 4, J62 4, C10 3, G46 3, H49 3, M71 3
Aachen                 | DE      | border   | 3    | de       | 48 | C28 9, C26 8, M71 6, J62 7, M72 6, C27 4, C25 4, C29 3, C10 2, G46 3, C22 2
Heinsberg              | DE      | border   | 1    | de       | 12 | C22 5, C25 5, C10 4, C28 3, H49 3, G46 2, C17 1
Düren                  | DE      | border   | 1    | de       | 0  |
Viersen                | DE      | border   | 1    | de       | 0  |
Noord-Brabant          | NL      | national | 6    | nl       | 0  |
Gelderland             | NL      | national | 4    | nl       | 0  |
Zuid-Holland           | NL      | national | 7    | nl       | 0  |
Noord-Holland          | NL      | national | 6    | nl       | 0  |
Utrecht                | NL      | national | 4    | nl       | 0  |
Antwerpen              | BE      | national | 6    | nl-BE    | 0  |
Vlaams-Brabant         | BE      | national | 3    | nl-BE    | 0  |
Brussels               | BE      | national | 4    | fr       | 0  |
Oost-Vlaanderen        | BE      | national | 4    | nl-BE    | 0  |
Namur                  | BE      | national | 1.5  | fr       | 0  |
Köln                   | DE      | national | 6    | de       | 0  |
Düsseldorf             | DE      | national | 6    | de       | 0  |
Niederrhein            | DE      | national | 2    | de       | 0  |
Ruhr                   | DE      | national | 8    | de       | 0  |
Bayern                 | DE      | national | 8    | de       | 0  |
Baden-Württemberg      | DE      | national | 8    | de       | 0  |
Île-de-France          | FR      | abroad   | 3    | fr-FR    | 0  |
Hauts-de-France        | FR      | abroad   | 1.5  | fr-FR    | 0  |
Auvergne-Rhône-Alpes   | FR      | abroad   | 2    | fr-FR    | 0  |
Massachusetts          | US      | abroad   | 1    | en-US    | 0  |
California             | US      | abroad   | 1.5  | en-US    | 0  |
Texas                  | US      | abroad   | 1    | en-US    | 0  |
Guangdong              | CN      | abroad   | 2    | zh       | 0  |
Shanghai               | CN      | abroad   | 1.5  | zh       | 0  |
Jiangsu                | CN      | abroad   | 1    | zh       | 0  |
Beijing                | CN      | abroad   | 0.5  | zh       | 0  |
East of England        | GB      | abroad   | 0.8  | en-GB    | 0  |
West Midlands          | GB      | abroad   | 0.8  | en-GB    | 0  |
Zürich                 | CH      | abroad   | 1    | de-CH    | 0  |
Lombardia              | IT      | abroad   | 1.5  | it       | 0  |
Śląskie                | PL      | abroad   | 1    | pl       | 0  |
`;

/** Towns by region; the weight says how many firms a town holds relative to its neighbours. */
const TOWN_TABLE = `
# region               | town              | lat     | lon       | weight | language, where not the region's
Zuid-Limburg           | Maastricht        | 50.8514 | 5.6910    | 5
Zuid-Limburg           | Heerlen           | 50.8882 | 5.9795    | 3
Zuid-Limburg           | Sittard           | 51.0000 | 5.8697    | 2
Zuid-Limburg           | Geleen            | 50.9740 | 5.8290    | 2
Zuid-Limburg           | Kerkrade          | 50.8659 | 6.0705    | 1.5
Zuid-Limburg           | Brunssum          | 50.9469 | 5.9706    | 1
Zuid-Limburg           | Stein             | 50.9697 | 5.7661    | 0.8
Zuid-Limburg           | Valkenburg        | 50.8650 | 5.8317    | 0.7
Zuid-Limburg           | Gulpen            | 50.8150 | 5.8900    | 0.5
Midden-Limburg         | Roermond          | 51.1942 | 5.9870    | 3
Midden-Limburg         | Weert             | 51.2517 | 5.7069    | 2.5
Midden-Limburg         | Echt              | 51.1036 | 5.8714    | 1
Midden-Limburg         | Maasbracht        | 51.1500 | 5.8900    | 0.8
Midden-Limburg         | Heythuysen        | 51.2500 | 5.9000    | 0.7
Noord-Limburg          | Venlo             | 51.3704 | 6.1724    | 4
Noord-Limburg          | Venray            | 51.5253 | 5.9747    | 2
Noord-Limburg          | Horst             | 51.4541 | 6.0513    | 1.5
Noord-Limburg          | Tegelen           | 51.3444 | 6.1367    | 1
Noord-Limburg          | Panningen         | 51.3283 | 5.9786    | 1
Noord-Limburg          | Gennep            | 51.6980 | 5.9740    | 0.6
Limburg (BE)           | Hasselt           | 50.9307 | 5.3325    | 4
Limburg (BE)           | Genk              | 50.9650 | 5.5008    | 4
Limburg (BE)           | Maasmechelen      | 50.9654 | 5.6944    | 1.5
Limburg (BE)           | Tongeren          | 50.7807 | 5.4647    | 1.5
Limburg (BE)           | Lommel            | 51.2307 | 5.3131    | 1.5
Limburg (BE)           | Sint-Truiden      | 50.8162 | 5.1862    | 1.5
Limburg (BE)           | Beringen          | 51.0491 | 5.2262    | 1
Limburg (BE)           | Bilzen            | 50.8727 | 5.5180    | 1
Limburg (BE)           | Diepenbeek        | 50.9080 | 5.4190    | 0.8
Limburg (BE)           | Lanaken           | 50.8930 | 5.6470    | 0.8
Liège                  | Liège             | 50.6326 | 5.5797    | 5
Liège                  | Seraing           | 50.5833 | 5.5000    | 2
Liège                  | Herstal           | 50.6626 | 5.6250    | 1.5
Liège                  | Verviers          | 50.5891 | 5.8620    | 1.5
Liège                  | Eupen             | 50.6280 | 6.0361    | 1      | de-BE
Liège                  | Huy               | 50.5186 | 5.2394    | 1
Liège                  | Visé              | 50.7370 | 5.6940    | 0.7
Liège                  | Herve             | 50.6394 | 5.7936    | 0.6
Liège                  | Waremme           | 50.6967 | 5.2553    | 0.5
Aachen                 | Aachen            | 50.7753 | 6.0839    | 5
Aachen                 | Eschweiler        | 50.8172 | 6.2646    | 1.5
Aachen                 | Stolberg          | 50.7706 | 6.2258    | 1.5
Aachen                 | Herzogenrath      | 50.8703 | 6.0984    | 1
Aachen                 | Alsdorf           | 50.8767 | 6.1700    | 1
Aachen                 | Würselen          | 50.8186 | 6.1283    | 1
Aachen                 | Baesweiler        | 50.9097 | 6.1878    | 0.6
Aachen                 | Monschau          | 50.5547 | 6.2400    | 0.4
Heinsberg              | Heinsberg         | 51.0631 | 6.0963    | 1.5
Heinsberg              | Erkelenz          | 51.0800 | 6.3156    | 1.2
Heinsberg              | Geilenkirchen     | 50.9656 | 6.1194    | 1
Heinsberg              | Hückelhoven       | 51.0560 | 6.2190    | 1
Heinsberg              | Übach-Palenberg   | 50.9197 | 6.1275    | 0.8
Heinsberg              | Wegberg           | 51.1420 | 6.2830    | 0.6
Düren                  | Düren             | 50.8000 | 6.4833    | 3
Düren                  | Jülich            | 50.9220 | 6.3617    | 1.5
Düren                  | Kreuzau           | 50.7470 | 6.4900    | 0.5
Viersen                | Viersen           | 51.2556 | 6.3917    | 2
Viersen                | Nettetal          | 51.3167 | 6.2833    | 1.5
Viersen                | Kempen            | 51.3650 | 6.4190    | 1
Viersen                | Brüggen           | 51.2400 | 6.1800    | 0.6
Noord-Brabant          | Eindhoven         | 51.4416 | 5.4697    | 5
Noord-Brabant          | Helmond           | 51.4817 | 5.6611    | 2
Noord-Brabant          | 's-Hertogenbosch  | 51.6978 | 5.3037    | 2
Noord-Brabant          | Tilburg           | 51.5555 | 5.0913    | 2
Noord-Brabant          | Breda             | 51.5719 | 4.7683    | 2
Gelderland             | Nijmegen          | 51.8126 | 5.8372    | 2
Gelderland             | Arnhem            | 51.9851 | 5.8987    | 2
Gelderland             | Wageningen        | 51.9692 | 5.6654    | 0.7
Zuid-Holland           | Rotterdam         | 51.9244 | 4.4777    | 4
Zuid-Holland           | Den Haag          | 52.0705 | 4.3007    | 2
Zuid-Holland           | Delft             | 52.0116 | 4.3571    | 1.5
Noord-Holland          | Amsterdam         | 52.3676 | 4.9041    | 5
Noord-Holland          | Haarlem           | 52.3874 | 4.6462    | 1
Utrecht                | Utrecht           | 52.0907 | 5.1214    | 3
Utrecht                | Amersfoort        | 52.1561 | 5.3878    | 1
Antwerpen              | Antwerpen         | 51.2194 | 4.4025    | 5
Antwerpen              | Mol               | 51.1910 | 5.1160    | 1
Antwerpen              | Geel              | 51.1614 | 4.9900    | 1
Antwerpen              | Turnhout          | 51.3227 | 4.9447    | 1
Vlaams-Brabant         | Leuven            | 50.8798 | 4.7005    | 3
Vlaams-Brabant         | Vilvoorde         | 50.9281 | 4.4245    | 1
Brussels               | Brussels          | 50.8503 | 4.3517    | 1
Oost-Vlaanderen        | Gent              | 51.0543 | 3.7174    | 3
Oost-Vlaanderen        | Aalst             | 50.9378 | 4.0403    | 1
Namur                  | Namur             | 50.4674 | 4.8718    | 2
Namur                  | Gembloux          | 50.5614 | 4.6990    | 0.7
Köln                   | Köln              | 50.9375 | 6.9603    | 5
Köln                   | Leverkusen        | 51.0459 | 6.9844    | 2
Köln                   | Bonn              | 50.7374 | 7.0982    | 2
Düsseldorf             | Düsseldorf        | 51.2277 | 6.7735    | 5
Düsseldorf             | Neuss             | 51.2042 | 6.6879    | 2
Niederrhein            | Mönchengladbach   | 51.1805 | 6.4428    | 3
Niederrhein            | Krefeld           | 51.3388 | 6.5853    | 3
Ruhr                   | Essen             | 51.4556 | 7.0116    | 3
Ruhr                   | Duisburg          | 51.4344 | 6.7623    | 3
Ruhr                   | Dortmund          | 51.5136 | 7.4653    | 3
Ruhr                   | Bochum            | 51.4818 | 7.2162    | 2
Bayern                 | München           | 48.1351 | 11.5820   | 4
Bayern                 | Nürnberg          | 49.4521 | 11.0767   | 2
Baden-Württemberg      | Stuttgart         | 48.7758 | 9.1829    | 4
Baden-Württemberg      | Karlsruhe         | 49.0069 | 8.4037    | 2
Île-de-France          | Paris             | 48.8566 | 2.3522    | 4
Île-de-France          | Gif-sur-Yvette    | 48.7010 | 2.1340    | 0.5
Hauts-de-France        | Lille             | 50.6292 | 3.0573    | 2
Auvergne-Rhône-Alpes   | Lyon              | 45.7640 | 4.8357    | 3
Auvergne-Rhône-Alpes   | Grenoble          | 45.1885 | 5.7245    | 2
Massachusetts          | Boston            | 42.3601 | -71.0589  | 2
Massachusetts          | Cambridge         | 42.3736 | -71.1097  | 1
California             | San Jose          | 37.3382 | -121.8863 | 2
California             | Palo Alto         | 37.4419 | -122.1430 | 1
Texas                  | Houston           | 29.7604 | -95.3698  | 2
Guangdong              | Shenzhen          | 22.5431 | 114.0579  | 3
Guangdong              | Guangzhou         | 23.1291 | 113.2644  | 2
Shanghai               | Shanghai          | 31.2304 | 121.4737  | 3
Jiangsu                | Suzhou            | 31.2989 | 120.5853  | 2
Beijing                | Beijing           | 39.9042 | 116.4074  | 2
East of England        | Cambridge         | 52.2053 | 0.1218    | 1
West Midlands          | Birmingham        | 52.4862 | -1.8904   | 1
Zürich                 | Zürich            | 47.3769 | 8.5417    | 2
Zürich                 | Winterthur        | 47.4988 | 8.7237    | 1
Lombardia              | Milano            | 45.4642 | 9.1900    | 3
Lombardia              | Bergamo           | 45.6983 | 9.6773    | 1
Śląskie                | Katowice          | 50.2649 | 19.0238   | 2
Śląskie                | Gliwice           | 50.2945 | 18.6714   | 1
`;

function readRegions(): Region[] {
  const towns = tableRows(TOWN_TABLE, 6);
  return tableRows(REGION_TABLE, 7).map(([name, country, zone, mass, language, respondents, mix]) => {
    const own: Town[] = towns
      .filter(([regionName]) => regionName === name)
      .map(([, townName, lat, lon, weight, townLanguage]) => ({
        name: townName,
        lat: numberCell(lat),
        lon: numberCell(lon),
        weight: numberCell(weight),
        ...(townLanguage ? { language: oneOf(LANGUAGES, townLanguage) } : {}),
      }));
    if (own.length === 0) throw new Error(`Region ${name} has no towns`);
    const total = own.reduce((sum, each) => sum + each.weight, 0);
    return {
      name,
      country,
      zone: oneOf(ZONES, zone),
      mass: numberCell(mass),
      language: oneOf(LANGUAGES, language),
      towns: own,
      respondents: numberCell(respondents),
      sectorMix: words(mix).map((entry): [SectorCode, number] => {
        const [code, weight] = words(entry, ' ');
        return [oneOf(SECTOR_CODES, code), numberCell(weight)];
      }),
      centre: {
        lat: own.reduce((sum, each) => sum + each.lat * each.weight, 0) / total,
        lon: own.reduce((sum, each) => sum + each.lon * each.weight, 0) / total,
      },
    };
  });
}

const ALL_REGIONS = readRegions();
const BORDER_REGIONS = ALL_REGIONS.filter((each) => each.zone === 'border');
const NATIONAL_REGIONS = ALL_REGIONS.filter((each) => each.zone === 'national');
const ABROAD_REGIONS = ALL_REGIONS.filter((each) => each.zone === 'abroad');
const DOMESTIC_REGIONS = [...BORDER_REGIONS, ...NATIONAL_REGIONS];

/** Named groups of regions, for whom an institution serves. */
const AREAS: Record<string, string[]> = {
  'Dutch Limburg': ['Zuid-Limburg', 'Midden-Limburg', 'Noord-Limburg'],
};

function regionNamed(name: string): Region {
  const found = ALL_REGIONS.find((each) => each.name === name);
  if (!found) throw new Error(`No region "${name}"`);
  return found;
}

/** Towns where a sector concentrates (Chemelot in Geleen, the greenport around Horst, …). */
const SECTOR_TOWNS: Partial<Record<SectorCode, string[]>> = {
  A01: words('Horst, Venray, Panningen, Sint-Truiden'),
  C10: words('Venlo, Horst, Sint-Truiden, Weert, Herve'),
  C17: words('Düren'),
  C20: words('Geleen, Stein, Sittard, Leverkusen'),
  C21: words('Maastricht, Liège, Leuven'),
  C22: words('Heinsberg, Geleen, Genk'),
  C23: words('Lommel'),
  C24: words('Seraing, Liège, Duisburg'),
  C25: words('Genk, Roermond, Stolberg, Herstal'),
  C26: words('Aachen, Eindhoven'),
  C28: words('Aachen, Roermond, Weert, Eschweiler, Helmond'),
  C29: words('Genk, Herzogenrath'),
  H49: words('Venlo, Venray, Genk'),
  H52: words('Venlo, Venray, Genk, Liège'),
  J62: words('Heerlen, Hasselt, Aachen'),
  M72: words('Maastricht, Geleen, Aachen, Liège, Diepenbeek'),
};
const SECTOR_TOWN_BOOST = 4;

function distanceKm(a: Point, b: Point): number {
  const radians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * radians;
  const dLon = (b.lon - a.lon) * radians;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

// ---------------------------------------------------------------------------------------------
// Institutions: real organisation names, invented ties
// ---------------------------------------------------------------------------------------------

const KNOWLEDGE_TYPES = [
  'university',
  'applied-university',
  'research-institute',
  'vocational-school',
] as const;
type InstitutionType = (typeof KNOWLEDGE_TYPES)[number] | 'government' | 'intermediary';

interface InstitutionSpec {
  label: string;
  type: InstitutionType;
  region: string;
  lat: number;
  lon: number;
  /** Prestige for knowledge institutions, reach for the others: how often they are named. */
  weight: number;
  /** Sectors it works with most (empty: all alike). */
  focus: SectorCode[];
  /**
   * Whom a government or intermediary serves: `town:`, `region:`, `area:`, `country:` tokens,
   * `zone:border` (the whole border region) or `all`.
   */
  serves: string[];
}

const KNOWLEDGE_TABLE = `
# name                                                     | type               | region               | lat     | lon       | prestige | focus sectors
Maastricht University                                      | university         | Zuid-Limburg         | 50.8476 | 5.6872    | 4   | C21 M72 J62 C10 C20
Zuyd Hogeschool                                            | applied-university | Zuid-Limburg         | 50.8812 | 5.9592    | 3   | C20 C22 J62 C28 H52 C10
Open Universiteit                                          | university         | Zuid-Limburg         | 50.8776 | 5.9581    | 1   | J62
Brightlands Materials Center                               | research-institute | Zuid-Limburg         | 50.9669 | 5.7906    | 2.5 | C20 C22 C23 C29
Chemelot Institute for Science and Technology (InSciTe)    | research-institute | Zuid-Limburg         | 50.9655 | 5.7930    | 1.5 | C20 C21 C22 M72
Vista college                                              | vocational-school  | Zuid-Limburg         | 50.8850 | 5.9750    | 1.5 | C28 C25 C27 C20 H49
Leeuwenborgh                                               | vocational-school  | Zuid-Limburg         | 50.8560 | 5.7030    | 1.2 | C10 C25 C28 G46
Gilde Opleidingen                                          | vocational-school  | Midden-Limburg       | 51.1950 | 5.9930    | 1.5 | C28 C25 C10 H49
Fontys Hogeschool Venlo                                    | applied-university | Noord-Limburg        | 51.3550 | 6.1490    | 2   | H52 H49 J62 C10 A01 G46
Citaverde College                                          | vocational-school  | Noord-Limburg        | 51.4530 | 6.0500    | 1   | A01 C10
Hasselt University                                         | university         | Limburg (BE)         | 50.9280 | 5.3920    | 3   | J62 M72 C29 C20 C22 C10
PXL Hogeschool                                             | applied-university | Limburg (BE)         | 50.9290 | 5.3420    | 2   | C25 C28 J62 C29 C27
UC Leuven-Limburg                                          | applied-university | Limburg (BE)         | 50.9310 | 5.3960    | 1.2 | C10 J62 H52
EnergyVille                                                | research-institute | Limburg (BE)         | 50.9930 | 5.4960    | 2   | C27 C26 C23 M71
Flanders Make                                              | research-institute | Limburg (BE)         | 51.2220 | 5.3190    | 2   | C28 C29 C27 C26
Sirris                                                     | research-institute | Limburg (BE)         | 50.9260 | 5.3990    | 1.5 | C25 C28 C22 C23 C26
Syntra Limburg                                             | vocational-school  | Limburg (BE)         | 50.9330 | 5.3350    | 1.2 | C25 C28 C10 G46 H49
Université de Liège                                        | university         | Liège                | 50.5835 | 5.5645    | 4   | C21 C24 C26 M72 J62 C10
HELMo                                                      | applied-university | Liège                | 50.6430 | 5.5720    | 1.5 | J62 C25 C28 C27
Haute École de la Province de Liège                        | applied-university | Liège                | 50.6300 | 5.5740    | 1.2 | C10 C25 C28 C21
CRM Group                                                  | research-institute | Liège                | 50.5800 | 5.5680    | 2   | C24 C25 C23
Centre Spatial de Liège                                    | research-institute | Liège                | 50.5886 | 5.5660    | 1.5 | C26 M72 M71
RWTH Aachen University                                     | university         | Aachen               | 50.7780 | 6.0776    | 5   | C28 C26 C29 C27 C20 C22 C24 M71 J62 M72
FH Aachen University of Applied Sciences                   | applied-university | Aachen               | 50.7585 | 6.0820    | 2.5 | C28 C27 C29 C25 M71
Fraunhofer ILT                                             | research-institute | Aachen               | 50.7887 | 6.0461    | 2.5 | C26 C28 C25
Fraunhofer IPT                                             | research-institute | Aachen               | 50.7872 | 6.0487    | 2.5 | C28 C29 C21 C26
Berufskolleg für Technik Aachen                            | vocational-school  | Aachen               | 50.7700 | 6.1050    | 1   | C25 C28 C27
Forschungszentrum Jülich                                   | research-institute | Düren                | 50.9050 | 6.4130    | 3   | C26 C27 M72 C20 J62
Hochschule Niederrhein                                     | applied-university | Niederrhein          | 51.3160 | 6.5700    | 1.5 | C22 C10 C20 C28 H52
Eindhoven University of Technology                         | university         | Noord-Brabant        | 51.4487 | 5.4907    | 4   | C26 C28 C29 C20 J62 C27
Delft University of Technology                             | university         | Zuid-Holland         | 52.0022 | 4.3736    | 4   | C28 C20 M71 C29 H52
TNO                                                        | research-institute | Noord-Brabant        | 51.4110 | 5.4570    | 3   | C20 C26 C22 M72 H52 C28
Wageningen University & Research                           | university         | Gelderland           | 51.9857 | 5.6636    | 4   | A01 C10
VITO                                                       | research-institute | Antwerpen            | 51.2190 | 5.0920    | 2   | C20 C27 C23
KU Leuven                                                  | university         | Vlaams-Brabant       | 50.8777 | 4.7003    | 4.5 | C21 C26 C28 M72 J62 C20
imec                                                       | research-institute | Vlaams-Brabant       | 50.8640 | 4.6760    | 3.5 | C26 J62 M72
Ghent University                                           | university         | Oost-Vlaanderen      | 51.0469 | 3.7278    | 3   | C20 C10 C21 A01
Universität zu Köln                                        | university         | Köln                 | 50.9282 | 6.9290    | 2.5 | C21 M72 J62
Max-Planck-Institut für Eisenforschung                     | research-institute | Düsseldorf           | 51.2430 | 6.7330    | 2   | C24 C25 C23
Technische Universität München                             | university         | Bayern               | 48.1497 | 11.5679   | 3   | C28 C26 C29 C21 J62
Fraunhofer IPA                                             | research-institute | Baden-Württemberg    | 48.7405 | 9.0985    | 2   | C28 C29 C22 C27
ETH Zürich                                                 | university         | Zürich               | 47.3763 | 8.5476    | 4   | C26 C28 C20 C21 J62 M72
CEA-Leti                                                   | research-institute | Auvergne-Rhône-Alpes | 45.2056 | 5.7043    | 3   | C26 M72
Université Paris-Saclay                                    | university         | Île-de-France        | 48.7107 | 2.1717    | 3   | C21 C20 C26 M72
Massachusetts Institute of Technology                      | university         | Massachusetts        | 42.3601 | -71.0942  | 5   | C26 C28 C21 J62 M72 C20
Stanford University                                        | university         | California           | 37.4275 | -122.1697 | 4.5 | J62 C26 C21 M72
Tsinghua University                                        | university         | Beijing              | 40.0000 | 116.3264  | 3.5 | C26 C28 C20 J62
Shenzhen Institute of Advanced Technology                  | research-institute | Guangdong            | 22.5960 | 113.9970  | 2.5 | C26 C27 C21
University of Cambridge                                    | university         | East of England      | 52.2043 | 0.1149    | 4   | C21 M72 C26 J62
Politecnico di Milano                                      | university         | Lombardia            | 45.4781 | 9.2272    | 3   | C28 C29 C22 C27
`;

// A municipality weighs as much as a province: the town's business desk is the government an
// SME meets most. The comma in "SPW Économie, Emploi, Recherche" is real: the CSV must quote it.
const GOVERNMENT_TABLE = `
# name                                                           | region       | lat     | lon    | reach | serves                                | focus
Provincie Limburg (NL)                                           | Zuid-Limburg | 50.8399 | 5.7037 | 3     | area:Dutch Limburg
Gemeente Maastricht                                              | Zuid-Limburg | 50.8510 | 5.6900 | 3     | town:Maastricht
Gemeente Heerlen                                                 | Zuid-Limburg | 50.8880 | 5.9790 | 3     | town:Heerlen
Gemeente Sittard-Geleen                                          | Zuid-Limburg | 51.0010 | 5.8700 | 3     | town:Sittard; town:Geleen
Gemeente Roermond                                                | Midden-Limburg | 51.1940 | 5.9880 | 3   | town:Roermond
Gemeente Weert                                                   | Midden-Limburg | 51.2510 | 5.7060 | 3   | town:Weert
Gemeente Venlo                                                   | Noord-Limburg | 51.3700 | 6.1720 | 3    | town:Venlo; town:Tegelen
Gemeente Horst aan de Maas                                       | Noord-Limburg | 51.4540 | 6.0510 | 3    | town:Horst
RVO (Rijksdienst voor Ondernemend Nederland)                     | Zuid-Holland | 52.0780 | 4.3120 | 2.5   | country:NL
Provincie Limburg (BE)                                           | Limburg (BE) | 50.9290 | 5.3380 | 3     | region:Limburg (BE)
Stad Genk                                                        | Limburg (BE) | 50.9650 | 5.5000 | 3     | town:Genk
Stad Hasselt                                                     | Limburg (BE) | 50.9310 | 5.3330 | 3     | town:Hasselt
VLAIO (Agentschap Innoveren & Ondernemen)                        | Brussels     | 50.8600 | 4.3600 | 3     | region:Limburg (BE)
Province de Liège                                                | Liège        | 50.6450 | 5.5740 | 2.5   | region:Liège
Ville de Liège                                                   | Liège        | 50.6410 | 5.5740 | 3     | town:Liège
SPW Économie, Emploi, Recherche                                  | Namur        | 50.4660 | 4.8600 | 2.5   | region:Liège
Wallonie Entreprendre                                            | Liège        | 50.6400 | 5.5800 | 1.5   | region:Liège
Städteregion Aachen                                              | Aachen       | 50.7741 | 6.0870 | 2.5   | region:Aachen
Stadt Aachen                                                     | Aachen       | 50.7760 | 6.0840 | 3     | town:Aachen
Kreis Heinsberg                                                  | Heinsberg    | 51.0630 | 6.0960 | 2     | region:Heinsberg
Bezirksregierung Köln                                            | Köln         | 50.9370 | 6.9600 | 1.5   | region:Aachen; region:Heinsberg
NRW.BANK                                                         | Düsseldorf   | 51.2190 | 6.7730 | 2     | country:DE
Euregio Meuse-Rhine                                              | Liège        | 50.6280 | 6.0370 | 1     | zone:border
European Innovation Council and SMEs Executive Agency (EISMEA)   | Brussels     | 50.8420 | 4.3830 | 0.5   | all
`;

const INTERMEDIARY_TABLE = `
# name                                                           | region        | lat     | lon    | reach | serves                            | focus
LIOF                                                             | Zuid-Limburg  | 50.8590 | 5.7000 | 3     | area:Dutch Limburg
KvK Limburg                                                      | Zuid-Limburg  | 50.8440 | 5.7140 | 2.5   | area:Dutch Limburg
Limburgse Werkgevers Vereniging (LWV)                            | Midden-Limburg | 51.1900 | 5.9900 | 2    | area:Dutch Limburg
MKB Limburg                                                      | Zuid-Limburg  | 51.0000 | 5.8690 | 1.5   | area:Dutch Limburg
Brightlands Chemelot Campus                                      | Zuid-Limburg  | 50.9670 | 5.7850 | 2     | area:Dutch Limburg                | C20 C22 C21 M72 C23
Brightlands Maastricht Health Campus                             | Zuid-Limburg  | 50.8360 | 5.7130 | 1.5   | area:Dutch Limburg                | C21 M72
Brightlands Smart Services Campus                                | Zuid-Limburg  | 50.8850 | 5.9620 | 1.5   | area:Dutch Limburg                | J62 M71
Brightlands Campus Greenport Venlo                               | Noord-Limburg | 51.3630 | 6.1460 | 1.5   | area:Dutch Limburg                | A01 C10 H52
Voka – Kamer van Koophandel Limburg                              | Limburg (BE)  | 50.9350 | 5.3380 | 3     | region:Limburg (BE)
POM Limburg                                                      | Limburg (BE)  | 50.9300 | 5.3360 | 2     | region:Limburg (BE)
Unizo Limburg                                                    | Limburg (BE)  | 50.9320 | 5.3300 | 1.5   | region:Limburg (BE)
CCI Liège-Verviers-Namur                                         | Liège         | 50.6420 | 5.5700 | 2.5   | region:Liège
SPI – Agence de développement pour la province de Liège          | Liège         | 50.6330 | 5.5680 | 2     | region:Liège
IHK Aachen                                                       | Aachen        | 50.7760 | 6.0830 | 3     | region:Aachen; region:Heinsberg
AGIT – Aachener Gesellschaft für Innovation und Technologietransfer | Aachen     | 50.7800 | 6.0700 | 2     | region:Aachen; region:Heinsberg   | C26 C28 J62 M71 M72
digitalHUB Aachen                                                | Aachen        | 50.7760 | 6.0850 | 1.5   | region:Aachen                     | J62 M71 C26
Handwerkskammer Aachen                                           | Aachen        | 50.7720 | 6.0900 | 1.5   | region:Aachen; region:Heinsberg   | C25 C10 C27
Wirtschaftsförderung Kreis Heinsberg                             | Heinsberg     | 51.0640 | 6.0950 | 3     | region:Heinsberg
Zukunftsagentur Rheinisches Revier                               | Düren         | 50.9220 | 6.3600 | 1     | region:Aachen; region:Heinsberg
Brainport Development                                            | Noord-Brabant | 51.4400 | 5.4780 | 0.8   | region:Noord-Limburg; region:Midden-Limburg | C26 C28
`;

const SERVES_PATTERN = /^(all|zone:border|(town|region|area|country):.+)$/;

function readKnowledgeInstitutions(): InstitutionSpec[] {
  return tableRows(KNOWLEDGE_TABLE, 7).map(([label, type, regionName, lat, lon, weight, focus]) => ({
    label,
    type: oneOf(KNOWLEDGE_TYPES, type),
    region: regionNamed(regionName).name,
    lat: numberCell(lat),
    lon: numberCell(lon),
    weight: numberCell(weight),
    focus: sectorCodes(focus),
    serves: [],
  }));
}

function readServingBodies(table: string, type: 'government' | 'intermediary'): InstitutionSpec[] {
  return tableRows(table, 7).map(([label, regionName, lat, lon, weight, serves, focus]) => {
    const tokens = words(serves, ';');
    const bad = tokens.find((token) => !SERVES_PATTERN.test(token));
    if (bad !== undefined || tokens.length === 0)
      throw new Error(`${label}: cannot read whom it serves ("${serves}")`);
    return {
      label,
      type,
      region: regionNamed(regionName).name,
      lat: numberCell(lat),
      lon: numberCell(lon),
      weight: numberCell(weight),
      focus: sectorCodes(focus),
      serves: tokens,
    };
  });
}

const KNOWLEDGE_INSTITUTIONS = readKnowledgeInstitutions();
const GOVERNMENTS = readServingBodies(GOVERNMENT_TABLE, 'government');
const INTERMEDIARIES = readServingBodies(INTERMEDIARY_TABLE, 'intermediary');

// ---------------------------------------------------------------------------------------------
// Actors and relations
// ---------------------------------------------------------------------------------------------

interface Place {
  region: Region;
  town: Town;
  /** Null where the survey did not give an address. */
  coordinates: Point | null;
}

type FirmRole = 'ordinary' | 'gatekeeper' | 'detached' | 'broker' | 'island' | 'partner';

interface Firm {
  kind: 'firm';
  /** Creation order: stable key for pairs and ties until ids are given out. */
  serial: number;
  id: string;
  label: string;
  place: Place;
  sector: SectorCode;
  /** Respondents always report sector and head count; for named partners they may be missing. */
  sectorKnown: boolean;
  employees: number;
  sizeKnown: boolean;
  respondent: boolean;
  frontier: boolean;
  role: FirmRole;
  rdSpend: number;
  /** How often others named this firm so far: preferential attachment for partner choice. */
  mentions: number;
  /** False for the island firms and their partners: nobody else may name them. */
  reachable: boolean;
}

interface Institution {
  kind: 'knowledge' | 'government' | 'intermediary';
  serial: number;
  id: string;
  label: string;
  place: Place;
  spec: InstitutionSpec;
}

type Actor = Firm | Institution;

interface Relation {
  source: Actor;
  target: Actor;
  kind: RelationKind;
  strength: number;
  directed: boolean;
  /** The year the tie began (ties of the 2023 wave) or a year before 2019 (ties that lapsed). */
  since: number;
  /** The waves that named it. */
  waves: Wave[];
  /** Contact frequency named in 2019, for a tie named in both waves. */
  earlierStrength: number;
  reporter: Firm;
}

interface Network {
  respondents: Firm[];
  partners: Firm[];
  institutions: Institution[];
  relations: Relation[];
  /** Pairs already joined by a relation: a respondent names each partner once. */
  tiedPairs: Set<string>;
  /** Reachable firms by region and sector: where a partner of a given kind is looked for. */
  firmsByBucket: Map<string, Firm[]>;
  names: NameMaker;
  nextSerial: number;
}

function pairKey(a: Actor, b: Actor): string {
  return a.serial < b.serial ? `${a.serial}|${b.serial}` : `${b.serial}|${a.serial}`;
}

function isTied(network: Network, a: Actor, b: Actor): boolean {
  return network.tiedPairs.has(pairKey(a, b));
}

function bucketKey(regionName: string, sector: SectorCode): string {
  return `${regionName}|${sector}`;
}

function addToBucket(network: Network, firm: Firm): void {
  const key = bucketKey(firm.place.region.name, firm.sector);
  const bucket = network.firmsByBucket.get(key);
  if (bucket) bucket.push(firm);
  else network.firmsByBucket.set(key, [firm]);
}

function sizeOf(firm: Firm): SizeClass {
  return sizeClassOf(firm.employees);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Contact frequency by relation kind, weights for strength 1 (rarer) … 5 (daily). */
const STRENGTH_WEIGHTS: Record<RelationKind, readonly number[]> = {
  supply: [0.05, 0.15, 0.35, 0.35, 0.1],
  knowledge: [0.12, 0.35, 0.35, 0.15, 0.03],
  cooperation: [0.08, 0.22, 0.4, 0.25, 0.05],
  government: [0.27, 0.55, 0.15, 0.03, 0],
  intermediary: [0.2, 0.45, 0.3, 0.05, 0],
  competitor: [0.45, 0.4, 0.15, 0, 0],
  ownership: [0, 0, 0.25, 0.45, 0.3],
  other: [0.2, 0.4, 0.3, 0.1, 0],
};
const STRENGTHS = [1, 2, 3, 4, 5] as const;

function drawStrength(kind: RelationKind, rng: SeededRandom): number {
  return rng.weightedPick(STRENGTHS, (_, index) => STRENGTH_WEIGHTS[kind][index]);
}

function drawSince(rng: SeededRandom): number {
  return rng.weightedPick(SINCE_YEARS, (_, index) => SINCE_WEIGHTS[index]);
}

function addRelation(
  network: Network,
  rng: SeededRandom,
  reporter: Firm,
  source: Actor,
  target: Actor,
  kind: RelationKind,
  strength?: number,
): Relation {
  if (source === target) throw new Error(`Self-loop on ${source.label}`);
  const drawn = strength ?? drawStrength(kind, rng);
  const relation: Relation = {
    source,
    target,
    kind,
    strength: drawn,
    directed: DIRECTED_BY_DEFAULT.has(kind),
    since: drawSince(rng),
    waves: [2023],
    earlierStrength: drawn,
    reporter,
  };
  network.relations.push(relation);
  network.tiedPairs.add(pairKey(source, target));
  for (const end of [source, target]) if (end.kind === 'firm' && end !== reporter) end.mentions++;
  return relation;
}

// ---------------------------------------------------------------------------------------------
// Firm names: invented, in the language of the place
// ---------------------------------------------------------------------------------------------

interface NameMaker {
  reserve(label: string): void;
  firm(sector: SectorCode, size: SizeClass, place: Place): string;
}

type WordGroup = 'nl' | 'de' | 'fr' | 'en';

const WORD_GROUP: Record<Language, WordGroup> = {
  nl: 'nl',
  'nl-BE': 'nl',
  fr: 'fr',
  'fr-FR': 'fr',
  de: 'de',
  'de-BE': 'de',
  'de-CH': 'de',
  'en-US': 'en',
  'en-GB': 'en',
  zh: 'en',
  it: 'en',
  pl: 'en',
};

const SURNAMES: Record<Language, string[]> = {
  nl: words(`Janssen, Hendriks, Smeets, Willems, Bongers, Coenen, Geurts, Hermans, Lemmens, Meertens,
    Nijsten, Ramakers, Schreurs, Thijssen, Vaessen, Wetzels, Van den Berg, Van der Linden, Kurvers, Dassen,
    Frissen, Pluijmen, Brouns, Heijnen, Crijns, Bemelmans, Van Loon, Verheijen, Ubachs, Kessels, Goossens, Debets`),
  'nl-BE':
    words(`Janssens, Peeters, Maes, Claes, Vanderheyden, Bollen, Vandeweyer, Schepers, Vanhees, Lenaerts,
    Thys, Gielen, Ceyssens, Vrancken, Cuppens, Droogmans, Reynders, Moors, Vanoppen, Wouters, Nulens, Bervoets,
    Daenen, Geebelen, Op de Beeck, Stijnen`),
  fr: words(`Dubois, Lambert, Lejeune, Renard, Collard, Henrard, Lemaire, Delhez, Gérard, Wéry, Dethier, Piron,
    Leclercq, Defraigne, Jacquemin, Lhoest, Bodson, Closset, Crahay, Fraipont, Grégoire, Thiry, Noël, Massart`),
  de: words(`Müller, Schmitz, Becker, Hoffmann, Schröder, Krüger, Weiß, Jansen, Offermann, Kohnen, Bündgens,
    Schäfer, Lennartz, Heinrichs, Kloeters, Hülsmann, Dohmen, Kreutzer, Frohn, Görtz, Vieten, Nießen, Lauscher, Reiners`),
  'de-BE': words('Mreyen, Kessler, Heinen, Zimmermann, Cormann, Gennen, Radermacher, Löfgen'),
  'de-CH': words('Meier, Keller, Brunner, Baumann, Frei, Gerber, Zürcher, Büchi'),
  'fr-FR': words('Martin, Bernard, Moreau, Laurent, Girard, Roux, Fournier, Lefèvre, Mercier, Chevalier'),
  'en-US': [],
  'en-GB': [],
  zh: [],
  it: words('Rossi, Bianchi, Colombo, Galli, Fontana, Marchetti, Brambilla, Sala, Longoni, Cattaneo'),
  pl: words('Nowak, Kowalski, Wiśniewski, Wójcik, Zieliński, Kamiński, Lewandowski, Dąbrowski'),
};

/** Brand words for names that are not built from a family name. */
const BRAND_WORDS = {
  en: words(`Keystone, Bayview, Northfield, Cobalt, Summit, Redwood, Harbor, Lakeside, Granite, Pioneer, Beacon,
    Silverline, Crescent, Ironbridge, Meridian, Westbrook`),
  zh: words(
    'Huaxin, Jinlong, Tianrui, Hengtai, Boyuan, Xinda, Kaili, Ruifeng, Zhongke, Yongsheng, Haoyu, Dexin',
  ),
};

/** Rivers, hills and old names of the region make the invented brand names ("Mosatec", "Öcherplast"). */
const COINED_ROOTS: Record<WordGroup, string[]> = {
  nl: words('Mosa, Maas, Roer, Geul, Jeker, Kempen, Demer, Mergel, Peel, Heuvel, Limbu, Niers'),
  de: words('Wurm, Inde, Rur, Eifel, Aix, Vaals, Grenz, Öcher'),
  fr: words('Mosa, Vesdre, Ourthe, Ardenne, Meuse, Condroz, Herve, Amblève'),
  en: words('Nova, Vertex, Helix, Quanta, Lumen, Axion, Strata, Vector'),
};

const COINED_ENDINGS: Record<NameFamily, string[]> = {
  tech: ['tec', 'tronic', 'sense', 'matic', 'motion', 'optix'],
  chem: ['chem', 'plast', 'mat', 'poly', 'coat'],
  bio: ['bio', 'gen', 'med', 'pharm', 'cure', 'thera'],
  soft: ['soft', 'data', 'ware', 'bits', 'logic'],
  food: ['food', 'fresh', 'garden'],
  logistics: ['trans', 'log', 'cargo', 'move'],
  metal: ['metal', 'steel', 'form', 'weld'],
  trade: ['trade', 'supply', 'mart'],
  plain: ['pro', 'tec', 'line'],
};

/** Words that follow a family name: "Smeets Metaaltechniek", "Müller Kunststofftechnik". */
const TRADE_WORDS: Record<WordGroup, Record<SectorCode, string[]>> = {
  nl: {
    A01: ['Tuinbouw', 'Champignons', 'Asperges'],
    C10: ['Vleeswaren', 'Zuivel', 'Foods', 'Specialiteiten'],
    C17: ['Papier', 'Verpakkingen'],
    C20: ['Chemie', 'Coatings', 'Specialty Chemicals'],
    C21: ['Pharma', 'Biotech', 'Life Sciences'],
    C22: ['Kunststoffen', 'Spuitgietwerk', 'Polymeren'],
    C23: ['Glas', 'Keramiek'],
    C24: ['Staal', 'Metalen'],
    C25: ['Metaaltechniek', 'Plaatwerk', 'Staalbouw', 'Metaalbewerking'],
    C26: ['Elektronica', 'Photonics', 'Sensoren'],
    C27: ['Elektrotechniek', 'Schakeltechniek'],
    C28: ['Machinebouw', 'Precisie', 'Automatisering'],
    C29: ['Automotive', 'Carrosseriebouw'],
    G46: ['Trading', 'Groothandel', 'Import'],
    H49: ['Transport', 'Koeriers', 'Expeditie'],
    H52: ['Logistiek', 'Distributie', 'Warehousing'],
    J62: ['Software', 'IT', 'Data Solutions', 'Digital'],
    M71: ['Engineering', 'Ingenieurs'],
    M72: ['Research', 'Innovations', 'Labs'],
  },
  de: {
    A01: ['Gartenbau', 'Pflanzen'],
    C10: ['Backwaren', 'Feinkost', 'Fleischwaren', 'Lebensmittel'],
    C17: ['Papier', 'Verpackungen'],
    C20: ['Chemie', 'Spezialchemie', 'Beschichtungen'],
    C21: ['Pharma', 'Biotech'],
    C22: ['Kunststofftechnik', 'Kunststoffverarbeitung', 'Spritzguss'],
    C23: ['Glastechnik', 'Keramik'],
    C24: ['Stahl', 'Metallhütte'],
    C25: ['Stahlbau', 'Blechbearbeitung', 'Metallbau', 'Präzisionsteile', 'Feinmechanik'],
    C26: ['Elektronik', 'Lasertechnik', 'Optik', 'Sensorik'],
    C27: ['Elektrotechnik', 'Schaltanlagen'],
    C28: ['Maschinenbau', 'Präzisionstechnik', 'Anlagenbau', 'Automatisierung'],
    C29: ['Fahrzeugtechnik', 'Automotive'],
    G46: ['Großhandel', 'Handelsgesellschaft'],
    H49: ['Transporte', 'Logistik'],
    H52: ['Logistik', 'Lagerlogistik'],
    J62: ['Software', 'Systemhaus', 'IT-Lösungen', 'Informatik'],
    M71: ['Engineering', 'Ingenieurgesellschaft'],
    M72: ['Forschung', 'Entwicklung', 'Labor'],
  },
  fr: {
    A01: ['Horticulture', 'Pépinières'],
    C10: ['Produits Alimentaires', 'Salaisons', 'Fromages'],
    C17: ['Papeterie', 'Emballages'],
    C20: ['Chimie', 'Revêtements'],
    C21: ['Pharma', 'Biotech'],
    C22: ['Plastiques', 'Polymères'],
    C23: ['Verrerie', 'Céramiques'],
    C24: ['Métaux', 'Aciers'],
    C25: ['Mécanique', 'Chaudronnerie', 'Tôlerie'],
    C26: ['Électronique', 'Optique', 'Photonique'],
    C27: ['Électricité Industrielle', 'Équipements Électriques'],
    C28: ['Machines', 'Automation', 'Constructions Mécaniques'],
    C29: ['Automobile', 'Carrosserie'],
    G46: ['Négoce', 'Distribution'],
    H49: ['Transports'],
    H52: ['Logistique', 'Entreposage'],
    J62: ['Informatique', 'Logiciels', 'Digital'],
    M71: ['Ingénierie', 'Études Techniques'],
    M72: ['Recherche', 'Innovation', 'Laboratoires'],
  },
  en: {
    A01: ['Growers', 'Greenhouses'],
    C10: ['Foods', 'Ingredients'],
    C17: ['Paper', 'Packaging'],
    C20: ['Chemicals', 'Materials', 'Coatings'],
    C21: ['Therapeutics', 'Biosciences', 'Pharma'],
    C22: ['Polymers', 'Plastics'],
    C23: ['Glass', 'Ceramics'],
    C24: ['Metals', 'Steel'],
    C25: ['Metalworks', 'Fabrication'],
    C26: ['Photonics', 'Electronics', 'Sensors', 'Instruments'],
    C27: ['Electric', 'Power Systems'],
    C28: ['Machinery', 'Robotics', 'Automation'],
    C29: ['Automotive', 'Mobility'],
    G46: ['Trading', 'Supply'],
    H49: ['Freight', 'Haulage'],
    H52: ['Logistics', 'Fulfilment'],
    J62: ['Software', 'Analytics', 'Data'],
    M71: ['Engineering'],
    M72: ['Research', 'Labs', 'Innovations'],
  },
};

/** Words that come before a family name: "Transportbedrijf Kurvers", "Spedition Krüger". */
const FRONT_WORDS: Record<'nl' | 'de' | 'fr', Partial<Record<SectorCode, string[]>>> = {
  nl: {
    A01: ['Kwekerij'],
    C10: ['Bakkerij', 'Vleesfabriek'],
    C17: ['Papierfabriek'],
    C25: ['Metaalbedrijf'],
    C28: ['Machinefabriek'],
    G46: ['Groothandel', 'Handelsonderneming'],
    H49: ['Transportbedrijf'],
    M71: ['Ingenieursbureau'],
  },
  de: {
    A01: ['Gärtnerei'],
    C10: ['Bäckerei', 'Fleischerei'],
    C17: ['Papierfabrik'],
    C24: ['Gießerei'],
    C25: ['Metallbau'],
    C28: ['Maschinenfabrik'],
    G46: ['Großhandel'],
    H49: ['Spedition'],
    M71: ['Ingenieurbüro'],
  },
  fr: {
    C10: ['Boulangerie', 'Fromagerie', 'Biscuiterie'],
    C23: ['Verrerie'],
    C24: ['Fonderie'],
    C25: ['Ateliers'],
    C28: ['Ateliers', 'Constructions'],
    G46: ['Comptoir'],
    H49: ['Transports'],
    M71: ["Bureau d'Études"],
  },
};

/** "Société Liégeoise de Métaux": the noun by sector, the adjective by town. */
const SOCIETE_NOUNS: Partial<Record<SectorCode, string>> = {
  C10: 'Produits Alimentaires',
  C20: 'Produits Chimiques',
  C22: 'Plastiques',
  C23: 'Verrerie',
  C24: 'Métaux',
  C25: 'Mécanique',
  C28: 'Constructions Mécaniques',
  G46: 'Négoce',
  H49: 'Transports',
  H52: 'Logistique',
};
const TOWN_ADJECTIVES: Record<string, string[]> = {
  Brussels: ['Bruxelloise', 'Belge'],
  Namur: ['Namuroise', 'Mosane'],
  Liège: ['Liégeoise', 'Mosane'],
  Seraing: ['Liégeoise', 'Mosane'],
  Herstal: ['Liégeoise', 'Mosane'],
  Verviers: ['Verviétoise'],
  Paris: ['Parisienne'],
  Lyon: ['Lyonnaise'],
  Grenoble: ['Dauphinoise'],
  Lille: ['Lilloise'],
};

const ITALIAN_WORDS: Partial<Record<SectorCode, string>> = {
  C10: 'Alimentari',
  C20: 'Chimica',
  C22: 'Plastica',
  C24: 'Acciai',
  C25: 'Meccanica',
  C26: 'Elettronica',
  C27: 'Elettromeccanica',
  C28: 'Macchine',
  C29: 'Componenti',
  G46: 'Commercio',
  H49: 'Trasporti',
};
const POLISH_WORDS: Partial<Record<SectorCode, string>> = {
  C20: 'Chemia',
  C22: 'Plast',
  C24: 'Stal',
  C25: 'Metal',
  C26: 'Elektronika',
  C28: 'Maszyny',
  C29: 'Auto',
  G46: 'Handel',
  H49: 'Trans',
};

const FAMILY_BUSINESS_WORD = { nl: 'Zonen', de: 'Söhne', fr: 'Fils' } as const;

function legalForm(language: Language, size: SizeClass, rng: SeededRandom): string {
  const small = size === 'micro' || size === 'small';
  switch (language) {
    case 'nl':
      return size === 'micro' && rng.chance(0.25) ? 'V.O.F.' : 'B.V.';
    case 'nl-BE':
      return small ? 'BV' : 'NV';
    case 'fr':
      return small ? 'SRL' : 'SA';
    case 'de':
      if (size === 'micro') return rng.chance(0.4) ? 'e.K.' : 'GmbH';
      if (size === 'large') return rng.pick(['AG', 'GmbH', 'GmbH & Co. KG']);
      return rng.chance(0.25) ? 'GmbH & Co. KG' : 'GmbH';
    case 'de-BE':
      return small ? 'PGmbH' : 'AG';
    case 'de-CH':
      return 'AG';
    case 'fr-FR':
      return size === 'large' ? 'SA' : 'SAS';
    case 'en-US':
      return rng.chance(0.6) ? 'Inc.' : 'LLC';
    case 'en-GB':
      return 'Ltd';
    case 'zh':
      return 'Co., Ltd.';
    case 'it':
      return small ? 'S.r.l.' : 'S.p.A.';
    case 'pl':
      return 'Sp. z o.o.';
  }
}

function createNameMaker(rng: SeededRandom): NameMaker {
  const used = new Set<string>();

  function coined(group: WordGroup, sector: SectorCode): string {
    const name = rng.pick(COINED_ROOTS[group]) + rng.pick(COINED_ENDINGS[SECTORS[sector].family]);
    return rng.chance(0.4) ? `${name} ${rng.pick(TRADE_WORDS.en[sector])}` : name;
  }

  /** Names in the border region's own languages: family firms, trade names and brands. */
  function regionalName(
    language: 'nl' | 'nl-BE' | 'de' | 'de-BE' | 'fr',
    sector: SectorCode,
    place: Place,
  ): string {
    const group = WORD_GROUP[language] as 'nl' | 'de' | 'fr';
    const surnames = language === 'de-BE' ? [...SURNAMES['de-BE'], ...SURNAMES.de] : SURNAMES[language];
    const frontWords = FRONT_WORDS[group][sector] ?? [];
    const societeNoun = group === 'fr' ? SOCIETE_NOUNS[sector] : undefined;
    const family = SECTORS[sector].family;
    const highTech = family === 'tech' || family === 'chem' || family === 'bio' || family === 'soft';
    // Life-science and research firms get brand names: family names there collide with famous companies.
    if (sector === 'C21' || sector === 'M72') return coined(group, sector);
    const patterns: { pattern: string; weight: number }[] = [
      { pattern: 'coined', weight: highTech ? 0.45 : 0.15 },
      { pattern: 'surname-trade', weight: 0.4 },
      { pattern: 'front-surname', weight: frontWords.length > 0 ? (highTech ? 0.1 : 0.25) : 0 },
      { pattern: 'family', weight: highTech ? 0.03 : 0.15 },
      { pattern: 'societe', weight: societeNoun ? 0.15 : 0 },
    ];
    const surname = rng.pick(surnames);
    switch (rng.weightedPick(patterns, (each) => each.weight).pattern) {
      case 'coined':
        return coined(group, sector);
      case 'front-surname':
        return `${rng.pick(frontWords)} ${surname}`;
      case 'family':
        return `${surname} & ${FAMILY_BUSINESS_WORD[group]}`;
      case 'societe': {
        const adjectives = TOWN_ADJECTIVES[place.town.name] ?? ['Mosane', 'Wallonne'];
        return `Société ${rng.pick(adjectives)} de ${societeNoun}`;
      }
      default:
        return `${surname} ${rng.pick(TRADE_WORDS[group][sector])}`;
    }
  }

  function compose(sector: SectorCode, size: SizeClass, place: Place): string {
    const language = place.town.language ?? place.region.language;
    let core: string;
    switch (language) {
      case 'nl':
      case 'nl-BE':
      case 'de':
      case 'de-BE':
      case 'fr':
        core = regionalName(language, sector, place);
        break;
      case 'de-CH':
        core = rng.chance(0.5)
          ? `${rng.pick(SURNAMES['de-CH'])} ${rng.pick(TRADE_WORDS.de[sector])}`
          : coined('de', sector);
        break;
      case 'fr-FR': {
        const noun = SOCIETE_NOUNS[sector];
        const adjectives = TOWN_ADJECTIVES[place.town.name] ?? ['Française'];
        core =
          noun && rng.chance(0.35)
            ? `Société ${rng.pick(adjectives)} de ${noun}`
            : `${rng.pick(SURNAMES['fr-FR'])} ${rng.pick(TRADE_WORDS.fr[sector])}`;
        break;
      }
      case 'en-US':
      case 'en-GB':
        core = `${rng.pick(BRAND_WORDS.en)} ${rng.pick(TRADE_WORDS.en[sector])}`;
        break;
      case 'zh':
        core = `${place.town.name} ${rng.pick(BRAND_WORDS.zh)} ${rng.pick(TRADE_WORDS.en[sector])}`;
        break;
      case 'it':
        core = `${ITALIAN_WORDS[sector] ?? 'Industrie'} ${rng.pick(SURNAMES.it)}`;
        break;
      case 'pl':
        core = `${rng.pick(SURNAMES.pl)} ${POLISH_WORDS[sector] ?? 'Produkcja'}`;
        break;
    }
    return `${core} ${legalForm(language, size, rng)}`;
  }

  return {
    reserve(label) {
      used.add(label);
    },
    firm(sector, size, place) {
      // Labels must be unique: files without an id column use the name as the id.
      for (let attempt = 0; attempt < 40; attempt++) {
        const label = compose(sector, size, place);
        if (!used.has(label)) {
          used.add(label);
          return label;
        }
      }
      const label = `${compose(sector, size, place)} (${place.town.name})`;
      if (used.has(label)) throw new Error(`Could not find a free firm name in ${place.town.name}`);
      used.add(label);
      return label;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Creating actors
// ---------------------------------------------------------------------------------------------

function createNetwork(rng: SeededRandom): Network {
  const network: Network = {
    respondents: [],
    partners: [],
    institutions: [],
    relations: [],
    tiedPairs: new Set(),
    firmsByBucket: new Map(),
    names: createNameMaker(rng.fork('names')),
    nextSerial: 0,
  };
  const groups: [Institution['kind'], InstitutionSpec[]][] = [
    ['knowledge', KNOWLEDGE_INSTITUTIONS],
    ['government', GOVERNMENTS],
    ['intermediary', INTERMEDIARIES],
  ];
  for (const [kind, specs] of groups) {
    for (const spec of specs) {
      const home = regionNamed(spec.region);
      network.names.reserve(spec.label);
      network.institutions.push({
        kind,
        serial: network.nextSerial++,
        id: '',
        label: spec.label,
        // Institutions sit at their own address, not at a jittered town centre.
        place: { region: home, town: home.towns[0], coordinates: { lat: spec.lat, lon: spec.lon } },
        spec,
      });
    }
  }
  return network;
}

/** A town of the region (sector towns preferred) and an address jittered by a kilometre or two. */
function placeIn(home: Region, sector: SectorCode, rng: SeededRandom, addressKnownProbability = 1): Place {
  const sectorTowns = SECTOR_TOWNS[sector] ?? [];
  const chosen = rng.weightedPick(
    home.towns,
    (each) => each.weight * (sectorTowns.includes(each.name) ? SECTOR_TOWN_BOOST : 1),
  );
  const lat = chosen.lat + rng.normal(0, 0.012);
  const lon = chosen.lon + rng.normal(0, 0.018);
  return {
    region: home,
    town: chosen,
    coordinates: rng.chance(addressKnownProbability) ? { lat, lon } : null,
  };
}

/** Head counts are log-normal: many micro and small firms, a long tail of large ones. */
function drawEmployees(median: number, spread: number, rng: SeededRandom): number {
  return Math.max(1, Math.round(Math.exp(rng.normal(Math.log(median), spread))));
}

function createRespondents(network: Network, rng: SeededRandom): void {
  const drafted: Firm[] = [];
  for (const home of BORDER_REGIONS) {
    for (let count = 0; count < home.respondents; count++) {
      const [sector] = rng.weightedPick(home.sectorMix, ([, weight]) => weight);
      const place = placeIn(home, sector, rng);
      const employees = drawEmployees(SECTORS[sector].medianEmployees, 1.2, rng);
      drafted.push({
        kind: 'firm',
        serial: network.nextSerial++,
        id: '',
        label: network.names.firm(sector, sizeClassOf(employees), place),
        place,
        sector,
        sectorKnown: true,
        employees,
        sizeKnown: true,
        respondent: true,
        frontier: false,
        role: 'ordinary',
        // Estimated R&D spend: head count × sector intensity × a firm's own taste for research.
        rdSpend: employees * SECTORS[sector].rdIntensity * Math.exp(rng.normal(0, 0.7)),
        mentions: 0,
        reachable: true,
      });
    }
  }
  // Shuffled before numbering, so that an id says nothing about region or sector.
  network.respondents = rng.shuffle(drafted);
  network.respondents.forEach((firm, index) => {
    firm.id = `F${String(index + 1).padStart(3, '0')}`;
    addToBucket(network, firm);
  });
}

interface PartnerOptions {
  reachable?: boolean;
  employees?: number;
}

/** A firm that a respondent named and that did not answer the survey itself. */
function createPartnerFirm(
  network: Network,
  home: Region,
  sector: SectorCode,
  rng: SeededRandom,
  options: PartnerOptions = {},
): Firm {
  // Partners named from far away tend to be bigger: small firms rarely trade across an ocean.
  const median = home.zone === 'border' ? 25 : home.zone === 'national' ? 60 : 250;
  const employees = options.employees ?? drawEmployees(median, 1.5, rng);
  const place = placeIn(home, sector, rng, home.zone === 'abroad' ? 0.9 : 0.97);
  const firm: Firm = {
    kind: 'firm',
    serial: network.nextSerial++,
    id: `P${String(network.partners.length + 1).padStart(4, '0')}`,
    label: network.names.firm(sector, sizeClassOf(employees), place),
    place,
    sector,
    sectorKnown: rng.chance(0.96),
    employees,
    sizeKnown: options.employees !== undefined || rng.chance(home.zone === 'abroad' ? 0.6 : 0.8),
    respondent: false,
    frontier: false,
    role: 'partner',
    rdSpend: 0,
    mentions: 0,
    reachable: options.reachable ?? true,
  };
  network.partners.push(firm);
  if (firm.reachable) addToBucket(network, firm);
  return firm;
}

// ---------------------------------------------------------------------------------------------
// Roles: frontier, gatekeepers, detached firms, brokers, islands
// ---------------------------------------------------------------------------------------------

function byResearchSpend(a: Firm, b: Firm): number {
  return b.rdSpend - a.rdSpend || a.serial - b.serial;
}

function assignRoles(respondents: Firm[], rng: SeededRandom): void {
  // Frontier firms are the top R&D spenders of the survey.
  for (const firm of [...respondents].sort(byResearchSpend).slice(0, FRONTIER_COUNT)) firm.frontier = true;

  // A gatekeeper has the knowledge base to absorb outside knowledge: the largest research
  // spender of its region among research-intensive firms, medium and large ones first. Frontier
  // firms are left out so that the two roles can be told apart in the analysis.
  const sizeable = (firm: Firm) => (sizeOf(firm) === 'medium' || sizeOf(firm) === 'large' ? 1 : 0);
  for (const regionName of GATEKEEPER_REGIONS) {
    const candidates = respondents
      .filter((firm) => firm.place.region.name === regionName && RESEARCH_INTENSIVE.has(firm.sector))
      .filter((firm) => !firm.frontier)
      .sort((a, b) => sizeable(b) - sizeable(a) || byResearchSpend(a, b));
    if (candidates.length === 0) throw new Error(`No gatekeeper candidate in ${regionName}`);
    candidates[0].role = 'gatekeeper';
  }

  const ordinary = (firm: Firm) => firm.role === 'ordinary' && !firm.frontier;

  // Detached firms: small research-intensive firms tied to one foreign partner, one per region.
  takeFromDistinctRegions(
    rng.shuffle(respondents.filter((firm) => ordinary(firm) && RESEARCH_INTENSIVE.has(firm.sector))),
    DETACHED_COUNT,
    (firm) => sizeOf(firm) === 'small' || sizeOf(firm) === 'medium',
  ).forEach((firm) => {
    firm.role = 'detached';
  });

  // Brokers: service and equipment firms that work across the whole border region.
  const brokerSectors = new Set<SectorCode>(['G46', 'H49', 'H52', 'M71', 'J62', 'C28']);
  rng
    .shuffle(
      respondents.filter(
        (firm) => ordinary(firm) && brokerSectors.has(firm.sector) && sizeOf(firm) !== 'micro',
      ),
    )
    .slice(0, BROKER_COUNT)
    .forEach((firm) => {
      firm.role = 'broker';
    });

  // Islands: small traditional firms whose partners nobody else named.
  const islandSectors = new Set<SectorCode>(['C10', 'A01', 'C25', 'H49', 'G46']);
  const islandCandidates = rng.shuffle(
    respondents.filter(
      (firm) =>
        ordinary(firm) &&
        islandSectors.has(firm.sector) &&
        (sizeOf(firm) === 'micro' || sizeOf(firm) === 'small'),
    ),
  );
  const solitary = takeFromDistinctRegions(islandCandidates, SOLITARY_ISLAND_COUNT, () => true);
  for (const firm of solitary) firm.role = 'island';
  const [first, ...rest] = islandCandidates.filter((firm) => firm.role === 'ordinary');
  const second = rest.find((firm) => firm.place.region === first.place.region);
  if (!second) throw new Error('No pair of island firms in one region');
  first.role = 'island';
  second.role = 'island';
  for (const firm of [...solitary, first, second]) firm.reachable = false;
}

function takeFromDistinctRegions(candidates: Firm[], count: number, accept: (firm: Firm) => boolean): Firm[] {
  const taken: Firm[] = [];
  const regionsTaken = new Set<string>();
  for (const firm of candidates) {
    if (taken.length === count) break;
    if (regionsTaken.has(firm.place.region.name) || !accept(firm)) continue;
    taken.push(firm);
    regionsTaken.add(firm.place.region.name);
  }
  if (taken.length < count)
    throw new Error(`Only ${taken.length} of ${count} firms found in distinct regions`);
  return taken;
}

// ---------------------------------------------------------------------------------------------
// Choosing partners
// ---------------------------------------------------------------------------------------------

type BusinessRole = 'supplier' | 'client' | 'cooperation' | 'knowledge-firm' | 'competitor';
type SlotRole = BusinessRole | 'knowledge-institution' | 'government' | 'intermediary';
type PlaceRule = 'anywhere' | 'own-region' | 'elsewhere-in-border' | 'abroad';

interface Slot {
  role: SlotRole;
  place: PlaceRule;
  /** Fixed contact frequency, where the design needs one (a gatekeeper's strong foreign ties). */
  strength?: number;
}

/** Chance that a business partner is abroad, before scaling by the respondent's size. */
const ABROAD_SHARE: Record<BusinessRole, number> = {
  supplier: 0.07,
  client: 0.1,
  cooperation: 0.03,
  'knowledge-firm': 0.05,
  competitor: 0.02,
};
const ABROAD_BY_SIZE: Record<SizeClass, number> = { micro: 0.5, small: 0.8, medium: 1.3, large: 2 };
/** Distance decay (km) by role: goods travel further than joint projects. */
const DISTANCE_SCALE_KM: Record<BusinessRole, number> = {
  supplier: 55,
  client: 60,
  cooperation: 35,
  'knowledge-firm': 40,
  competitor: 30,
};
/** The border still costs: same distance, fewer ties across it. */
const CROSS_BORDER_FACTOR = 0.45;
const OWN_REGION_BOOST = 2.5;
/** Concentration of partner choice: lower means more shared partners, fewer new names. */
const NEW_PARTNER_PROPENSITY: Record<BusinessRole, number> = {
  supplier: 0.6,
  client: 0.6,
  cooperation: 0.5,
  'knowledge-firm': 0.5,
  competitor: 0.4,
};

function choosePartnerRegion(ego: Firm, role: BusinessRole, rule: PlaceRule, rng: SeededRandom): Region {
  const home = ego.place.region;
  switch (rule) {
    case 'own-region':
      return home;
    case 'abroad':
      return rng.weightedPick(ABROAD_REGIONS, (each) => each.mass);
    case 'elsewhere-in-border':
      return rng.weightedPick(
        BORDER_REGIONS.filter((each) => each !== home),
        (each) => each.mass,
      );
    case 'anywhere': {
      if (rng.chance(ABROAD_SHARE[role] * ABROAD_BY_SIZE[sizeOf(ego)])) {
        return rng.weightedPick(ABROAD_REGIONS, (each) => each.mass);
      }
      return rng.weightedPick(DOMESTIC_REGIONS, (each) => {
        const decay = Math.exp(-distanceKm(home.centre, each.centre) / DISTANCE_SCALE_KM[role]);
        const border = each.country === home.country ? 1 : CROSS_BORDER_FACTOR;
        return each.mass * decay * border * (each === home ? OWN_REGION_BOOST : 1);
      });
    }
  }
}

function choosePartnerSector(sector: SectorCode, role: BusinessRole, rng: SeededRandom): SectorCode {
  const spec = SECTORS[sector];
  switch (role) {
    case 'supplier':
      return rng.pick(spec.suppliers);
    case 'client':
      return rng.pick(spec.clients);
    case 'competitor':
      return sector;
    case 'cooperation':
      return rng.chance(0.5) ? sector : rng.pick([...spec.suppliers, ...spec.clients, 'M72', 'M71', 'J62']);
    case 'knowledge-firm': {
      const sources: [SectorCode, number][] = [
        [sector, 1],
        ['M72', 3],
        ['M71', 2],
        ['J62', 1.5],
        ['C26', 0.5],
      ];
      return rng.weightedPick(sources, ([, weight]) => weight)[0];
    }
  }
}

function isAvailableTo(network: Network, ego: Firm, candidate: Firm): boolean {
  return candidate !== ego && candidate.reachable && !isTied(network, ego, candidate);
}

/** How attractive a firm is as a partner: popularity, plus the roles planted on purpose. */
function appeal(firm: Firm): number {
  let weight = firm.respondent ? 1 + firm.mentions : firm.mentions;
  if (firm.frontier) weight *= 3;
  if (firm.role === 'gatekeeper') weight *= 2;
  // Detached firms are rarely named by firms of the region: that is what detached means.
  if (firm.role === 'detached') weight *= 0.1;
  return weight;
}

/**
 * Firms looking for a cooperation or knowledge partner turn now and then to the regional
 * gatekeeper or to a frontier firm nearby: that is how outside knowledge circulates locally.
 */
function chooseKnowledgeHub(network: Network, ego: Firm, rng: SeededRandom): Firm | undefined {
  if (rng.chance(GATEKEEPER_PULL)) {
    const gatekeepers = network.respondents.filter(
      (firm) =>
        firm.role === 'gatekeeper' &&
        firm.place.region === ego.place.region &&
        isAvailableTo(network, ego, firm),
    );
    if (gatekeepers.length > 0) return rng.pick(gatekeepers);
  }
  if (rng.chance(FRONTIER_PULL) && ego.place.coordinates) {
    const egoPoint = ego.place.coordinates;
    const frontier = network.respondents.filter(
      (firm) =>
        firm.frontier &&
        firm.place.coordinates !== null &&
        distanceKm(egoPoint, firm.place.coordinates) <= FRONTIER_REACH_KM &&
        isAvailableTo(network, ego, firm),
    );
    if (frontier.length > 0) return rng.pick(frontier);
  }
  return undefined;
}

/**
 * A business partner: an existing firm of the right region and sector, more likely the more
 * often it was named already (a Chinese-restaurant process), or else a newly named firm.
 */
function chooseBusinessPartner(
  network: Network,
  ego: Firm,
  role: BusinessRole,
  rule: PlaceRule,
  rng: SeededRandom,
): Firm {
  if (
    rule === 'anywhere' &&
    (role === 'cooperation' || role === 'knowledge-firm') &&
    ego.role === 'ordinary'
  ) {
    const hub = chooseKnowledgeHub(network, ego, rng);
    if (hub) return hub;
  }
  const home = choosePartnerRegion(ego, role, rule, rng);
  const sector = choosePartnerSector(ego.sector, role, rng);
  const candidates = (network.firmsByBucket.get(bucketKey(home.name, sector)) ?? []).filter((firm) =>
    isAvailableTo(network, ego, firm),
  );
  const total = candidates.reduce((sum, firm) => sum + appeal(firm), 0);
  if (total > 0 && rng.chance(total / (total + NEW_PARTNER_PROPENSITY[role]))) {
    return rng.weightedPick(candidates, appeal);
  }
  return createPartnerFirm(network, home, sector, rng);
}

const INSTITUTION_FIT: Record<SizeClass, Partial<Record<InstitutionType, number>>> = {
  // Micro firms find vocational schools and universities of applied sciences; large firms universities.
  micro: { 'vocational-school': 2.5, 'applied-university': 1.5, university: 0.5, 'research-institute': 0.5 },
  small: { 'vocational-school': 1.5, 'applied-university': 1.5, university: 0.8, 'research-institute': 0.8 },
  medium: { 'vocational-school': 0.6, 'applied-university': 1, university: 1.2, 'research-institute': 1.2 },
  large: { 'vocational-school': 0.3, 'applied-university': 0.8, university: 1.5, 'research-institute': 1.5 },
};

function focusFactor(institution: Institution, sector: SectorCode): number {
  const { focus } = institution.spec;
  if (focus.length === 0) return 1;
  return focus.includes(sector) ? 3 : 0.3;
}

function chooseKnowledgeInstitution(
  network: Network,
  ego: Firm,
  rule: PlaceRule,
  rng: SeededRandom,
): Institution | undefined {
  const open = network.institutions.filter(
    (institution) => institution.kind === 'knowledge' && !isTied(network, ego, institution),
  );
  if (rule === 'abroad') {
    const foreign = open.filter((institution) => institution.place.region.zone === 'abroad');
    if (foreign.length === 0) return undefined;
    return rng.weightedPick(
      foreign,
      (institution) => institution.spec.weight * focusFactor(institution, ego.sector),
    );
  }
  const domestic = open.filter((institution) => institution.place.region.zone !== 'abroad');
  const local = domestic.filter((institution) => institution.place.region === ego.place.region);
  const pool = rule === 'own-region' && local.length > 0 ? local : domestic;
  if (pool.length === 0) return undefined;
  const egoPoint = ego.place.coordinates ?? ego.place.town;
  return rng.weightedPick(pool, (institution) => {
    const { spec } = institution;
    const point = institution.place.coordinates ?? institution.place.town;
    // A floor keeps the famous far-away universities within reach of the firms that need them.
    const proximity = Math.exp(-distanceKm(egoPoint, point) / 40) + 0.02;
    const border = institution.place.region.country === ego.place.region.country ? 1 : 0.4;
    const fit = INSTITUTION_FIT[sizeOf(ego)][spec.type] ?? 1;
    return spec.weight * focusFactor(institution, ego.sector) * proximity * border * fit;
  });
}

function serves(institution: Institution, firm: Firm): boolean {
  const { region: home, town: place } = firm.place;
  const areas = Object.keys(AREAS).filter((area) => AREAS[area].includes(home.name));
  const tokens = new Set([
    'all',
    `town:${place.name}`,
    `region:${home.name}`,
    `country:${home.country}`,
    `zone:${home.zone}`,
    ...areas.map((area) => `area:${area}`),
  ]);
  return institution.spec.serves.some((token) => tokens.has(token));
}

function chooseServingBody(
  network: Network,
  ego: Firm,
  kind: 'government' | 'intermediary',
  rng: SeededRandom,
): Institution | undefined {
  const pool = network.institutions.filter(
    (institution) =>
      institution.kind === kind && serves(institution, ego) && !isTied(network, ego, institution),
  );
  if (pool.length === 0) return undefined;
  return rng.weightedPick(
    pool,
    (institution) => institution.spec.weight * focusFactor(institution, ego.sector),
  );
}

// ---------------------------------------------------------------------------------------------
// Portfolios: what each respondent named
// ---------------------------------------------------------------------------------------------

const PORTFOLIO_MEAN: Record<SizeClass, number> = { micro: 5.5, small: 7, medium: 9, large: 11 };

function portfolioSize(ego: Firm, rng: SeededRandom): number {
  return clamp(Math.round(rng.normal(PORTFOLIO_MEAN[sizeOf(ego)], 2.2)), 4, 15);
}

/** Knowledge-institution partners; some micro and small firms have none at all. */
function knowledgeInstitutionCount(ego: Firm, rng: SeededRandom): number {
  switch (sizeOf(ego)) {
    case 'micro':
      return rng.chance(0.18) ? 0 : 1;
    case 'small':
      return rng.chance(0.07) ? 0 : rng.chance(0.3) ? 2 : 1;
    case 'medium':
      return rng.chance(0.02) ? 0 : rng.integer(1, 3);
    case 'large':
      return rng.integer(2, 4);
  }
}

function planOrdinaryPortfolio(ego: Firm, size: number, rng: SeededRandom): Slot[] {
  const slots: Slot[] = [];
  const institutions = knowledgeInstitutionCount(ego, rng);
  for (let count = 0; count < institutions; count++)
    slots.push({ role: 'knowledge-institution', place: 'anywhere' });
  if (rng.chance(0.55)) slots.push({ role: 'government', place: 'anywhere' });
  if (rng.chance(0.12)) slots.push({ role: 'government', place: 'anywhere' });
  if (rng.chance(0.5)) slots.push({ role: 'intermediary', place: 'anywhere' });
  if (rng.chance(0.12)) slots.push({ role: 'intermediary', place: 'anywhere' });
  if (rng.chance(0.2)) slots.push({ role: 'competitor', place: 'anywhere' });
  // Keep room for at least one supplier and one client, whatever else was drawn.
  slots.splice(Math.max(0, size - 2));
  slots.push({ role: 'supplier', place: 'anywhere' }, { role: 'client', place: 'anywhere' });
  const businessRoles: [BusinessRole, number][] = [
    ['supplier', 0.36],
    ['client', 0.32],
    ['cooperation', 0.2],
    ['knowledge-firm', 0.12],
  ];
  while (slots.length < size) {
    slots.push({ role: rng.weightedPick(businessRoles, ([, weight]) => weight)[0], place: 'anywhere' });
  }
  return slots;
}

function planPortfolio(ego: Firm, rng: SeededRandom): Slot[] {
  switch (ego.role) {
    case 'gatekeeper': {
      // Many strong foreign knowledge ties and a dense local portfolio: the two faces of a gatekeeper.
      const foreign: Slot[] = [];
      const foreignCount = rng.integer(5, 6);
      for (let count = 0; count < foreignCount; count++) {
        foreign.push({
          role: count % 2 === 0 ? 'knowledge-institution' : 'knowledge-firm',
          place: 'abroad',
          strength: rng.pick([3, 4, 4]),
        });
      }
      const local = planOrdinaryPortfolio(ego, rng.integer(9, 11), rng).map((slot) => ({
        ...slot,
        place: 'own-region' as const,
      }));
      return [...foreign, ...local];
    }
    case 'broker':
      // Brokers trade with every part of the border region, not just their own.
      return planOrdinaryPortfolio(ego, rng.integer(11, 15), rng).map((slot) =>
        isBusinessRole(slot.role) && rng.chance(0.6)
          ? { ...slot, place: 'elsewhere-in-border' as const }
          : slot,
      );
    default: {
      const slots = planOrdinaryPortfolio(ego, portfolioSize(ego, rng), rng);
      if (ego.frontier) {
        // Top R&D spenders also reach abroad for knowledge, and are asked about more partners.
        slots.push(
          { role: 'knowledge-institution', place: 'abroad' },
          { role: 'cooperation', place: 'anywhere' },
        );
        slots.push({ role: 'client', place: 'anywhere' });
      }
      return slots;
    }
  }
}

function isBusinessRole(role: SlotRole): role is BusinessRole {
  return role !== 'knowledge-institution' && role !== 'government' && role !== 'intermediary';
}

function fillSlot(network: Network, ego: Firm, slot: Slot, rng: SeededRandom): void {
  const { role } = slot;
  if (role === 'knowledge-institution') {
    const institution = chooseKnowledgeInstitution(network, ego, slot.place, rng);
    // Joint projects with a knowledge institution are cooperation; advice and R&D are knowledge.
    const kind = slot.place !== 'abroad' && rng.chance(0.2) ? 'cooperation' : 'knowledge';
    if (institution) addRelation(network, rng, ego, ego, institution, kind, slot.strength);
    return;
  }
  if (role === 'government' || role === 'intermediary') {
    const body = chooseServingBody(network, ego, role, rng);
    if (body) addRelation(network, rng, ego, ego, body, role, slot.strength);
    return;
  }
  const partner = chooseBusinessPartner(network, ego, role, slot.place, rng);
  switch (role) {
    case 'supplier':
      addRelation(network, rng, ego, partner, ego, 'supply', slot.strength);
      break;
    case 'client':
      addRelation(network, rng, ego, ego, partner, 'supply', slot.strength);
      break;
    case 'knowledge-firm':
      addRelation(network, rng, ego, ego, partner, 'knowledge', slot.strength);
      break;
    default:
      addRelation(network, rng, ego, ego, partner, role, slot.strength);
  }
}

/**
 * A detached firm: one exclusive foreign company it both co-develops with and supplies, its
 * other knowledge partners abroad too, and barely anything local.
 */
function buildDetachedPortfolio(network: Network, ego: Firm, rng: SeededRandom): void {
  const abroad = rng.weightedPick(ABROAD_REGIONS, (each) => each.mass);
  const exclusive = createPartnerFirm(network, abroad, rng.pick([ego.sector, 'M72', 'C26']), rng, {
    employees: drawEmployees(900, 0.8, rng),
  });
  addRelation(network, rng, ego, ego, exclusive, 'knowledge', 5);
  addRelation(network, rng, ego, ego, exclusive, 'supply', 4);
  const slots: Slot[] = [{ role: 'knowledge-institution', place: 'abroad', strength: rng.pick([3, 4]) }];
  slots.push({ role: rng.chance(0.5) ? 'knowledge-institution' : 'knowledge-firm', place: 'abroad' });
  slots.push({ role: 'supplier', place: 'own-region' });
  if (rng.chance(0.6)) slots.push({ role: 'government', place: 'anywhere' });
  for (const slot of slots) fillSlot(network, ego, slot, rng);
}

/** An island: a few suppliers and clients nobody else in the survey knows. */
function buildIslandPortfolio(network: Network, ego: Firm, rng: SeededRandom): void {
  const count = rng.integer(4, 5);
  for (let index = 0; index < count; index++) {
    const role: BusinessRole =
      index === 0 ? 'supplier' : index === 1 ? 'client' : rng.pick(['supplier', 'client']);
    const partner = createPartnerFirm(
      network,
      ego.place.region,
      choosePartnerSector(ego.sector, role, rng),
      rng,
      {
        reachable: false,
      },
    );
    if (role === 'supplier') addRelation(network, rng, ego, partner, ego, 'supply');
    else addRelation(network, rng, ego, ego, partner, 'supply');
  }
}

function buildPortfolios(network: Network, rng: SeededRandom): void {
  // The two islands of one region know each other: a detached group of two respondents.
  const islands = network.respondents.filter((firm) => firm.role === 'island');
  const pairedIslands = islands.filter((firm) =>
    islands.some((other) => other !== firm && other.place.region === firm.place.region),
  );
  if (pairedIslands.length >= 2) {
    addRelation(network, rng, pairedIslands[0], pairedIslands[0], pairedIslands[1], 'cooperation');
  }
  for (const ego of network.respondents) {
    if (ego.role === 'island') buildIslandPortfolio(network, ego, rng);
    else if (ego.role === 'detached') buildDetachedPortfolio(network, ego, rng);
    else for (const slot of planPortfolio(ego, rng)) fillSlot(network, ego, slot, rng);
  }
}

// ---------------------------------------------------------------------------------------------
// Ownership and relations reported by both ends
// ---------------------------------------------------------------------------------------------

function addOwnership(network: Network, rng: SeededRandom): void {
  const ordinary = network.respondents.filter((firm) => firm.role === 'ordinary' && !firm.frontier);

  // Respondents that belong to a group elsewhere: a foreign or national parent company.
  const subsidiaries = rng
    .shuffle(ordinary.filter((firm) => firm.sector.startsWith('C') && sizeOf(firm) !== 'micro'))
    .slice(0, SUBSIDIARY_RESPONDENT_COUNT);
  for (const subsidiary of subsidiaries) {
    const home = rng.chance(0.6)
      ? rng.weightedPick(ABROAD_REGIONS, (each) => each.mass)
      : rng.weightedPick(NATIONAL_REGIONS, (each) => each.mass);
    const parent = createPartnerFirm(network, home, subsidiary.sector, rng, {
      employees: drawEmployees(2000, 0.7, rng),
    });
    addRelation(network, rng, subsidiary, parent, subsidiary, 'ownership');
  }

  // The two largest respondents own a firm each: one across the border, named only by its
  // parent, and one that answered the survey itself (a sister firm in the same sector).
  const owners = [...network.respondents]
    .filter((firm) => firm.role !== 'island' && firm.role !== 'detached')
    .sort((a, b) => b.employees - a.employees || a.serial - b.serial)
    .slice(0, 2);
  const [firstOwner, secondOwner] = owners;
  const acrossTheBorder = rng.weightedPick(
    BORDER_REGIONS.filter((each) => each.country !== firstOwner.place.region.country),
    (each) => each.mass * Math.exp(-distanceKm(firstOwner.place.region.centre, each.centre) / 50),
  );
  const newSubsidiary = createPartnerFirm(network, acrossTheBorder, firstOwner.sector, rng, {
    employees: drawEmployees(40, 0.5, rng),
  });
  addRelation(network, rng, firstOwner, firstOwner, newSubsidiary, 'ownership');
  const sisters = ordinary.filter(
    (firm) =>
      firm !== secondOwner &&
      firm.sector === secondOwner.sector &&
      sizeOf(firm) !== 'large' &&
      !subsidiaries.includes(firm) &&
      !isTied(network, firm, secondOwner),
  );
  const subsidiary =
    sisters.find((firm) => firm.place.region !== secondOwner.place.region) ??
    sisters[0] ??
    createPartnerFirm(network, secondOwner.place.region, secondOwner.sector, rng);
  addRelation(network, rng, secondOwner, secondOwner, subsidiary, 'ownership');
}

/**
 * A few ties between two respondents are reported by both, each row with its own reporter and
 * its own view of the frequency: the product merges them (strengths summed) with a warning.
 */
function addMutualReports(network: Network, rng: SeededRandom): void {
  const candidates = network.relations.filter(
    (relation) =>
      relation.source.kind === 'firm' &&
      relation.target.kind === 'firm' &&
      relation.source.respondent &&
      relation.target.respondent &&
      (relation.kind === 'supply' || relation.kind === 'cooperation' || relation.kind === 'knowledge'),
  );
  for (const relation of rng.shuffle(candidates).slice(0, MUTUAL_REPORT_COUNT)) {
    const otherEnd = relation.source === relation.reporter ? relation.target : relation.source;
    if (otherEnd.kind !== 'firm') continue;
    network.relations.push({
      ...relation,
      strength: clamp(relation.strength + rng.integer(-1, 1), 1, 5),
      reporter: otherEnd,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Survey waves: 2019 and 2023
// ---------------------------------------------------------------------------------------------

/**
 * Everything built so far is the 2023 wave. A tie that began by 2019 was named in 2019 too, at a
 * contact frequency that may differ by one step; a detached firm's foreign ties all began after
 * 2019 (it detached between the waves). Runs before the mutual reports are copied, so a copy
 * carries its relation's waves.
 */
function assignWaves(network: Network, rng: SeededRandom): void {
  for (const relation of network.relations) {
    const ego = relation.reporter;
    const partner = relation.source === ego ? relation.target : relation.source;
    if (ego.role === 'detached' && partner.place.region.zone === 'abroad')
      relation.since = rng.integer(2020, 2022);
    if (relation.since > WAVES[0]) continue;
    relation.waves = [2019, 2023];
    relation.earlierStrength = clamp(relation.strength + rng.pick([-1, 0, 0, 0, 1]), 1, 5);
  }
}

/**
 * What the 2019 wave held and the 2023 wave no longer does: a lapsed tie for some respondents
 * (its partner sometimes a firm nobody named in 2023, which then left the network), and the
 * detached firms' local knowledge ties from before they turned abroad. Then the knowledge ties a
 * few Dutch firms began across the border after 2019. Islands keep to themselves in both waves.
 */
function addWaveChanges(network: Network, rng: SeededRandom): WaveChanges {
  const lapse = (relation: Relation | undefined) => {
    if (!relation) return;
    relation.waves = [2019];
    relation.since = rng.integer(SINCE_YEARS[0], WAVES[0]);
  };
  const lastAdded = (before: number) =>
    network.relations.length > before ? network.relations[network.relations.length - 1] : undefined;
  for (const ego of network.respondents) {
    if (ego.role === 'island') continue;
    const slots: Slot[] =
      ego.role === 'detached'
        ? [
            { role: 'knowledge-institution', place: 'own-region', strength: rng.pick([3, 4]) },
            { role: 'knowledge-firm', place: 'own-region' },
            { role: 'cooperation', place: 'own-region' },
          ]
        : rng.chance(LAPSED_TIE_SHARE)
          ? [
              {
                role: rng.pick(['supplier', 'client', 'cooperation', 'knowledge-firm'] as const),
                place: 'anywhere',
              },
            ]
          : [];
    for (const slot of slots) {
      const before = network.relations.length;
      fillSlot(network, ego, slot, rng);
      lapse(lastAdded(before));
    }
  }
  return { crossBorder: addCrossBorderKnowledgeTies(network, rng) };
}

interface WaveChanges {
  /** New knowledge ties across the national border: [firm id, institution id] once ids are given. */
  crossBorder: Relation[];
}

function addCrossBorderKnowledgeTies(network: Network, rng: SeededRandom): Relation[] {
  const acrossTheBorder = (firm: Firm, institution: Institution) =>
    institution.kind === 'knowledge' &&
    institution.place.region.zone === 'border' &&
    institution.place.region.country !== firm.place.region.country;
  const candidates = rng.shuffle(
    network.respondents.filter(
      (firm) =>
        firm.role === 'ordinary' &&
        firm.place.region.country === 'NL' &&
        RESEARCH_INTENSIVE.has(firm.sector) &&
        !network.institutions.some(
          (institution) => acrossTheBorder(firm, institution) && isTied(network, firm, institution),
        ),
    ),
  );
  const added: Relation[] = [];
  for (const firm of candidates.slice(0, NEW_CROSS_BORDER_KNOWLEDGE_TIES)) {
    const institutions = network.institutions.filter((institution) => acrossTheBorder(firm, institution));
    const here = firm.place.coordinates ?? firm.place.town;
    const institution = rng.weightedPick(institutions, (each) => {
      const there = each.place.coordinates ?? each.place.town;
      return each.spec.weight * focusFactor(each, firm.sector) * Math.exp(-distanceKm(here, there) / 40);
    });
    const relation = addRelation(network, rng, firm, firm, institution, 'knowledge', rng.pick([2, 3]));
    relation.since = rng.integer(WAVES[0] + 1, WAVES[1]);
    added.push(relation);
  }
  return added;
}

// ---------------------------------------------------------------------------------------------
// Ids, checks and summary
// ---------------------------------------------------------------------------------------------

/** Actors in output order; institutions nobody named are left out (every actor was named by someone). */
function finalActors(network: Network): Actor[] {
  const named = new Set<Actor>();
  for (const relation of network.relations) named.add(relation.source).add(relation.target);
  const prefixes: Record<Institution['kind'], string> = {
    knowledge: 'K',
    government: 'G',
    intermediary: 'I',
  };
  const institutions: Institution[] = [];
  for (const kind of ['knowledge', 'government', 'intermediary'] as const) {
    const ofKind = network.institutions.filter(
      (institution) => institution.kind === kind && named.has(institution),
    );
    ofKind.forEach((institution, index) => {
      institution.id = `${prefixes[kind]}${String(index + 1).padStart(2, '0')}`;
    });
    institutions.push(...ofKind);
  }
  return [...network.respondents, ...institutions, ...network.partners];
}

function sortedRelations(network: Network): Relation[] {
  // Rows grouped by reporter, in the order each respondent named them (sort is stable).
  return [...network.relations].sort((a, b) =>
    a.reporter.id < b.reporter.id ? -1 : a.reporter.id > b.reporter.id ? 1 : 0,
  );
}

function relationKey(relation: Relation, wave: Wave): string {
  const [first, second] =
    relation.directed || relation.source.id < relation.target.id
      ? [relation.source.id, relation.target.id]
      : [relation.target.id, relation.source.id];
  return `${first}|${second}|${relation.kind}|${relation.directed}|${wave}`;
}

/** A row of relations.csv: a relation as one wave named it. */
interface Row {
  relation: Relation;
  wave: Wave;
}

/** Rows wave by wave; within a wave grouped by reporter, in the order each respondent named them. */
function waveRows(relations: Relation[]): Row[] {
  return WAVES.flatMap((wave) =>
    relations.filter((relation) => relation.waves.includes(wave)).map((relation) => ({ relation, wave })),
  );
}

function validate(actors: Actor[], relations: Relation[]): void {
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const actor of actors) {
    if (actor.id === '' || ids.has(actor.id)) throw new Error(`Missing or repeated id "${actor.id}"`);
    if (labels.has(actor.label)) throw new Error(`Repeated label "${actor.label}"`);
    if (!(ACTOR_KINDS as readonly string[]).includes(actor.kind))
      throw new Error(`Unknown actor kind ${actor.kind}`);
    ids.add(actor.id);
    labels.add(actor.label);
  }
  for (const relation of relations) {
    const where = `${relation.source.id} → ${relation.target.id}`;
    if (!ids.has(relation.source.id) || !ids.has(relation.target.id))
      throw new Error(`Dangling relation ${where}`);
    if (relation.source === relation.target) throw new Error(`Self-loop ${where}`);
    if (!(RELATION_KINDS as readonly string[]).includes(relation.kind))
      throw new Error(`Unknown kind ${relation.kind}`);
    if (!Number.isInteger(relation.strength) || relation.strength < 1 || relation.strength > 5) {
      throw new Error(`Strength ${relation.strength} out of range on ${where}`);
    }
    if (relation.since < SINCE_YEARS[0] || relation.since > SINCE_YEARS[SINCE_YEARS.length - 1])
      throw new Error(`Year out of range on ${where}`);
    if (relation.waves.length === 0 || relation.waves.some((wave) => !WAVES.includes(wave)))
      throw new Error(`Waves ${relation.waves} on ${where}`);
    if (relation.waves.includes(2019) !== relation.since <= WAVES[0])
      throw new Error(`Waves ${relation.waves} do not fit a tie since ${relation.since} on ${where}`);
    if (!relation.reporter.respondent)
      throw new Error(`Reporter ${relation.reporter.id} is not a respondent`);
  }
}

interface WaveSummary {
  wave: Wave;
  rows: number;
  actors: number;
  localTieShare: number;
  foreignTieShare: number;
}

interface Summary {
  actorsByKind: Record<ActorKind, number>;
  respondents: number;
  namedFirms: number;
  relationsByKind: Record<RelationKind, number>;
  relationRows: number;
  duplicateRows: number;
  waves: WaveSummary[];
  /** Relations (mutual-report copies left out) named in both waves, in 2023 only, in 2019 only. */
  persisted: number;
  begun: number;
  lapsed: number;
  /** Actors named in one wave only. */
  only2019: number;
  only2023: number;
  /** Detached firms: share of ties within their own region, 2019 and 2023. */
  detaching: { id: string; before: number; after: number }[];
  crossBorder: { firm: string; institution: string; since: number }[];
  componentSizes: number[];
  portfolio: { min: number; median: number; mean: number; max: number };
  localTieShare: number;
  foreignTieShare: number;
  withoutKnowledgeInstitution: string[];
  frontier: string[];
  gatekeepers: string[];
  detached: string[];
  brokers: string[];
  islands: string[];
  nonAsciiLabels: number;
  unnamedInstitutions: string[];
}

function countBy<K extends string>(keys: readonly K[], values: K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value]++;
  return counts;
}

function componentSizes(actors: Actor[], relations: Relation[]): number[] {
  const parent = new Map<Actor, Actor>(actors.map((actor) => [actor, actor]));
  const root = (actor: Actor): Actor => {
    let current = actor;
    while (parent.get(current) !== current) current = parent.get(current) ?? current;
    return current;
  };
  for (const relation of relations) parent.set(root(relation.source), root(relation.target));
  const sizes = new Map<Actor, number>();
  for (const actor of actors) sizes.set(root(actor), (sizes.get(root(actor)) ?? 0) + 1);
  return [...sizes.values()].sort((a, b) => b - a);
}

function tieShares(relations: Relation[]): { local: number; foreign: number } {
  const distinct = new Map<string, [Actor, Actor]>();
  for (const relation of relations)
    distinct.set(pairKey(relation.source, relation.target), [relation.source, relation.target]);
  const ties = [...distinct.values()];
  return {
    local: ties.filter(([a, b]) => a.place.region === b.place.region).length / ties.length,
    foreign:
      ties.filter(([a, b]) => a.place.region.zone === 'abroad' || b.place.region.zone === 'abroad').length /
      ties.length,
  };
}

function waveSummary(wave: Wave, rows: Row[]): WaveSummary {
  const relations = rows.filter((row) => row.wave === wave).map((row) => row.relation);
  const shares = tieShares(relations);
  return {
    wave,
    rows: relations.length,
    actors: new Set(relations.flatMap((relation) => [relation.source, relation.target])).size,
    localTieShare: shares.local,
    foreignTieShare: shares.foreign,
  };
}

/** Share of a firm's partners in its own region among those it named in a wave. */
function ownRegionShare(firm: Firm, relations: Relation[], wave: Wave): number {
  const partners = new Set<Actor>();
  for (const relation of relations) {
    if (!relation.waves.includes(wave) || (relation.source !== firm && relation.target !== firm)) continue;
    partners.add(relation.source === firm ? relation.target : relation.source);
  }
  const local = [...partners].filter((partner) => partner.place.region === firm.place.region).length;
  return local / partners.size;
}

function summarise(
  network: Network,
  actors: Actor[],
  allRelations: Relation[],
  changes: WaveChanges,
): Summary {
  const rows = waveRows(allRelations);
  const seen = new Set<string>();
  let duplicateRows = 0;
  for (const { relation, wave } of rows) {
    const key = relationKey(relation, wave);
    if (seen.has(key)) duplicateRows++;
    seen.add(key);
  }
  // The figures of a single survey (portfolios, components, shares) describe the latest wave.
  const relations = allRelations.filter((relation) => relation.waves.includes(2023));
  const originals = new Map<string, Relation>();
  for (const relation of allRelations) {
    const key = relationKey(relation, relation.waves[0]);
    if (!originals.has(key)) originals.set(key, relation);
  }
  const namedIn = (wave: Wave) =>
    new Set(
      allRelations.filter((relation) => relation.waves.includes(wave)).flatMap((r) => [r.source, r.target]),
    );
  const [named2019, named2023] = [namedIn(2019), namedIn(2023)];
  const partnersOf = new Map<Firm, Set<Actor>>(network.respondents.map((firm) => [firm, new Set<Actor>()]));
  for (const relation of relations) {
    const partner = relation.source === relation.reporter ? relation.target : relation.source;
    partnersOf.get(relation.reporter)?.add(partner);
  }
  const portfolioSizes = [...partnersOf.values()].map((partners) => partners.size).sort((a, b) => a - b);
  const distinctTies = new Map<string, [Actor, Actor]>();
  for (const relation of relations)
    distinctTies.set(pairKey(relation.source, relation.target), [relation.source, relation.target]);
  const ties = [...distinctTies.values()];
  const idsOf = (firms: Firm[]) => firms.map((firm) => firm.id);
  const roleIds = (role: FirmRole) => idsOf(network.respondents.filter((firm) => firm.role === role));
  return {
    actorsByKind: countBy(
      ACTOR_KINDS,
      actors.map((actor) => actor.kind),
    ),
    respondents: network.respondents.length,
    namedFirms: network.partners.length,
    relationsByKind: countBy(
      RELATION_KINDS,
      rows.map((row) => row.relation.kind),
    ),
    relationRows: rows.length,
    duplicateRows,
    waves: WAVES.map((wave) => waveSummary(wave, rows)),
    persisted: [...originals.values()].filter((relation) => relation.waves.length === 2).length,
    begun: [...originals.values()].filter((relation) => relation.waves.join() === '2023').length,
    lapsed: [...originals.values()].filter((relation) => relation.waves.join() === '2019').length,
    only2019: [...named2019].filter((actor) => !named2023.has(actor)).length,
    only2023: [...named2023].filter((actor) => !named2019.has(actor)).length,
    detaching: network.respondents
      .filter((firm) => firm.role === 'detached')
      .map((firm) => ({
        id: firm.id,
        before: ownRegionShare(firm, allRelations, 2019),
        after: ownRegionShare(firm, allRelations, 2023),
      })),
    crossBorder: changes.crossBorder.map((relation) => ({
      firm: `${relation.source.id} ${relation.source.label} (${relation.source.place.region.name})`,
      institution: `${relation.target.id} ${relation.target.label} (${relation.target.place.region.name})`,
      since: relation.since,
    })),
    componentSizes: componentSizes(
      actors.filter((actor) => named2023.has(actor)),
      relations,
    ),
    portfolio: {
      min: portfolioSizes[0],
      median: portfolioSizes[Math.floor(portfolioSizes.length / 2)],
      mean: portfolioSizes.reduce((sum, size) => sum + size, 0) / portfolioSizes.length,
      max: portfolioSizes[portfolioSizes.length - 1],
    },
    localTieShare: ties.filter(([a, b]) => a.place.region === b.place.region).length / ties.length,
    foreignTieShare:
      ties.filter(([a, b]) => a.place.region.zone === 'abroad' || b.place.region.zone === 'abroad').length /
      ties.length,
    withoutKnowledgeInstitution: idsOf(
      network.respondents.filter(
        (firm) => ![...(partnersOf.get(firm) ?? [])].some((actor) => actor.kind === 'knowledge'),
      ),
    ),
    frontier: idsOf(network.respondents.filter((firm) => firm.frontier)),
    gatekeepers: roleIds('gatekeeper'),
    detached: roleIds('detached'),
    brokers: roleIds('broker'),
    islands: roleIds('island'),
    nonAsciiLabels: actors.filter((actor) => /[^ -~]/.test(actor.label)).length,
    unnamedInstitutions: network.institutions
      .filter((institution) => institution.id === '')
      .map((each) => each.label),
  };
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

const ACTOR_COLUMNS = [
  'id',
  'label',
  'kind',
  'sector',
  'size',
  'region',
  'country',
  'lat',
  'lon',
  'frontier',
  'respondent',
];
const RELATION_COLUMNS = ['source', 'target', 'kind', 'strength', 'directed', 'wave', 'reported_by'];

function actorRow(actor: Actor): Cell[] {
  const { region: home, coordinates } = actor.place;
  const lat = coordinates ? coordinates.lat.toFixed(4) : null;
  const lon = coordinates ? coordinates.lon.toFixed(4) : null;
  if (actor.kind !== 'firm') {
    return [actor.id, actor.label, actor.kind, null, null, home.name, home.country, lat, lon, null, false];
  }
  return [
    actor.id,
    actor.label,
    actor.kind,
    actor.sectorKnown ? sectorLabel(actor.sector) : null,
    actor.sizeKnown ? sizeOf(actor) : null,
    home.name,
    home.country,
    lat,
    lon,
    actor.frontier,
    actor.respondent,
  ];
}

function relationRow({ relation, wave }: Row): Cell[] {
  return [
    relation.source.id,
    relation.target.id,
    relation.kind,
    wave === 2019 ? relation.earlierStrength : relation.strength,
    relation.directed,
    wave,
    relation.reporter.id,
  ];
}

function countTable(title: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `| ${kind} | ${count} |`);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return [`| ${title} | count |`, '|---|---:|', ...rows, `| **total** | **${total}** |`].join('\n');
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function readme(summary: Summary): string {
  const [giant, ...others] = summary.componentSizes;
  return `# Border ecosystem — synthetic NL–BE–DE sample network

**Synthetic data, generated by a script. These are not survey answers and the firms do not exist.**
Firm names are invented; any resemblance to a real company is coincidental. Knowledge
institutions, governments and intermediaries carry the names of real organisations of the region
so that the network reads naturally, but every tie, frequency and year involving them is invented
and their coordinates are approximate.

This is Clusterscope's default sample network: a cluster survey in the Dutch–Belgian–German border
region (Zuid-, Midden- and Noord-Limburg in the Netherlands, Belgian Limburg and the province of
Liège, the Aachen region and Kreis Heinsberg in Germany). ${summary.respondents} firms answered
(\`respondent\` = true) and named their main suppliers, clients, knowledge partners, governments and
intermediaries; every partner they named is an actor too (\`respondent\` = false: their own ties were
not asked, so their missing ties are missing, not absent). The survey was held twice, in
**${WAVES.join(' and ')}** (\`wave\`), with the same respondents: between the waves ties persist,
lapse and begin, and a few firms detach from the region as their knowledge ties move abroad.

## How it was made

\`scripts/build-border-ecosystem.ts\`, seed **${SEED}** (sfc32, \`scripts/lib/seeded-random.ts\`).
Regenerate with \`npm run sample:border\`: the three files come out byte for byte the same.

- **Respondents** are spread over seven border regions with a sector mix of their own (chemicals
  and materials around Chemelot, life sciences in Maastricht and Liège, logistics, food and
  horticulture around Venlo, machinery and photonics around Aachen, metals along the Meuse,
  automotive and glass in Belgian Limburg), at real town coordinates jittered by a kilometre or two.
  Head counts are log-normal, so most firms are micro or small.
- **Portfolios** hold 4–15 partners (gatekeepers a few more); the mean rises with firm size and
  stays below the 10–12 optimum for most SMEs. Business partners follow supply chains between sectors; their region is drawn by distance
  decay, with a penalty for crossing the border and a small, size-dependent share abroad. A partner
  named before is more likely to be named again (preferential attachment), so firms share suppliers,
  clients and institutions, and sector–region sub-clusters form.
- **Contact frequency** (\`strength\`) depends on the kind: supply mostly weekly or monthly,
  government mostly yearly or rarer. Supply runs from supplier to client and ownership from parent
  to subsidiary (\`directed\` = true); the other kinds are mutual.
- **Frontier firms** (\`frontier\` = true) are the ${summary.frontier.length} respondents with the
  highest estimated R&D spend (head count × sector R&D intensity × a random factor). Firms nearby
  seek them out as cooperation and knowledge partners.
- **Gatekeepers** (one each in ${GATEKEEPER_REGIONS.join(', ')}) have 5–6 strong foreign knowledge
  ties, their other business and knowledge partners in their own region, and local firms often turn
  to them for knowledge: they bring outside knowledge in and pass it on.
- **Detached firms** have an exclusive foreign company as both knowledge partner (daily contact)
  and client, their other knowledge partners abroad too, and almost no local ties.
- **Brokers** trade with firms in the other border regions more than in their own.
- **Islands**: a few small firms (one pair of them knowing each other) whose partners nobody else
  named, so they form small components outside the giant one.
- A few respondents belong to a group (ownership from a parent abroad or elsewhere in the country),
  and ${MUTUAL_REPORT_COUNT} ties between two respondents are reported by both: two rows, each with its
  own \`reported_by\` (an import merges them, summing strengths, with a warning each).
- **Two waves.** What is described above is the ${WAVES[1]} wave. A tie named in ${WAVES[1]} had begun in
  a year drawn from ${SINCE_YEARS[0]}–${SINCE_YEARS[SINCE_YEARS.length - 1]} (recent years more likely: old ties have had time to lapse); when it had
  begun by ${WAVES[0]} it was named in ${WAVES[0]} too, its contact frequency then drawn one step up or
  down now and again. ${Math.round(LAPSED_TIE_SHARE * 100)}% of the respondents (islands aside) named one tie in ${WAVES[0]} that was gone by
  ${WAVES[1]}; some of those partners were named by nobody in ${WAVES[1]} and so appear in ${WAVES[0]} only.
- **Detaching firms.** In ${WAVES[0]} the detached firms were ordinary members of their region: a
  knowledge institution, a knowledge partner and a cooperation partner nearby. By ${WAVES[1]} those
  ties had lapsed and every foreign tie, the exclusive foreign company included, had begun: their
  knowledge ties moved abroad.
- **New knowledge ties across the border.** ${summary.crossBorder.length} Dutch firms began a knowledge tie with a
  knowledge institution across the national border after ${WAVES[0]}.
- Some named partners lack a sector, a size class or coordinates (empty cells), as in real survey data.
  ${summary.nonAsciiLabels} labels contain non-ASCII characters (ü, ö, ß, é, ś, …) and some contain commas,
  which the CSV quotes.

## Sizes

${countTable('actor kind', summary.actorsByKind)}

Of the firms, ${summary.respondents} are respondents and ${summary.namedFirms} were named by them
(in either wave).

${countTable('relation kind', summary.relationsByKind).replace('| relation kind | count |', '| relation kind | rows |')}

| wave | rows | actors named | ties within one region | ties with an actor abroad |
|---|---:|---:|---:|---:|
${summary.waves.map((wave) => `| ${wave.wave} | ${wave.rows} | ${wave.actors} | ${percent(wave.localTieShare)} | ${percent(wave.foreignTieShare)} |`).join('\n')}

- Relations named in both waves: ${summary.persisted} (one row in each); in ${WAVES[1]} only (begun since): ${summary.begun}; in ${WAVES[0]} only (lapsed): ${summary.lapsed}.
- Actors named in ${WAVES[0]} only: ${summary.only2019}; in ${WAVES[1]} only: ${summary.only2023}.
- Rows that repeat the source, target, kind, direction and wave of an earlier row (mutual reports): ${summary.duplicateRows}.
- Self-loops: 0. Unknown kinds: 0. Every id in \`relations.csv\` is in \`actors.csv\`.
- In ${WAVES[1]}: components: ${summary.componentSizes.length}; the giant one holds ${giant} actors, the others ${others.join(', ')}.
- Partners named per respondent in ${WAVES[1]}: min ${summary.portfolio.min}, median ${summary.portfolio.median}, mean ${summary.portfolio.mean.toFixed(1)}, max ${summary.portfolio.max}.
- Respondents without any knowledge-institution partner in ${WAVES[1]}: ${summary.withoutKnowledgeInstitution.length}.

## Planted roles (for demonstrations and tests)

| role | respondent ids |
|---|---|
| frontier | ${summary.frontier.join(', ')} |
| gatekeeper | ${summary.gatekeepers.join(', ')} |
| detached (foreign knowledge ties; detaching between the waves) | ${summary.detached.join(', ')} |
| broker (cross-region portfolio) | ${summary.brokers.join(', ')} |
| island (outside the giant component) | ${summary.islands.join(', ')} |

Detaching firms, share of their partners in their own region: ${summary.detaching.map((firm) => `${firm.id} ${percent(firm.before)} → ${percent(firm.after)}`).join(', ')}.

New knowledge ties across the border (${WAVES[1]} only):
${summary.crossBorder.map((tie) => `- ${tie.firm} – ${tie.institution}, since ${tie.since}`).join('\n')}

Compare the waves with \`npx clusterscope compare sample-networks/border-ecosystem/actors.csv
sample-networks/border-ecosystem/relations.csv --from ${WAVES[0]} --to ${WAVES[1]} --out changes.csv\`.

## Files and fields

UTF-8 without BOM, comma-separated, \`.\` as decimal mark, RFC 4180 quoting, LF line ends. An
empty cell means unknown.

\`actors.csv\`

| column | meaning |
|---|---|
| \`id\` | \`F001\`… respondents, \`K01\`… knowledge institutions, \`G01\`… governments, \`I01\`… intermediaries, \`P0001\`… named firms |
| \`label\` | name (unique) |
| \`kind\` | \`firm\`, \`knowledge\`, \`government\` or \`intermediary\` |
| \`sector\` | firms: NACE division and a short name, e.g. \`C28 Machinery\` |
| \`size\` | firms: \`micro\` (< 10 employees), \`small\` (< 50), \`medium\` (< 250), \`large\` |
| \`region\` | a COROP area or province (NL), a province (BE), a Kreis, Städteregion or wider area (DE), a state or region abroad |
| \`country\` | ISO 3166-1 alpha-2 |
| \`lat\`, \`lon\` | decimal degrees, 4 decimals |
| \`frontier\` | firms: \`true\` for the top R&D spenders of the survey |
| \`respondent\` | \`true\` when the actor answered the survey |

\`relations.csv\`

| column | meaning |
|---|---|
| \`source\`, \`target\` | actor ids; for supply the goods flow from source to target, for ownership the parent is the source |
| \`kind\` | \`supply\`, \`knowledge\`, \`cooperation\`, \`government\`, \`intermediary\`, \`competitor\` or \`ownership\` |
| \`strength\` | contact frequency: daily 5, weekly 4, monthly 3, yearly 2, rarer 1 |
| \`directed\` | \`true\` for supply and ownership, \`false\` otherwise |
| \`wave\` | survey wave that named the tie: ${WAVES.join(' or ')} (a tie named in both has a row in each) |
| \`reported_by\` | id of the respondent who named the tie |

## Licence

The generated data (\`actors.csv\`, \`relations.csv\`) are dedicated to the public domain under
[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/). The generator is part of Clusterscope
and under its licence.
`;
}

function printSummary(summary: Summary): void {
  const [giant, ...others] = summary.componentSizes;
  const lines = [
    `Border ecosystem, seed ${SEED} → ${relative(REPOSITORY_ROOT, OUTPUT_DIRECTORY)}`,
    `  actors: ${Object.entries(summary.actorsByKind)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ')} (respondents ${summary.respondents}, named firms ${summary.namedFirms})`,
    `  relations: ${summary.relationRows} rows — ${Object.entries(summary.relationsByKind)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ')}`,
    `  duplicate rows (mutual reports): ${summary.duplicateRows}`,
    `  components: ${summary.componentSizes.length} (giant ${giant}; others ${others.join(', ')})`,
    `  portfolio: min ${summary.portfolio.min}, median ${summary.portfolio.median}, mean ${summary.portfolio.mean.toFixed(2)}, max ${summary.portfolio.max}`,
    `  local ties ${percent(summary.localTieShare)}, ties abroad ${percent(summary.foreignTieShare)} (2023)`,
    ...summary.waves.map(
      (wave) =>
        `  wave ${wave.wave}: ${wave.rows} rows, ${wave.actors} actors, local ${percent(wave.localTieShare)}, abroad ${percent(wave.foreignTieShare)}`,
    ),
    `  relations in both waves ${summary.persisted}, begun ${summary.begun}, lapsed ${summary.lapsed}; actors only 2019 ${summary.only2019}, only 2023 ${summary.only2023}`,
    `  detaching: ${summary.detaching.map((firm) => `${firm.id} ${percent(firm.before)}→${percent(firm.after)}`).join(', ')}`,
    `  new cross-border knowledge ties: ${summary.crossBorder.map((tie) => `${tie.firm} – ${tie.institution}`).join('; ')}`,
    `  respondents without a knowledge institution: ${summary.withoutKnowledgeInstitution.length}`,
    `  frontier: ${summary.frontier.join(' ')}`,
    `  gatekeepers: ${summary.gatekeepers.join(' ')}`,
    `  detached: ${summary.detached.join(' ')}`,
    `  brokers: ${summary.brokers.join(' ')}`,
    `  islands: ${summary.islands.join(' ')}`,
    `  labels with non-ASCII characters: ${summary.nonAsciiLabels}`,
    `  institutions nobody named (left out): ${summary.unnamedInstitutions.join('; ') || 'none'}`,
  ];
  console.log(lines.join('\n'));
}

function main(): void {
  const rng = createSeededRandom(SEED);
  const network = createNetwork(rng);
  createRespondents(network, rng.fork('respondents'));
  assignRoles(network.respondents, rng.fork('roles'));
  buildPortfolios(network, rng.fork('portfolios'));
  addOwnership(network, rng.fork('ownership'));
  assignWaves(network, rng.fork('waves'));
  addMutualReports(network, rng.fork('mutual-reports'));
  const changes = addWaveChanges(network, rng.fork('wave-changes'));

  const actors = finalActors(network);
  const relations = sortedRelations(network);
  validate(actors, relations);
  const summary = summarise(network, actors, relations, changes);

  mkdirSync(OUTPUT_DIRECTORY, { recursive: true });
  writeFileSync(join(OUTPUT_DIRECTORY, 'actors.csv'), csv(ACTOR_COLUMNS, actors.map(actorRow)));
  writeFileSync(
    join(OUTPUT_DIRECTORY, 'relations.csv'),
    csv(RELATION_COLUMNS, waveRows(relations).map(relationRow)),
  );
  writeFileSync(join(OUTPUT_DIRECTORY, 'README.md'), readme(summary));
  printSummary(summary);
}

main();
