/**
 * The offline gazetteer: town and city names to coordinates, from the table that
 * scripts/build-gazetteer.ts derives from GeoNames (data/geo/places.json). Names match whatever
 * their case, accents and punctuation, under any of their aliases (Luik, Aken, Den Bosch), and a
 * country narrows the search (Hasselt BE, not Hasselt NL). Pure: the table is handed in, so tests
 * can use a small one; `loadGazetteer` brings the bundled one, loaded on first need.
 */
import { foldPlaceName, placeNameKeys } from './place-names.ts';

/** A row of the table: name, ISO country code, latitude, longitude, population, other names. */
export type PlaceRow = readonly [string, string, number, number, number, (readonly string[])?];

export interface PlaceTable {
  readonly attribution: string;
  readonly places: readonly PlaceRow[];
  /** Population-weighted centre of each country's places: [lat, lon]. */
  readonly countryCentres: Readonly<Record<string, readonly [number, number]>>;
  /** Country names and non-ISO codes files use (Nederland, Belgique, EL, UK) → ISO code. */
  readonly countryNames: Readonly<Record<string, string>>;
}

export interface Place {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
}

export type PlaceMatch =
  | { readonly status: 'matched'; readonly place: Place; readonly query: string }
  | { readonly status: 'ambiguous'; readonly candidates: readonly Place[]; readonly query: string }
  | {
      readonly status: 'unmatched';
      readonly query: string;
      /** With a country given: places of that name in other countries (the country may be wrong). */
      readonly elsewhere: readonly Place[];
    };

/**
 * Among places of one name, the largest is taken when it has at least this many times the
 * inhabitants of the next (Aachen over the village of Aken, for "Aken"); closer than that, the
 * name is ambiguous and left to a person.
 */
export const DOMINANCE_RATIO = 10;

/** Words that follow a town's name in addresses without being part of it. */
const TRAILING_NOISE = /^(\d+[a-z]?|cedex|[a-z]{1,2}|gld|ovl?|lb|nh|zh|ut|dr|fl|zl|nb)$/;

export interface Gazetteer {
  readonly attribution: string;
  /** The place called `name`, in `country` when given (an ISO code, a CORDIS code or a country name). */
  find(name: string, country?: string | null): PlaceMatch;
  /** ISO 3166-1 alpha-2 code for a code or a country name files use; undefined when unknown. */
  countryCode(country: string): string | undefined;
  countryCentre(country: string): { lat: number; lon: number } | undefined;
}

export function createGazetteer(table: PlaceTable): Gazetteer {
  const byKey = new Map<string, Place[]>();
  for (const [name, country, lat, lon, population, aliases] of table.places) {
    const place: Place = { name, country, lat, lon, population };
    const keys = new Set([name, ...(aliases ?? [])].flatMap(placeNameKeys));
    for (const key of keys) {
      const list = byKey.get(key);
      if (list) list.push(place);
      else byKey.set(key, [place]);
    }
  }
  const codeByName = new Map<string, string>();
  for (const [name, code] of Object.entries(table.countryNames)) codeByName.set(foldPlaceName(name), code);

  const countryCode = (country: string): string | undefined => {
    const trimmed = country.trim();
    if (/^[A-Za-z]{2}$/.test(trimmed)) {
      const upper = trimmed.toUpperCase();
      return codeByName.get(foldPlaceName(upper)) ?? upper;
    }
    return codeByName.get(foldPlaceName(trimmed));
  };

  const candidatesFor = (query: string, code: string | undefined): Place[] => {
    const found = new Set<Place>();
    for (const key of placeNameKeys(query)) for (const place of byKey.get(key) ?? []) found.add(place);
    return [...found].filter((place) => code === undefined || place.country === code);
  };

  return {
    attribution: table.attribution,
    countryCode,
    countryCentre(country) {
      const code = countryCode(country);
      const centre = code === undefined ? undefined : table.countryCentres[code];
      return centre ? { lat: centre[0], lon: centre[1] } : undefined;
    },
    find(name, country) {
      const code = country ? countryCode(country) : undefined;
      const variants = queryVariants(name);
      for (const query of variants) {
        const candidates = largestFirst(candidatesFor(query, code));
        if (candidates.length === 0) continue;
        if (candidates.length === 1 || candidates[0].population >= DOMINANCE_RATIO * candidates[1].population)
          return { status: 'matched', place: candidates[0], query };
        return { status: 'ambiguous', candidates, query };
      }
      const elsewhere =
        code === undefined
          ? []
          : largestFirst(variants.flatMap((query) => candidatesFor(query, undefined))).slice(0, 5);
      return { status: 'unmatched', query: name.trim(), elsewhere };
    },
  };
}

function largestFirst(places: Place[]): Place[] {
  return [...new Set(places)].sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
}

/**
 * What to look up for a town as written in an address, in order: the whole text; each of its
 * parts when it names two ("BRUXELLES / BRUSSEL", "'S-GRAVENHAGE (DEN HAAG)"); each without
 * trailing postal districts and province codes ("PRAHA 4", "KOBENHAVN K", "EDE GLD", "ROMA RM").
 */
export function queryVariants(text: string): string[] {
  const variants: string[] = [];
  const seen = new Set<string>();
  const add = (variant: string) => {
    const key = foldPlaceName(variant);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    variants.push(variant.trim());
  };
  add(text);
  const parts = text.split(/[/(),;]+/).map((part) => part.trim());
  if (parts.length > 1) for (const part of parts) add(part);
  for (const part of [...variants]) {
    const words = foldPlaceName(part).split(' ');
    while (words.length > 1 && TRAILING_NOISE.test(words[words.length - 1])) words.pop();
    add(words.join(' '));
  }
  return variants;
}

let bundled: Promise<Gazetteer> | undefined;

/** The bundled table (about 28,000 places, 1.2 MB), loaded once and only when first needed. */
export function loadGazetteer(): Promise<Gazetteer> {
  bundled ??= import('../../data/geo/places.json').then((module) =>
    createGazetteer((module.default ?? module) as unknown as PlaceTable),
  );
  return bundled;
}
