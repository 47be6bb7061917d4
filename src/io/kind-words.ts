/**
 * The words files use for actor kinds, relation kinds, size classes and countries, mapped to
 * the model's vocabulary (design guide §4). English, Dutch and German; CORDIS codes (PRC, HES,
 * REC, PUB, OTH) too. A word not listed here is passed to the model as written, which reads
 * it as `other` and says so in the report.
 */
import type { ActorKind, RelationKind, SizeClass } from '../model/kinds.ts';
import { normaliseHeader } from './columns.ts';

function wordMap<T extends string>(groups: Record<T, readonly string[]>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(groups) as [T, readonly string[]][]) {
    map.set(value, value);
    for (const word of words) map.set(normaliseHeader(word), value);
  }
  return map;
}

const ACTOR_KIND_WORDS = wordMap<ActorKind>({
  firm: [
    'company',
    'business',
    'enterprise',
    'bedrijf',
    'onderneming',
    'mkb',
    'sme',
    'unternehmen',
    'firma',
    'prc',
    'private company',
    'supplier',
    'client',
    'customer',
  ],
  knowledge: [
    'knowledge institution',
    'university',
    'university of applied sciences',
    'research institute',
    'research organisation',
    'universiteit',
    'hogeschool',
    'kennisinstelling',
    'onderzoeksinstituut',
    'roc',
    'mbo',
    'vocational school',
    'universität',
    'hochschule',
    'fachhochschule',
    'forschungsinstitut',
    'hes',
    'rec',
  ],
  government: [
    'public body',
    'municipality',
    'ministry',
    'overheid',
    'gemeente',
    'provincie',
    'ministerie',
    'behörde',
    'kommune',
    'gemeinde',
    'pub',
  ],
  intermediary: [
    'business association',
    'cluster organisation',
    'cluster organization',
    'chamber of commerce',
    'innovation broker',
    'intermediair',
    'branchevereniging',
    'brancheorganisatie',
    'clusterorganisatie',
    'kamer van koophandel',
    'kvk',
    'ontwikkelingsmaatschappij',
    'verband',
    'ihk',
  ],
  other: ['overig', 'anders', 'sonstige', 'andere', 'oth'],
});

const RELATION_KIND_WORDS = wordMap<RelationKind>({
  supply: [
    'supplier',
    'client',
    'customer',
    'leverancier',
    'toeleverancier',
    'klant',
    'afnemer',
    'levering',
    'lieferant',
    'kunde',
    'lieferung',
  ],
  knowledge: [
    'r&d',
    'research',
    'technical advice',
    'kennis',
    'onderzoek',
    'kennisuitwisseling',
    'wissen',
    'forschung',
    'knowledge partner',
  ],
  cooperation: [
    'collaboration',
    'co-creation',
    'joint project',
    'samenwerking',
    'cocreatie',
    'kooperation',
    'zusammenarbeit',
  ],
  government: ['funding', 'subsidy', 'regulation', 'overheid', 'subsidie', 'förderung'],
  intermediary: ['membership', 'lidmaatschap', 'intermediair', 'mitgliedschaft'],
  competitor: ['competition', 'concurrent', 'concurrentie', 'konkurrent', 'wettbewerber'],
  ownership: [
    'parent',
    'subsidiary',
    'eigendom',
    'moeder',
    'dochter',
    'moedermaatschappij',
    'dochteronderneming',
    'beteiligung',
    'mutter',
    'tochter',
  ],
  other: ['overig', 'anders', 'sonstige', 'andere'],
});

/**
 * A vocabulary's lookup, remembering each word as written. A kind column repeats a handful of
 * words over hundreds of thousands of rows, and normalising a word (Unicode decomposition and
 * five regular expressions) cost 0.4 s of Horizon 2020's 561,000 relation rows. Free-text
 * columns cannot grow the memory without bound: past MEMORY_LIMIT words the memory starts over.
 */
const MEMORY_LIMIT = 4096;

function rememberedLookup<T extends string>(words: ReadonlyMap<string, T>): (raw: string) => T | undefined {
  let memory = new Map<string, T | undefined>();
  return (raw) => {
    if (memory.has(raw)) return memory.get(raw);
    const value = words.get(normaliseHeader(raw));
    if (memory.size >= MEMORY_LIMIT) memory = new Map();
    memory.set(raw, value);
    return value;
  };
}

const actorKindOf = rememberedLookup(ACTOR_KIND_WORDS);
const relationKindOf = rememberedLookup(RELATION_KIND_WORDS);

/** Kind as the model's word when the file's word is known; otherwise the word as written. */
export function actorKindWord(raw: string): string {
  return actorKindOf(raw) ?? raw;
}

export function relationKindWord(raw: string): string {
  return relationKindOf(raw) ?? raw;
}

/**
 * Survey relation words that carry a direction relative to the respondent: a respondent's
 * supplier delivers to it (partner → respondent), its client receives from it (respondent →
 * partner); likewise parent and subsidiary for ownership.
 */
const TOWARD_RESPONDENT = new Set(
  [
    'supplier',
    'leverancier',
    'toeleverancier',
    'lieferant',
    'parent',
    'moeder',
    'moedermaatschappij',
    'mutter',
  ].map(normaliseHeader),
);
const FROM_RESPONDENT = new Set(
  [
    'client',
    'customer',
    'klant',
    'afnemer',
    'kunde',
    'subsidiary',
    'dochter',
    'dochteronderneming',
    'tochter',
  ].map(normaliseHeader),
);

export function reportedDirection(raw: string): 'toward-respondent' | 'from-respondent' | undefined {
  const word = normaliseHeader(raw);
  if (TOWARD_RESPONDENT.has(word)) return 'toward-respondent';
  if (FROM_RESPONDENT.has(word)) return 'from-respondent';
  return undefined;
}

const SIZE_WORDS = wordMap<SizeClass>({
  micro: ['micro', 'zzp', 'kleinst', 'kleinstunternehmen'],
  small: ['klein', 'kleinunternehmen'],
  medium: ['middelgroot', 'midden', 'mittel', 'mittelgroß'],
  large: ['groot', 'big', 'groß', 'grossunternehmen'],
});

/** A size word as written ("klein", "groß", "zzp") as the model's size class. */
export const sizeClassWord = rememberedLookup(SIZE_WORDS);

/** Country names often written out instead of ISO 3166-1 alpha-2 codes, in the languages of the region. */
const COUNTRY_WORDS = new Map<string, string>(
  Object.entries({
    netherlands: 'NL',
    the_netherlands: 'NL',
    nederland: 'NL',
    holland: 'NL',
    niederlande: 'NL',
    belgium: 'BE',
    belgie: 'BE',
    belgique: 'BE',
    belgien: 'BE',
    germany: 'DE',
    duitsland: 'DE',
    deutschland: 'DE',
    france: 'FR',
    frankrijk: 'FR',
    frankreich: 'FR',
    luxembourg: 'LU',
    luxemburg: 'LU',
    united_kingdom: 'GB',
    verenigd_koninkrijk: 'GB',
    uk: 'GB',
  }),
);

const countryOf = rememberedLookup(COUNTRY_WORDS);

export function countryCode(raw: string): string {
  const text = raw.trim();
  return countryOf(text) ?? (text.length === 2 ? text.toUpperCase() : text);
}
