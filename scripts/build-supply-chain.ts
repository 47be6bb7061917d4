/**
 * Builds a synthetic tiered supply chain around a large equipment maker in the Brainport
 * Eindhoven region, written to sample-networks/supply-chain/ as actors.csv, relations.csv and the
 * README card.
 *
 * The story is that of a regional supply-chain mapping study done by snowball: the equipment maker
 * (tier 0) names its ten main suppliers (tier 1); each of them names its own ten main suppliers
 * (tier 2). Tier-2 lists overlap, because suppliers of the same region buy from the same machine
 * shops, platers and distributors; a few tier-1 suppliers also buy from each other. Suppliers are
 * regional (Brainport), elsewhere in the Netherlands or foreign. Around them: knowledge
 * institutions (universities, research institutes, universities of applied sciences, a vocational
 * college), a few governments and intermediaries.
 *
 * Everything comes from one seed; `npm run sample:supply-chain` rewrites the same bytes every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ActorKind, type RelationKind, SIZE_CLASSES, type SizeClass } from '../src/model/kinds.ts';
import { type Cell, csv } from './lib/csv.ts';
import { createSeededRandom, type SeededRandom } from './lib/seeded-random.ts';
import { numberCell, oneOf, tableRows } from './lib/text-table.ts';

const SEED = 20250311;
const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT_DIRECTORY = join(REPOSITORY_ROOT, 'sample-networks', 'supply-chain');

/** The focal region: a supplier here is "regional". */
const FOCAL_REGION = 'Zuidoost-Noord-Brabant';
const HOME_COUNTRY = 'NL';
const SUPPLIERS_PER_CLIENT = 10;
/** Weight of "a supplier nobody named yet" against the named ones when a client picks a supplier. */
const NEW_SUPPLIER_WEIGHT = 2.5;
/** How fast the pull of a supplier fades with distance from its client. */
const PROXIMITY_SCALE_KM = 250;
/** Some pull survives any distance: specialists are found worldwide. */
const PROXIMITY_FLOOR = 0.04;

// ---------------------------------------------------------------------------------------------
// Text tables: one row a line, `|` between cells, checked on load
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Geography: real towns, approximate coordinates
// ---------------------------------------------------------------------------------------------

interface Town {
  name: string;
  region: string;
  country: string;
  lat: number;
  lon: number;
}

const TOWN_TABLE = `
# town            | region                       | country | lat     | lon
Eindhoven         | Zuidoost-Noord-Brabant       | NL | 51.4416 | 5.4697
Veldhoven         | Zuidoost-Noord-Brabant       | NL | 51.4183 | 5.4025
Best              | Zuidoost-Noord-Brabant       | NL | 51.5075 | 5.3903
Helmond           | Zuidoost-Noord-Brabant       | NL | 51.4793 | 5.6570
Son en Breugel    | Zuidoost-Noord-Brabant       | NL | 51.5120 | 5.4930
Nuenen            | Zuidoost-Noord-Brabant       | NL | 51.4700 | 5.5520
Deurne            | Zuidoost-Noord-Brabant       | NL | 51.4614 | 5.7950
Geldrop           | Zuidoost-Noord-Brabant       | NL | 51.4220 | 5.5580
Valkenswaard      | Zuidoost-Noord-Brabant       | NL | 51.3500 | 5.4600
Eersel            | Zuidoost-Noord-Brabant       | NL | 51.3570 | 5.3180
Veghel            | Noordoost-Noord-Brabant      | NL | 51.6167 | 5.5486
Oss               | Noordoost-Noord-Brabant      | NL | 51.7650 | 5.5180
's-Hertogenbosch  | Noordoost-Noord-Brabant      | NL | 51.6978 | 5.3037
Tilburg           | Midden-Noord-Brabant         | NL | 51.5555 | 5.0913
Breda             | West-Noord-Brabant           | NL | 51.5719 | 4.7683
Venlo             | Noord-Limburg                | NL | 51.3704 | 6.1724
Roermond          | Midden-Limburg               | NL | 51.1942 | 5.9870
Nijmegen          | Arnhem/Nijmegen              | NL | 51.8126 | 5.8372
Arnhem            | Arnhem/Nijmegen              | NL | 51.9851 | 5.8987
Doetinchem        | Achterhoek                   | NL | 51.9650 | 6.2890
Enschede          | Twente                       | NL | 52.2215 | 6.8937
Hengelo           | Twente                       | NL | 52.2658 | 6.7931
Almelo            | Twente                       | NL | 52.3567 | 6.6625
Delft             | Delft en Westland            | NL | 52.0116 | 4.3571
Den Haag          | Agglomeratie 's-Gravenhage   | NL | 52.0705 | 4.3007
Nieuwegein        | Utrecht                      | NL | 52.0290 | 5.0800
Lommel            | Limburg (BE)                 | BE | 51.2307 | 5.3131
Genk              | Limburg (BE)                 | BE | 50.9650 | 5.5008
Hasselt           | Limburg (BE)                 | BE | 50.9307 | 5.3325
Turnhout          | Antwerpen                    | BE | 51.3227 | 4.9447
Antwerpen         | Antwerpen                    | BE | 51.2194 | 4.4025
Leuven            | Vlaams-Brabant               | BE | 50.8798 | 4.7005
Aachen            | Aachen                       | DE | 50.7753 | 6.0839
Krefeld           | Düsseldorf                   | DE | 51.3388 | 6.5853
Oberkochen        | Baden-Württemberg            | DE | 48.7839 | 10.1053
Aalen             | Baden-Württemberg            | DE | 48.8378 | 10.0933
Stuttgart         | Baden-Württemberg            | DE | 48.7758 | 9.1829
Nürnberg          | Bayern                       | DE | 49.4521 | 11.0767
Jena              | Thüringen                    | DE | 50.9271 | 11.5892
Dresden           | Sachsen                      | DE | 51.0504 | 13.7373
Zürich            | Zürich                       | CH | 47.3769 | 8.5417
Grenoble          | Auvergne-Rhône-Alpes         | FR | 45.1885 | 5.7245
Brno              | Jihomoravský kraj            | CZ | 49.1951 | 16.6068
San Diego         | California                   | US | 32.7157 | -117.1611
San Jose          | California                   | US | 37.3382 | -121.8863
Wilton            | Connecticut                  | US | 41.1954 | -73.4379
Yokohama          | Kanagawa                     | JP | 35.4437 | 139.6380
Hsinchu           | Hsinchu                      | TW | 24.8138 | 120.9675
Suzhou            | Jiangsu                      | CN | 31.2989 | 120.5853
`;

const TOWNS = new Map<string, Town>(
  tableRows(TOWN_TABLE, 5).map(([name, region, country, lat, lon]) => [
    name,
    { name, region, country, lat: numberCell(lat), lon: numberCell(lon) },
  ]),
);

function town(name: string): Town {
  const found = TOWNS.get(name);
  if (!found) throw new Error(`Unknown town "${name}"`);
  return found;
}

function distanceKm(a: Town, b: Town): number {
  const radians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * radians;
  const dLon = (b.lon - a.lon) * radians;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function proximity(a: Town, b: Town, scaleKm = PROXIMITY_SCALE_KM): number {
  return Math.exp(-distanceKm(a, b) / scaleKm) + PROXIMITY_FLOOR;
}

const ZONES = ['regional', 'national', 'foreign'] as const;
type Zone = (typeof ZONES)[number];

function zoneOf(place: Town): Zone {
  if (place.region === FOCAL_REGION) return 'regional';
  return place.country === HOME_COUNTRY ? 'national' : 'foreign';
}

// ---------------------------------------------------------------------------------------------
// Capabilities: what a supplier supplies, its sector, and where such firms are found
// ---------------------------------------------------------------------------------------------

/**
 * Towns where firms of a capability are found, with weights; a client's distance to each town
 * multiplies the weight, so a Brainport module maker finds its machine shop in Helmond and a
 * Californian laser maker finds its own in San Jose.
 */
const CAPABILITY_TABLE = `
# capability            | NACE | sector name           | trade word        | towns (weights)
precision machining     | C25  | Metal products        | machining         | Eindhoven 2, Helmond 3, Deurne 2, Best 1, Son en Breugel 1, Veghel 1, Hengelo 1.5, Venlo 1, Lommel 0.7, Aachen 1, Stuttgart 1.5, Jena 0.5, Brno 1, San Jose 1, Suzhou 0.5
sheet metal and welding | C25  | Metal products        | sheet metal       | Helmond 2, Deurne 1.5, Eersel 1, Oss 1, Doetinchem 1, Almelo 1, Genk 0.8, Krefeld 0.8, Brno 1, San Diego 0.7
surface treatment       | C25  | Metal products        | surface treatment | Eindhoven 1, Helmond 1.5, Tilburg 1, Venlo 1, Hasselt 0.8, Stuttgart 1, Brno 0.5, San Jose 0.5
castings                | C24  | Basic metals          | castings          | Doetinchem 1, Roermond 1, Genk 0.8, Krefeld 1, Nürnberg 1, Brno 1
metal stock             | G46  | Wholesale             | metals            | 's-Hertogenbosch 1, Tilburg 1, Antwerpen 1, Krefeld 1, Stuttgart 0.5
optical glass           | C23  | Glass & ceramics      | glass             | Jena 2, Aalen 0.5, Zürich 0.5, Yokohama 1, Wilton 0.5
optical coatings        | C26  | Electronics & optics  | coatings          | Jena 1.5, Aalen 1, Delft 0.7, Eindhoven 0.5, Grenoble 0.5, San Diego 0.5
technical ceramics      | C23  | Glass & ceramics      | ceramics          | Son en Breugel 1, Nürnberg 1, Stuttgart 0.8, Yokohama 1, Hsinchu 0.5
metrology               | C26  | Electronics & optics  | metrology         | Eindhoven 1, Delft 1, Nieuwegein 0.7, Jena 1, Zürich 0.7, San Jose 0.7
actuators and motors    | C27  | Electrical equipment  | motion            | Eindhoven 1, Helmond 1, Nijmegen 0.7, Aachen 0.7, Nürnberg 1, Zürich 1, San Diego 0.5
sensors                 | C26  | Electronics & optics  | sensors           | Nijmegen 1, Eindhoven 1, Delft 0.7, Jena 0.7, Dresden 1, Zürich 0.7, San Jose 1, Hsinchu 0.5
bearings and guides     | C28  | Machinery             | motion systems    | Tilburg 0.7, Nürnberg 1.5, Stuttgart 1, Zürich 0.7, Yokohama 0.8
electronics assembly    | C26  | Electronics & optics  | electronics       | Eindhoven 1.5, Best 1, Nijmegen 1, Lommel 1, Turnhout 1, Aachen 0.7, Brno 1, San Diego 1, Suzhou 0.7
printed circuit boards  | C26  | Electronics & optics  | PCB               | Venlo 0.7, Turnhout 0.8, Dresden 0.7, Brno 0.7, Hsinchu 1.5, Suzhou 1.5
electronic components   | G46  | Wholesale             | components        | Eindhoven 0.7, 's-Hertogenbosch 0.7, Antwerpen 0.8, Krefeld 0.7, Nürnberg 0.7, San Jose 1
connectors and wire     | C27  | Electrical equipment  | connect           | Tilburg 0.7, Hengelo 1, Genk 0.7, Stuttgart 0.8, Brno 0.7, Wilton 0.5, Suzhou 1
cable harnesses         | C27  | Electrical equipment  | cable             | Deurne 1, Venlo 1, Roermond 0.7, Genk 0.8, Brno 1.5, San Diego 0.5
power electronics       | C27  | Electrical equipment  | power             | Eindhoven 0.7, Nijmegen 1, Aachen 1, Nürnberg 1, Zürich 0.5, San Diego 1, San Jose 1
plastics and seals      | C22  | Plastics              | polymer           | Veghel 1, Oss 0.7, Venlo 0.8, Hasselt 0.7, Krefeld 0.8, San Diego 0.4
vacuum components       | C28  | Machinery             | vacuum            | Eindhoven 0.8, Delft 0.5, Aachen 1, Dresden 1, Grenoble 1, Zürich 0.7, San Jose 1
fluidics                | C28  | Machinery             | fluid             | Hengelo 1.5, Enschede 1, Veghel 0.7, Krefeld 0.8, Stuttgart 0.8, San Diego 0.5
industrial gases        | C20  | Chemicals             | gas               | Antwerpen 1, Krefeld 1, Eindhoven 0.4, San Diego 1
cleanroom cleaning      | N81  | Cleaning              | clean             | Eindhoven 1, Veldhoven 1, Best 0.7, Aachen 0.5, San Jose 0.7
test equipment          | C26  | Electronics & optics  | test              | Eindhoven 1, Delft 0.7, Leuven 0.7, Dresden 0.7, San Jose 1
engineering services    | M71  | Engineering           | engineering       | Eindhoven 2, Helmond 1, Delft 1, Enschede 0.8, Leuven 0.7, Aachen 0.7, San Diego 0.5
software services       | J62  | Software              | software          | Eindhoven 2, Best 0.7, Delft 0.7, Leuven 0.7, Brno 0.7, San Jose 0.7
logistics               | H52  | Warehousing & logistics | logistics       | Veghel 1, Venlo 1.5, Tilburg 1, Antwerpen 0.7, Krefeld 0.5, San Diego 0.4
# capabilities that only tier-1 firms bring (no tier-2 firm is drawn for them)
lithography equipment   | C28  | Machinery             |                   |
optical modules         | C26  | Electronics & optics  |                   |
light sources           | C26  | Electronics & optics  |                   |
mechatronic modules     | C28  | Machinery             |                   |
positioning stages      | C28  | Machinery             |                   |
vacuum systems          | C28  | Machinery             |                   |
frames and large parts  | C25  | Metal products        |                   |
thermal conditioning    | C28  | Machinery             |                   |
control software        | J62  | Software              |                   |
`;

interface Capability {
  name: string;
  sector: string;
  tradeWord: string;
  towns: { town: Town; weight: number }[];
}

function readCapabilities(): Map<string, Capability> {
  const capabilities = new Map<string, Capability>();
  for (const [name, nace, sectorName, tradeWord, townList] of tableRows(CAPABILITY_TABLE, 5)) {
    const towns = townList
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '')
      .map((entry) => {
        const match = /^(.*\S)\s+([\d.]+)$/.exec(entry);
        if (!match) throw new Error(`"${entry}" is not "town weight"`);
        return { town: town(match[1]), weight: numberCell(match[2]) };
      });
    capabilities.set(name, { name, sector: `${nace} ${sectorName}`, tradeWord, towns });
  }
  return capabilities;
}

const CAPABILITIES = readCapabilities();

function capability(name: string): Capability {
  const found = CAPABILITIES.get(name);
  if (!found) throw new Error(`Unknown capability "${name}"`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// The equipment maker and its tier-1 suppliers (invented firms)
// ---------------------------------------------------------------------------------------------

/**
 * Tier 0 and tier 1, hand-written: the first two levels of a mapping study are few and known.
 * `buys` lists what each tier-1 firm buys from its ten main suppliers; a capability that another
 * tier-1 firm brings is bought from that firm (tier-1 firms supplying each other).
 */
const LEAD_FIRM_TABLE = `
# id    | name                            | town          | size   | capability             | frontier | buys (ten, ; between)
OEM     | Dommel Lithosystems N.V.        | Veldhoven     | large  | lithography equipment  | true  |
T1-01   | Kocher Präzisionsoptik GmbH     | Oberkochen    | large  | optical modules        | true  | optical glass; optical glass; optical coatings; technical ceramics; metrology; precision machining; actuators and motors; vacuum components; cleanroom cleaning; mechatronic modules
T1-02   | Hoeksema Mechatronics B.V.      | Eindhoven     | large  | mechatronic modules    | false | frames and large parts; electronics assembly; precision machining; precision machining; sheet metal and welding; actuators and motors; sensors; bearings and guides; cable harnesses; surface treatment
T1-03   | Stagetronic B.V.                | Best          | medium | positioning stages     | false | frames and large parts; control software; technical ceramics; actuators and motors; actuators and motors; sensors; metrology; precision machining; bearings and guides; power electronics
T1-04   | Coronado Light Systems Inc.     | San Diego     | large  | light sources          | true  | industrial gases; vacuum components; power electronics; power electronics; optical coatings; precision machining; sheet metal and welding; sensors; fluidics; electronics assembly
T1-05   | Rurtal Vakuumtechnik GmbH       | Aachen        | medium | vacuum systems         | false | cable harnesses; vacuum components; vacuum components; precision machining; sheet metal and welding; surface treatment; sensors; plastics and seals; electronics assembly; cleanroom cleaning
T1-06   | Van den Broek Precisie B.V.     | Helmond       | large  | frames and large parts | false | metal stock; metal stock; castings; sheet metal and welding; surface treatment; surface treatment; precision machining; metrology; logistics; engineering services
T1-07   | Lommelec NV                     | Lommel        | medium | electronics assembly   | false | printed circuit boards; printed circuit boards; electronic components; electronic components; connectors and wire; plastics and seals; sheet metal and welding; test equipment; logistics; cable harnesses
T1-08   | Moravia Cable s.r.o.            | Brno          | medium | cable harnesses        | false | connectors and wire; connectors and wire; plastics and seals; electronic components; test equipment; logistics; sheet metal and welding; engineering services; surface treatment; printed circuit boards
T1-09   | Lumeon Software B.V.            | Eindhoven     | medium | control software       | false | software services; software services; engineering services; engineering services; test equipment; electronics assembly; metrology; sensors; power electronics; printed circuit boards
T1-10   | Twentse Fluidtechniek B.V.      | Hengelo       | medium | thermal conditioning   | false | fluidics; fluidics; sensors; precision machining; plastics and seals; sheet metal and welding; electronics assembly; cable harnesses; surface treatment; metrology
`;

/** The equipment maker buys what its tier-1 suppliers make, one each. */
const TIER_ONE_COUNT = 10;

// ---------------------------------------------------------------------------------------------
// Knowledge institutions, governments, intermediaries (real names, invented ties)
// ---------------------------------------------------------------------------------------------

const INSTITUTION_TYPES = [
  'university',
  'applied-sciences',
  'research-institute',
  'vocational',
  'government',
  'intermediary',
] as const;
type InstitutionType = (typeof INSTITUTION_TYPES)[number];

const INSTITUTION_TABLE = `
# id  | name                                              | type               | town
K01   | Eindhoven University of Technology                | university         | Eindhoven
K02   | Fontys University of Applied Sciences             | applied-sciences   | Eindhoven
K03   | Summa College                                     | vocational         | Eindhoven
K04   | Holst Centre                                      | research-institute | Eindhoven
K05   | TNO                                               | research-institute | Delft
K06   | Delft University of Technology                    | university         | Delft
K07   | University of Twente                              | university         | Enschede
K08   | Saxion University of Applied Sciences             | applied-sciences   | Enschede
K09   | KU Leuven                                         | university         | Leuven
K10   | imec                                              | research-institute | Leuven
K11   | RWTH Aachen University                            | university         | Aachen
K12   | Fraunhofer Institute for Laser Technology ILT     | research-institute | Aachen
K13   | Aalen University                                  | applied-sciences   | Aalen
K14   | Fraunhofer Institute for Applied Optics IOF       | research-institute | Jena
K15   | University of California San Diego                | university         | San Diego
G01   | Province of Noord-Brabant                         | government         | 's-Hertogenbosch
G02   | Netherlands Enterprise Agency (RVO)               | government         | Den Haag
G03   | Municipality of Eindhoven                         | government         | Eindhoven
I01   | Brainport Development                             | intermediary       | Eindhoven
I02   | Brainport Industries                              | intermediary       | Eindhoven
I03   | Mikrocentrum                                      | intermediary       | Veldhoven
I04   | Brabant Development Agency (BOM)                  | intermediary       | Tilburg
`;

/** Knowledge institutions the equipment maker works with closely, and how closely (strength). */
const LEAD_FIRM_KNOWLEDGE = 'K01 5, K06 4, K07 3, K05 4, K04 4, K10 4, K11 3, K02 3, K03 2';

/** Institutions that work with each other (joint programmes, shared labs): from public sources. */
const INSTITUTION_PAIRS = 'K01-K04, K01-K05, K01-K02, K02-K03, K05-K06, K07-K08, K09-K10, K11-K12, K13-K14';

// ---------------------------------------------------------------------------------------------
// The network under construction
// ---------------------------------------------------------------------------------------------

interface Firm {
  kind: 'firm';
  id: string;
  label: string;
  tier: number;
  capability: Capability;
  size: SizeClass;
  place: Town;
  lat: number;
  lon: number;
  frontier: boolean;
  /** How many clients named it: named suppliers are named again (shared suppliers). */
  timesNamed: number;
}

interface Institution {
  kind: Exclude<ActorKind, 'firm' | 'other'>;
  id: string;
  label: string;
  type: InstitutionType;
  place: Town;
}

type Actor = Firm | Institution;

interface Relation {
  source: Actor;
  target: Actor;
  kind: RelationKind;
  strength: number;
  directed: boolean;
  year: number;
  /** Who named the tie; null for ties taken from public sources. */
  reporter: Actor | null;
}

interface Network {
  firms: Firm[];
  institutions: Institution[];
  relations: Relation[];
  tiedPairs: Set<string>;
  labels: Set<string>;
}

function pairKey(a: Actor, b: Actor, kind: RelationKind): string {
  return a.id < b.id ? `${a.id}|${b.id}|${kind}` : `${b.id}|${a.id}|${kind}`;
}

function addRelation(network: Network, relation: Relation): void {
  const key = pairKey(relation.source, relation.target, relation.kind);
  if (network.tiedPairs.has(key)) throw new Error(`Relation ${key} twice`);
  network.tiedPairs.add(key);
  network.relations.push(relation);
}

function isTied(network: Network, a: Actor, b: Actor, kind: RelationKind): boolean {
  return network.tiedPairs.has(pairKey(a, b, kind));
}

/** One of the values of a list such as `'5 0.6, 4 0.4'` (value, weight), drawn by weight. */
function drawOption(rng: SeededRandom, options: string): string {
  const pairs = options.split(',').map((entry) => {
    const [value, weight] = entry.trim().split(/\s+/);
    return { value, weight: numberCell(weight) };
  });
  return rng.weightedPick(pairs, (pair) => pair.weight).value;
}

/** A contact frequency (tie strength) drawn from a list such as `'4 0.45, 3 0.4, 2 0.15'`. */
function drawStrength(rng: SeededRandom, options: string): number {
  return numberCell(drawOption(rng, options));
}

function jitter(place: Town, rng: SeededRandom): { lat: number; lon: number } {
  return { lat: place.lat + rng.normal(0, 0.01), lon: place.lon + rng.normal(0, 0.015) };
}

function createInstitutions(): Institution[] {
  const kindOf = (type: InstitutionType): Institution['kind'] =>
    type === 'government' ? 'government' : type === 'intermediary' ? 'intermediary' : 'knowledge';
  return tableRows(INSTITUTION_TABLE, 4).map(([id, label, type, townName]) => {
    const institutionType = oneOf(INSTITUTION_TYPES, type);
    return { kind: kindOf(institutionType), id, label, type: institutionType, place: town(townName) };
  });
}

function createLeadFirms(rng: SeededRandom): { firms: Firm[]; purchases: Map<Firm, Capability[]> } {
  const purchases = new Map<Firm, Capability[]>();
  const firms = tableRows(LEAD_FIRM_TABLE, 7).map(
    ([id, label, townName, size, capabilityName, frontier, buys]) => {
      const place = town(townName);
      const firm: Firm = {
        kind: 'firm',
        id,
        label,
        tier: id === 'OEM' ? 0 : 1,
        capability: capability(capabilityName),
        size: oneOf(SIZE_CLASSES, size),
        place,
        ...jitter(place, rng),
        frontier: frontier === 'true',
        timesNamed: 0,
      };
      const bought = buys === '' ? [] : buys.split(';').map((name) => capability(name.trim()));
      if (firm.tier === 1 && bought.length !== SUPPLIERS_PER_CLIENT)
        throw new Error(`${id} buys ${bought.length} things, not ${SUPPLIERS_PER_CLIENT}`);
      purchases.set(firm, bought);
      return firm;
    },
  );
  if (firms.filter((firm) => firm.tier === 1).length !== TIER_ONE_COUNT) throw new Error('Ten tier-1 firms');
  return { firms, purchases };
}

// ---------------------------------------------------------------------------------------------
// Names for tier-2 firms: invented, in the language of their country
// ---------------------------------------------------------------------------------------------

type NameStyle = 'nl' | 'be' | 'de' | 'ch' | 'fr' | 'cz' | 'us' | 'jp' | 'tw' | 'cn';

const NAME_STYLE_BY_COUNTRY: Record<string, NameStyle> = {
  NL: 'nl',
  BE: 'be',
  DE: 'de',
  CH: 'ch',
  FR: 'fr',
  CZ: 'cz',
  US: 'us',
  JP: 'jp',
  TW: 'tw',
  CN: 'cn',
};

/** Surnames and made-up brand roots by name style, comma-separated. */
const SURNAMES: Record<NameStyle, string> = {
  nl: 'Van Dijk, Verhoeven, Van der Heijden, Smulders, Van Gerwen, Swinkels, Van Lieshout, Raaijmakers, Van de Ven, Bogaers, Hendriks, Aarts, Kuijpers, Van Hout, Wouters, Meulendijks, Van Asten, Donkers',
  be: 'Peeters, Janssens, Claes, Vandenbroeck, Geerts, Vermeulen, Willems, Lenaerts, Vanhoof, Mertens',
  de: 'Müller, Schmitz, Weber, Hoffmann, Bäcker, Krämer, Schäfer, Wagner, Körber, Vogt, Lindner, Haas',
  ch: 'Brunner, Keller, Meier, Huber, Gerber',
  fr: 'Girard, Morel, Fournier, Chevalier, Lambert',
  cz: 'Novák, Dvořák, Svoboda, Černý, Procházka, Kučera',
  us: 'Harper, Whitfield, Caldwell, Sutton, Brennan, Ortega, Lindqvist, Delgado',
  jp: 'Takeda, Moriyama, Hoshino, Kawabata, Nishida',
  tw: 'Lien, Hsu, Tsai, Chang',
  cn: 'Huarui, Xinda, Jinghong, Tianyu',
};

/** Trade words by capability, for the languages that do not borrow the English one. */
const LOCAL_TRADE_WORDS: Record<'nl' | 'de', Record<string, string>> = {
  nl: {
    machining: 'Precisiebewerking',
    'sheet metal': 'Plaatwerk',
    'surface treatment': 'Oppervlaktetechniek',
    castings: 'Gieterij',
    metals: 'Metaalhandel',
    coatings: 'Coatings',
    ceramics: 'Keramiek',
    metrology: 'Meettechniek',
    motion: 'Aandrijftechniek',
    sensors: 'Sensortechniek',
    electronics: 'Elektronica',
    components: 'Componenten',
    cable: 'Kabeltechniek',
    power: 'Vermogenselektronica',
    polymer: 'Kunststoffen',
    vacuum: 'Vacuümtechniek',
    fluid: 'Fluïdtechniek',
    clean: 'Cleanroom Services',
    test: 'Testsystemen',
    engineering: 'Engineering',
    software: 'Software',
    logistics: 'Logistiek',
    connect: 'Verbindingstechniek',
    gas: 'Gassen',
    PCB: 'Printplaten',
  },
  de: {
    machining: 'Feinmechanik',
    'sheet metal': 'Blechtechnik',
    'surface treatment': 'Oberflächentechnik',
    castings: 'Gießerei',
    metals: 'Metallhandel',
    glass: 'Glaswerke',
    coatings: 'Beschichtungen',
    ceramics: 'Keramik',
    metrology: 'Messtechnik',
    motion: 'Antriebstechnik',
    'motion systems': 'Lagertechnik',
    sensors: 'Sensorik',
    electronics: 'Elektronik',
    components: 'Bauelemente',
    connect: 'Steckverbinder',
    cable: 'Kabelkonfektion',
    power: 'Leistungselektronik',
    polymer: 'Kunststofftechnik',
    vacuum: 'Vakuumtechnik',
    fluid: 'Fluidtechnik',
    clean: 'Reinraumservice',
    test: 'Prüftechnik',
    engineering: 'Ingenieurbüro',
    software: 'Software',
    logistics: 'Logistik',
    gas: 'Gase',
    PCB: 'Leiterplatten',
  },
};

const ENGLISH_TRADE_WORDS: Record<string, string> = {
  machining: 'Precision Machining',
  'sheet metal': 'Metal Fabrication',
  'surface treatment': 'Surface Technologies',
  castings: 'Castings',
  metals: 'Metals',
  glass: 'Optical Glass',
  coatings: 'Thin Films',
  ceramics: 'Ceramics',
  metrology: 'Metrology',
  motion: 'Motion',
  'motion systems': 'Bearings',
  sensors: 'Sensors',
  electronics: 'Electronics',
  components: 'Components',
  connect: 'Interconnect',
  cable: 'Cable Assemblies',
  power: 'Power Systems',
  polymer: 'Polymers',
  vacuum: 'Vacuum',
  fluid: 'Fluid Systems',
  clean: 'Cleanroom Services',
  test: 'Test Systems',
  engineering: 'Engineering',
  software: 'Software',
  logistics: 'Logistics',
  gas: 'Industrial Gases',
  PCB: 'Circuits',
};

const LEGAL_FORMS: Record<NameStyle, string> = {
  nl: 'B.V.',
  be: 'NV',
  de: 'GmbH',
  ch: 'AG',
  fr: 'SAS',
  cz: 's.r.o.',
  us: 'Inc.',
  jp: 'Co., Ltd.',
  tw: 'Corp.',
  cn: 'Co., Ltd.',
};

function tradeWord(style: NameStyle, word: string): string {
  if (style === 'nl' || style === 'be') return LOCAL_TRADE_WORDS.nl[word] ?? ENGLISH_TRADE_WORDS[word];
  if (style === 'de' || style === 'ch') return LOCAL_TRADE_WORDS.de[word] ?? ENGLISH_TRADE_WORDS[word];
  return ENGLISH_TRADE_WORDS[word];
}

function firmName(capabilityOfFirm: Capability, place: Town, rng: SeededRandom, taken: Set<string>): string {
  const style = NAME_STYLE_BY_COUNTRY[place.country];
  if (!style) throw new Error(`No name style for ${place.country}`);
  const trade = tradeWord(style, capabilityOfFirm.tradeWord);
  if (!trade) throw new Error(`No trade word for ${capabilityOfFirm.tradeWord}`);
  const prefix = style === 'cn' ? `${place.name} ` : '';
  for (let attempt = 0; attempt < 50; attempt++) {
    const label = `${prefix}${rng.pick(SURNAMES[style].split(', '))} ${trade} ${LEGAL_FORMS[style]}`;
    if (!taken.has(label)) return label;
  }
  // Every surname of the style is taken for this trade: the town tells them apart.
  const label = `${rng.pick(SURNAMES[style].split(', '))} ${trade} ${place.name} ${LEGAL_FORMS[style]}`;
  if (taken.has(label)) throw new Error(`No free name for a ${capabilityOfFirm.name} firm in ${place.name}`);
  return label;
}

// ---------------------------------------------------------------------------------------------
// Supply: the snowball
// ---------------------------------------------------------------------------------------------

const SIZE_WEIGHTS: Record<Zone, string> = {
  // A regional supply base of SMEs; foreign suppliers that reach a tier-1 firm tend to be larger.
  regional: 'micro 0.1, small 0.45, medium 0.35, large 0.1',
  national: 'micro 0.05, small 0.35, medium 0.45, large 0.15',
  foreign: 'small 0.15, medium 0.5, large 0.35',
};

function createTierTwoFirm(network: Network, client: Firm, wanted: Capability, rng: SeededRandom): Firm {
  const { town: place } = rng.weightedPick(
    wanted.towns,
    (option) => option.weight * proximity(client.place, option.town),
  );
  const label = firmName(wanted, place, rng, network.labels);
  network.labels.add(label);
  const firm: Firm = {
    kind: 'firm',
    id: `T2-${String(network.firms.filter((each) => each.tier === 2).length + 1).padStart(3, '0')}`,
    label,
    tier: 2,
    capability: wanted,
    size: oneOf(SIZE_CLASSES, drawOption(rng, SIZE_WEIGHTS[zoneOf(place)])),
    place,
    ...jitter(place, rng),
    frontier: false,
    timesNamed: 0,
  };
  network.firms.push(firm);
  return firm;
}

/**
 * A client's supplier for one capability: one of the firms already named for it, tier-1 firms
 * included (the more often named and the nearer, the likelier), or a new firm.
 */
function chooseSupplier(network: Network, client: Firm, wanted: Capability, rng: SeededRandom): Firm {
  const makers = network.firms.filter(
    (firm) => firm !== client && firm.capability === wanted && !isTied(network, firm, client, 'supply'),
  );
  // Capabilities with no towns of their own are made by tier-1 firms only (frames, control software).
  if (wanted.towns.length === 0) {
    const tierOneMaker = makers.find((firm) => firm.tier === 1);
    if (!tierOneMaker) throw new Error(`No tier-1 firm makes ${wanted.name}`);
    return tierOneMaker;
  }
  const NEW = null;
  const choice = rng.weightedPick([NEW, ...makers], (firm) =>
    firm === NEW ? NEW_SUPPLIER_WEIGHT : (1 + firm.timesNamed) * proximity(client.place, firm.place),
  );
  return choice ?? createTierTwoFirm(network, client, wanted, rng);
}

const SUPPLY_STRENGTH: Record<'tier-one' | 'tier-two', string> = {
  // Contact frequency: the equipment maker and its module suppliers talk daily or weekly.
  'tier-one': '5 0.6, 4 0.4',
  'tier-two': '4 0.45, 3 0.4, 2 0.15',
};

function addSupply(network: Network, supplier: Firm, client: Firm, rng: SeededRandom): void {
  supplier.timesNamed++;
  const fromTierOne = client.tier === 0;
  addRelation(network, {
    source: supplier,
    target: client,
    kind: 'supply',
    strength: drawStrength(rng, SUPPLY_STRENGTH[fromTierOne ? 'tier-one' : 'tier-two']),
    directed: true,
    // Module suppliers of an equipment maker go back decades; tier-2 ties are younger.
    year: fromTierOne ? rng.integer(1998, 2016) : rng.integer(2006, 2023),
    reporter: client,
  });
}

function buildSupplyChain(network: Network, purchases: Map<Firm, Capability[]>, rng: SeededRandom): void {
  const [leadFirm, ...tierOne] = network.firms;
  for (const supplier of tierOne) addSupply(network, supplier, leadFirm, rng);
  for (const client of tierOne) {
    for (const wanted of purchases.get(client) ?? []) {
      addSupply(network, chooseSupplier(network, client, wanted, rng), client, rng);
    }
  }
}

/** The equipment maker develops modules together with its strategic suppliers. */
const CO_DEVELOPMENT_PARTNERS = ['T1-01', 'T1-02', 'T1-03', 'T1-04', 'T1-09'];

function addCoDevelopment(network: Network, rng: SeededRandom): void {
  const leadFirm = network.firms[0];
  for (const id of CO_DEVELOPMENT_PARTNERS) {
    const partner = network.firms.find((firm) => firm.id === id) as Firm;
    addRelation(network, {
      source: leadFirm,
      target: partner,
      kind: 'cooperation',
      strength: drawStrength(rng, '5 0.7, 4 0.3'),
      directed: false,
      year: rng.integer(2012, 2022),
      reporter: leadFirm,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Knowledge ties
// ---------------------------------------------------------------------------------------------

/** Which kind of knowledge institution a firm of a size turns to (large firms to universities). */
const INSTITUTION_FIT: Record<SizeClass, Partial<Record<InstitutionType, number>>> = {
  micro: { 'applied-sciences': 3, vocational: 2, university: 0.3, 'research-institute': 0.3 },
  small: { 'applied-sciences': 3, vocational: 1.5, university: 0.7, 'research-institute': 0.7 },
  medium: { 'applied-sciences': 2, vocational: 1, university: 1.5, 'research-institute': 1.5 },
  large: { 'applied-sciences': 1, vocational: 0.5, university: 3, 'research-institute': 3 },
};

/** Chance that a firm has no knowledge institution at all (the gap brokers look for). */
const NO_KNOWLEDGE_PARTNER: Record<SizeClass, number> = { micro: 0.6, small: 0.45, medium: 0.25, large: 0.1 };

/** Knowledge partners are near: a firm looks within a day's return trip. */
const KNOWLEDGE_REACH_KM = 300;

function knowledgePartnerCount(firm: Firm, rng: SeededRandom): number {
  if (firm.tier === 1) return rng.integer(2, 4);
  if (rng.chance(NO_KNOWLEDGE_PARTNER[firm.size])) return 0;
  return firm.size === 'large' || firm.size === 'medium' ? rng.integer(1, 2) : 1;
}

function addKnowledgeTie(
  network: Network,
  firm: Firm,
  institution: Institution,
  strength: number,
  year: number,
) {
  addRelation(network, {
    source: firm,
    target: institution,
    kind: 'knowledge',
    strength,
    directed: false,
    year,
    reporter: firm,
  });
}

function addKnowledgeTies(network: Network, rng: SeededRandom): void {
  const institutions = network.institutions.filter((each) => each.kind === 'knowledge');
  const byId = new Map(institutions.map((each) => [each.id, each]));
  const [leadFirm, ...suppliers] = network.firms;
  for (const entry of LEAD_FIRM_KNOWLEDGE.split(',')) {
    const [id, strength] = entry.trim().split(/\s+/);
    addKnowledgeTie(
      network,
      leadFirm,
      byId.get(id) as Institution,
      numberCell(strength),
      rng.integer(2010, 2022),
    );
  }
  for (const firm of suppliers) {
    const reachable = institutions.filter((each) => distanceKm(each.place, firm.place) <= KNOWLEDGE_REACH_KM);
    for (let count = knowledgePartnerCount(firm, rng); count > 0; count--) {
      const candidates = reachable.filter((each) => !isTied(network, firm, each, 'knowledge'));
      if (candidates.length === 0) break;
      const institution = rng.weightedPick(
        candidates,
        (each) => (INSTITUTION_FIT[firm.size][each.type] ?? 0) * proximity(firm.place, each.place, 60),
      );
      const strength = drawStrength(rng, '3 0.35, 2 0.45, 1 0.2');
      addKnowledgeTie(network, firm, institution, strength, rng.integer(2015, 2024));
    }
  }
}

function addInstitutionPairs(network: Network, rng: SeededRandom): void {
  const byId = new Map(network.institutions.map((each) => [each.id, each]));
  for (const pair of INSTITUTION_PAIRS.split(',')) {
    const [a, b] = pair.trim().split('-');
    addRelation(network, {
      source: byId.get(a) as Institution,
      target: byId.get(b) as Institution,
      kind: 'cooperation',
      strength: drawStrength(rng, '4 0.5, 3 0.5'),
      directed: false,
      year: rng.integer(2008, 2020),
      reporter: null,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Governments and intermediaries
// ---------------------------------------------------------------------------------------------

interface SupportRule {
  body: string;
  kind: 'government' | 'intermediary';
  /** Who the body serves, and how likely each such firm reports it. */
  serves: (firm: Firm) => number;
  /** Contact frequencies with weights, as `'2 0.5, 1 0.5'`. */
  strengths: string;
  years: [number, number];
}

const isBrabant = (firm: Firm) => firm.place.region.includes('Noord-Brabant');
const isDutch = (firm: Firm) => firm.place.country === HOME_COUNTRY;
const isSme = (firm: Firm) => firm.size !== 'large';
const YEARLY_OR_RARER = '2 0.5, 1 0.5';

const SUPPORT_RULES: SupportRule[] = [
  // Innovation credits and R&D tax relief reach firms all over the country.
  {
    body: 'G02',
    kind: 'government',
    serves: (f) => (isDutch(f) ? (f.tier === 0 ? 1 : 0.3) : 0),
    strengths: YEARLY_OR_RARER,
    years: [2019, 2024],
  },
  {
    body: 'G01',
    kind: 'government',
    serves: (f) => (isBrabant(f) ? (f.tier <= 1 ? 0.8 : 0.2) : 0),
    strengths: YEARLY_OR_RARER,
    years: [2019, 2024],
  },
  {
    body: 'G03',
    kind: 'government',
    serves: (f) => (f.place.name === 'Eindhoven' || f.tier === 0 ? 0.5 : 0),
    strengths: YEARLY_OR_RARER,
    years: [2019, 2024],
  },
  // The supplier association of the region: most Brabant suppliers are members.
  {
    body: 'I02',
    kind: 'intermediary',
    serves: (f) => (f.tier === 0 ? 1 : isBrabant(f) ? 0.65 : isDutch(f) ? 0.15 : 0),
    strengths: '3 0.4, 2 0.4, 1 0.2',
    years: [2012, 2024],
  },
  {
    body: 'I01',
    kind: 'intermediary',
    serves: (f) => (f.tier <= 1 && isBrabant(f) ? 0.9 : 0),
    strengths: '3 0.5, 2 0.5',
    years: [2012, 2024],
  },
  {
    body: 'I03',
    kind: 'intermediary',
    serves: (f) => (isDutch(f) ? 0.25 : 0),
    strengths: YEARLY_OR_RARER,
    years: [2010, 2024],
  },
  {
    body: 'I04',
    kind: 'intermediary',
    serves: (f) => (isBrabant(f) && isSme(f) ? 0.15 : 0),
    strengths: YEARLY_OR_RARER,
    years: [2015, 2024],
  },
];

function addSupportTies(network: Network, rng: SeededRandom): void {
  const byId = new Map(network.institutions.map((each) => [each.id, each]));
  for (const rule of SUPPORT_RULES) {
    const body = byId.get(rule.body) as Institution;
    for (const firm of network.firms) {
      if (!rng.chance(rule.serves(firm))) continue;
      addRelation(network, {
        source: firm,
        target: body,
        kind: rule.kind,
        strength: drawStrength(rng, rule.strengths),
        directed: false,
        year: rng.integer(rule.years[0], rule.years[1]),
        reporter: firm,
      });
    }
  }
  // The regional development bodies work with the regional university and the college.
  for (const [a, b] of [
    ['I01', 'K01'],
    ['I01', 'G03'],
    ['I02', 'K02'],
    ['I03', 'K03'],
    ['G01', 'I04'],
  ]) {
    addRelation(network, {
      source: byId.get(a) as Institution,
      target: byId.get(b) as Institution,
      kind: a.startsWith('G') ? 'government' : 'intermediary',
      strength: 3,
      directed: false,
      year: rng.integer(2012, 2020),
      reporter: null,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Output
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
  'tier',
  'capability',
  'zone',
  'institution_type',
] as const;

const RELATION_COLUMNS = ['source', 'target', 'kind', 'strength', 'directed', 'year', 'reported_by'] as const;

function actorRow(actor: Actor): Cell[] {
  const { place } = actor;
  if (actor.kind !== 'firm') {
    const location = [place.region, place.country, place.lat.toFixed(4), place.lon.toFixed(4)];
    return [
      actor.id,
      actor.label,
      actor.kind,
      null,
      null,
      ...location,
      null,
      null,
      null,
      zoneOf(place),
      actor.type,
    ];
  }
  return [
    actor.id,
    actor.label,
    actor.kind,
    actor.capability.sector,
    actor.size,
    place.region,
    place.country,
    actor.lat.toFixed(4),
    actor.lon.toFixed(4),
    actor.frontier,
    actor.tier,
    actor.capability.name,
    zoneOf(place),
    null,
  ];
}

function relationRow(relation: Relation): Cell[] {
  return [
    relation.source.id,
    relation.target.id,
    relation.kind,
    relation.strength,
    relation.directed,
    relation.year,
    relation.reporter?.id ?? null,
  ];
}

/** Actors that take part in some relation, in id order within each group (firms by tier first). */
function finalActors(network: Network): Actor[] {
  const tied = new Set<Actor>();
  for (const relation of network.relations) tied.add(relation.source).add(relation.target);
  return [...network.firms, ...network.institutions].filter((actor) => tied.has(actor));
}

const RELATION_ORDER: RelationKind[] = ['supply', 'cooperation', 'knowledge', 'government', 'intermediary'];

function sortedRelations(network: Network): Relation[] {
  // Grouped by kind; within a kind, in the order the mapping study recorded them (sort is stable).
  return [...network.relations].sort(
    (a, b) => RELATION_ORDER.indexOf(a.kind) - RELATION_ORDER.indexOf(b.kind),
  );
}

function validate(actors: Actor[], relations: Relation[]): void {
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const actor of actors) {
    if (ids.has(actor.id) || labels.has(actor.label)) throw new Error(`Repeated id or label: ${actor.id}`);
    ids.add(actor.id);
    labels.add(actor.label);
  }
  for (const relation of relations) {
    if (!ids.has(relation.source.id) || !ids.has(relation.target.id))
      throw new Error(`Dangling relation ${relation.source.id} → ${relation.target.id}`);
    if (relation.source === relation.target) throw new Error(`Self-loop at ${relation.source.id}`);
    if (relation.strength < 1 || relation.strength > 5) throw new Error('Strength out of range');
  }
}

// ---------------------------------------------------------------------------------------------
// Summary and card
// ---------------------------------------------------------------------------------------------

interface Summary {
  actorsByKind: Record<string, number>;
  relationsByKind: Record<string, number>;
  firmsByTierAndZone: Record<string, Record<Zone, number>>;
  tierTwoMentions: number;
  sharedSuppliers: Firm[];
  tierOneToTierOne: [string, string][];
  firmsWithoutKnowledge: number;
  firmCount: number;
  actorsBytes: number;
  relationsBytes: number;
}

function countValues(values: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function summarise(
  actors: Actor[],
  relations: Relation[],
  bytes: { actors: number; relations: number },
): Summary {
  const firms = actors.filter((actor): actor is Firm => actor.kind === 'firm');
  const firmsByTierAndZone: Record<string, Record<Zone, number>> = {};
  for (const firm of firms) {
    const tier = `tier ${firm.tier}`;
    firmsByTierAndZone[tier] ??= { regional: 0, national: 0, foreign: 0 };
    firmsByTierAndZone[tier][zoneOf(firm.place)]++;
  }
  const supply = relations.filter((relation) => relation.kind === 'supply');
  const withKnowledge = new Set(
    relations.filter((relation) => relation.kind === 'knowledge').map((relation) => relation.source),
  );
  return {
    actorsByKind: countValues(actors.map((actor) => actor.kind)),
    relationsByKind: countValues(relations.map((relation) => relation.kind)),
    firmsByTierAndZone,
    tierTwoMentions: supply.filter((relation) => (relation.target as Firm).tier === 1).length,
    sharedSuppliers: firms
      .filter((firm) => firm.tier === 2 && firm.timesNamed >= 2)
      .sort((a, b) => b.timesNamed - a.timesNamed || (a.id < b.id ? -1 : 1)),
    tierOneToTierOne: supply
      .filter((relation) => (relation.source as Firm).tier === 1 && (relation.target as Firm).tier === 1)
      .map((relation) => [relation.source.label, relation.target.label]),
    firmsWithoutKnowledge: firms.filter((firm) => !withKnowledge.has(firm)).length,
    firmCount: firms.length,
    actorsBytes: bytes.actors,
    relationsBytes: bytes.relations,
  };
}

function countTable(title: string, counts: Record<string, number>, order: readonly string[]): string {
  const rows = order.filter((key) => counts[key]).map((key) => `| ${key} | ${counts[key]} |`);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return [`| ${title} | count |`, '|---|---:|', ...rows, `| **total** | **${total}** |`].join('\n');
}

function tierTable(rows: Summary['firmsByTierAndZone']): string {
  const lines = Object.keys(rows)
    .sort()
    .map((tier) => `| ${tier} | ${ZONES.map((zone) => rows[tier][zone]).join(' | ')} |`);
  return ['| firms | regional | national | foreign |', '|---|---:|---:|---:|', ...lines].join('\n');
}

function readme(summary: Summary): string {
  const leadFirm = tableRows(LEAD_FIRM_TABLE, 7)[0][1];
  const shared = summary.sharedSuppliers
    .slice(0, 8)
    .map((firm) => `${firm.label} (${firm.capability.name}, ${firm.timesNamed} clients)`)
    .join('; ');
  return `# Tiered supply chain — synthetic sample around an equipment maker

**Synthetic data, generated by a script. The firms do not exist** and their names are invented; any
resemblance to a real company is coincidental. Knowledge institutions, governments and
intermediaries carry the names of real organisations so that the network reads naturally, but every
tie, frequency and year involving them is invented and their coordinates are approximate.

A supply-chain mapping study around **${leadFirm}**, an (invented) maker of lithography equipment
in Veldhoven, in the Brainport Eindhoven region (COROP area ${FOCAL_REGION}). Done as regional
mapping studies do it, by snowball: the equipment maker named its ten main suppliers (**tier 1**),
and each of them named its own ten main suppliers (**tier 2**). Use it to see tiers (colour or
filter by \`tier\`), regional versus foreign suppliers (\`zone\`, \`region\`, \`country\`), shared
suppliers that hold the chain together, and which suppliers lack a knowledge institution.

## How it was made

\`scripts/build-supply-chain.ts\`, seed **${SEED}** (sfc32, \`scripts/lib/seeded-random.ts\`).
Regenerate with \`npm run sample:supply-chain\`: the three files come out byte for byte the same.

- **Tier 0 and tier 1** are written by hand in the script: the equipment maker and ten module
  suppliers — optics (Baden-Württemberg), light sources (California), vacuum systems (Aachen),
  electronics assembly (Belgian Limburg), cable harnesses (Brno) abroad; mechatronic modules,
  positioning stages, frames and control software in the Brainport region; thermal conditioning in
  Twente. Each tier-1 firm has a list of ten things it buys.
- **Tier 2** is drawn: for each thing a tier-1 firm buys, it takes either a supplier already named
  for that capability, tier-1 firms included — weighted by (1 + times named) × proximity, so named
  suppliers are named again and tier-2 lists overlap — or a new firm (weight ${NEW_SUPPLIER_WEIGHT}).
  Frames, mechatronic modules and control software come only from the tier-1 firms that make them,
  so tier-1 firms also supply each other. A new firm's town is drawn
  from the towns where such firms are found, weighted by proximity to the client
  (exp(−distance / ${PROXIMITY_SCALE_KM} km) + ${PROXIMITY_FLOOR}): Brainport module makers mostly buy in
  Brabant, the Californian light-source maker mostly in California, the optics maker in Germany.
- **Supply** runs from supplier to client (\`directed\` = true). Contact frequency (\`strength\`):
  equipment maker–tier 1 daily or weekly; tier 1–tier 2 mostly weekly or monthly. \`year\` is the
  year the supply relation started.
- The equipment maker **co-develops** modules with five strategic tier-1 suppliers (\`cooperation\`).
- **Knowledge ties**: the equipment maker works with nine institutions; tier-1 firms with 2–4
  nearby ones; tier-2 firms with 0–2 within ${KNOWLEDGE_REACH_KM} km, large firms with universities and
  institutes, small firms with universities of applied sciences and the vocational college. Many
  small suppliers have none (and far-away suppliers usually have none in the map).
  Institutions cooperate with each other in a few known pairs (from public sources: no \`reported_by\`).
- **Governments and intermediaries**: the Netherlands Enterprise Agency, the province and the
  municipality fund Dutch and Brabant firms; most Brabant suppliers are members of the regional
  supplier association; a few firms use the other intermediaries.

## Sizes

${countTable('actor kind', summary.actorsByKind, ['firm', 'knowledge', 'government', 'intermediary'])}

${tierTable(summary.firmsByTierAndZone)}

(regional = ${FOCAL_REGION}; national = elsewhere in the Netherlands; foreign = any other country.)

${countTable('relation kind', summary.relationsByKind, RELATION_ORDER)}

- Tier-1 firms named ${summary.tierTwoMentions} suppliers (10 each); shared tier-2 suppliers (named by two or
  more tier-1 firms): ${summary.sharedSuppliers.length}; the most shared: ${shared}.
- Tier-1 firms supplying other tier-1 firms (${summary.tierOneToTierOne.length}):
${summary.tierOneToTierOne.map(([a, b]) => `  - ${a} → ${b}`).join('\n')}
- Firms without a knowledge institution: ${summary.firmsWithoutKnowledge} of ${summary.firmCount}.
- No duplicate rows, no self-loops; every id in \`relations.csv\` is in \`actors.csv\`; the import
  gives one warning (\`shared-coordinates\`): the Eindhoven institutions share one point, the
  centre of Eindhoven, so their distances to each other are 0 km.
- Files: \`actors.csv\` ${(summary.actorsBytes / 1024).toFixed(1)} kB, \`relations.csv\` ${(summary.relationsBytes / 1024).toFixed(1)} kB.

## Files and fields

UTF-8 without BOM, comma-separated, \`.\` as decimal mark, RFC 4180 quoting, LF line ends. An empty
cell means unknown or not applicable.

\`actors.csv\`

| column | meaning |
|---|---|
| \`id\` | \`OEM\` the equipment maker, \`T1-01\`… tier-1 suppliers, \`T2-001\`… tier-2 suppliers (in the order first named), \`K01\`… knowledge institutions, \`G01\`… governments, \`I01\`… intermediaries |
| \`label\` | name (unique) |
| \`kind\` | \`firm\`, \`knowledge\`, \`government\` or \`intermediary\` |
| \`sector\` | firms: NACE division and a short name, e.g. \`C25 Metal products\` |
| \`size\` | firms: \`micro\` (< 10 employees), \`small\` (< 50), \`medium\` (< 250), \`large\` |
| \`region\` | COROP area (NL), province (BE), state, Regierungsbezirk or region (abroad) |
| \`country\` | ISO 3166-1 alpha-2 |
| \`lat\`, \`lon\` | decimal degrees, 4 decimals (firms: their town, jittered by about a kilometre) |
| \`frontier\` | firms: \`true\` for the equipment maker and the two tier-1 firms with the largest R&D spend |
| \`tier\` | firms: \`0\` the equipment maker, \`1\` named by it, \`2\` named by a tier-1 firm (a firm named by both is tier 1) |
| \`capability\` | firms: what it supplies (e.g. \`precision machining\`, \`optical modules\`) |
| \`zone\` | \`regional\` (${FOCAL_REGION}), \`national\` (elsewhere in the Netherlands) or \`foreign\` |
| \`institution_type\` | non-firms: \`university\`, \`applied-sciences\`, \`research-institute\`, \`vocational\`, \`government\`, \`intermediary\` |

\`relations.csv\`

| column | meaning |
|---|---|
| \`source\`, \`target\` | actor ids; for supply the goods flow from source (supplier) to target (client) |
| \`kind\` | \`supply\`, \`cooperation\`, \`knowledge\`, \`government\` or \`intermediary\` |
| \`strength\` | contact frequency: daily 5, weekly 4, monthly 3, yearly 2, rarer 1 |
| \`directed\` | \`true\` for supply, \`false\` otherwise |
| \`year\` | year the relation started |
| \`reported_by\` | id of the firm that named the tie; empty for ties between institutions (public sources) |

## Licence

The generated data (\`actors.csv\`, \`relations.csv\`) are dedicated to the public domain under
[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/). The generator is part of Clusterscope
and under its licence.
`;
}

function printSummary(summary: Summary): void {
  console.log(
    [
      `Supply chain, seed ${SEED} → ${relative(REPOSITORY_ROOT, OUTPUT_DIRECTORY)}`,
      `  actors: ${JSON.stringify(summary.actorsByKind)}`,
      `  relations: ${JSON.stringify(summary.relationsByKind)}`,
      `  firms by tier and zone: ${JSON.stringify(summary.firmsByTierAndZone)}`,
      `  shared tier-2 suppliers: ${summary.sharedSuppliers.length}; tier 1 → tier 1: ${summary.tierOneToTierOne.length}`,
      `  firms without a knowledge institution: ${summary.firmsWithoutKnowledge} of ${summary.firmCount}`,
    ].join('\n'),
  );
}

function main(): void {
  const rng = createSeededRandom(SEED);
  const { firms, purchases } = createLeadFirms(rng.fork('lead-firms'));
  const institutions = createInstitutions();
  const network: Network = {
    firms,
    institutions,
    relations: [],
    tiedPairs: new Set(),
    labels: new Set([...firms, ...institutions].map((actor) => actor.label)),
  };
  buildSupplyChain(network, purchases, rng.fork('supply'));
  addCoDevelopment(network, rng.fork('co-development'));
  addKnowledgeTies(network, rng.fork('knowledge'));
  addInstitutionPairs(network, rng.fork('institution-pairs'));
  addSupportTies(network, rng.fork('support'));

  const actors = finalActors(network);
  const relations = sortedRelations(network);
  validate(actors, relations);
  const actorsCsv = csv(ACTOR_COLUMNS, actors.map(actorRow));
  const relationsCsv = csv(RELATION_COLUMNS, relations.map(relationRow));
  const summary = summarise(actors, relations, {
    actors: Buffer.byteLength(actorsCsv),
    relations: Buffer.byteLength(relationsCsv),
  });

  mkdirSync(OUTPUT_DIRECTORY, { recursive: true });
  writeFileSync(join(OUTPUT_DIRECTORY, 'actors.csv'), actorsCsv);
  writeFileSync(join(OUTPUT_DIRECTORY, 'relations.csv'), relationsCsv);
  writeFileSync(join(OUTPUT_DIRECTORY, 'README.md'), readme(summary));
  printSummary(summary);
}

main();
