import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  createGazetteer,
  DOMINANCE_RATIO,
  loadGazetteer,
  type PlaceTable,
  queryVariants,
} from '../../../src/geo/gazetteer.ts';
import { foldPlaceName, placeNameKeys } from '../../../src/geo/place-names.ts';

/** A hand-made table: the same shapes the bundled one has, small enough to reason about. */
const TABLE: PlaceTable = {
  attribution: 'test table',
  countryCentres: { NL: [52.0, 5.3], BE: [50.8, 4.4] },
  countryNames: { Nederland: 'NL', Belgique: 'BE', EL: 'GR' },
  places: [
    ['Maastricht', 'NL', 50.8483, 5.6889, 122378],
    ["'s-Hertogenbosch", 'NL', 51.6992, 5.3042, 134520, ['Den Bosch']],
    ['Hasselt', 'BE', 50.9311, 5.3378, 69222],
    ['Hasselt', 'NL', 52.5927, 6.0953, 6959],
    ['Liège', 'BE', 50.6337, 5.5675, 182597, ['Luik', 'Lüttich']],
    ['Aachen', 'DE', 50.7766, 6.0834, 265208, ['Aken']],
    ['Aken', 'DE', 51.8527, 12.0446, 9240],
    ['Köln', 'DE', 50.9333, 6.95, 963395],
    ['Bergen', 'NL', 52.6692, 4.7058, 13000],
    ['Bergen', 'NO', 60.392, 5.3242, 213585],
    ['Athens', 'GR', 37.9838, 23.7278, 664046],
  ],
};
const gazetteer = createGazetteer(TABLE);

function placed(name: string, country?: string) {
  const match = gazetteer.find(name, country);
  return match.status === 'matched' ? `${match.place.name} ${match.place.country}` : match.status;
}

describe('place names as keys', () => {
  test('case, accents and punctuation fold away; umlauts also match written out', () => {
    expect(foldPlaceName("'s-Hertogenbosch")).toBe('s hertogenbosch');
    expect(foldPlaceName('S HERTOGENBOSCH')).toBe('s hertogenbosch');
    expect(foldPlaceName('LIÈGE')).toBe('liege');
    expect(placeNameKeys('Köln')).toEqual(['koln', 'koeln']);
    expect(placeNameKeys('Maastricht')).toEqual(['maastricht']);
  });

  test('addresses: both names of a bilingual town, postal districts and province codes dropped', () => {
    expect(queryVariants('BRUXELLES / BRUSSEL')).toEqual(['BRUXELLES / BRUSSEL', 'BRUXELLES', 'BRUSSEL']);
    expect(queryVariants('PRAHA 4')).toEqual(['PRAHA 4', 'praha']);
    expect(queryVariants('EDE GLD')).toEqual(['EDE GLD', 'ede']);
    expect(queryVariants('KOBENHAVN K')).toEqual(['KOBENHAVN K', 'kobenhavn']);
  });
});

describe('gazetteer look-up', () => {
  test('exact, upper case and accent-folded names', () => {
    expect(placed('Maastricht', 'NL')).toBe('Maastricht NL');
    expect(placed('MAASTRICHT')).toBe('Maastricht NL');
    expect(placed('LIEGE', 'BE')).toBe('Liège BE');
    expect(placed('koeln', 'DE')).toBe('Köln DE');
    expect(placed('  Köln ', 'DE')).toBe('Köln DE');
  });

  test('aliases in Dutch, French and German; Den Bosch', () => {
    expect(placed('Luik')).toBe('Liège BE');
    expect(placed('Lüttich', 'BE')).toBe('Liège BE');
    expect(placed('Den Bosch', 'NL')).toBe("'s-Hertogenbosch NL");
    expect(placed('s Hertogenbosch', 'NL')).toBe("'s-Hertogenbosch NL");
    // Aken is Aachen in Dutch; the village of Aken is more than ten times smaller, so Aachen wins.
    expect(265208 / 9240).toBeGreaterThan(DOMINANCE_RATIO);
    expect(placed('Aken')).toBe('Aachen DE');
  });

  test('a country tells equal names apart, as an ISO code, a CORDIS code or a country name', () => {
    expect(placed('Hasselt', 'BE')).toBe('Hasselt BE');
    expect(placed('Hasselt', 'nl')).toBe('Hasselt NL');
    expect(placed('Hasselt', 'Belgique')).toBe('Hasselt BE');
    expect(placed('Hasselt', 'Nederland')).toBe('Hasselt NL');
    expect(placed('Athens', 'EL')).toBe('Athens GR');
    expect(placed('Bergen', 'NL')).toBe('Bergen NL');
  });

  test('ambiguous without a country when no place is ten times the next', () => {
    const match = gazetteer.find('Hasselt');
    expect(match.status).toBe('ambiguous');
    if (match.status !== 'ambiguous') return;
    expect(match.candidates.map((place) => `${place.name} ${place.country}`)).toEqual([
      'Hasselt BE',
      'Hasselt NL',
    ]);
    // Bergen NO is 16 times Bergen NL: the larger is taken.
    expect(placed('Bergen')).toBe('Bergen NO');
  });

  test('unmatched, with the places of that name in other countries when a country was given', () => {
    expect(gazetteer.find('Nowhereville', 'NL')).toEqual({
      status: 'unmatched',
      query: 'Nowhereville',
      elsewhere: [],
    });
    const wrongCountry = gazetteer.find('Maastricht', 'BE');
    expect(wrongCountry.status).toBe('unmatched');
    if (wrongCountry.status === 'unmatched')
      expect(wrongCountry.elsewhere.map((place) => place.country)).toEqual(['NL']);
    expect(gazetteer.find('', 'NL').status).toBe('unmatched');
  });

  test('any text, prototype names included, gives a match, an ambiguity or nothing, never an error', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(gazetteer.find(name, name).status).toBe('unmatched');
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), (name, country) => {
        const match = gazetteer.find(name, country);
        expect(['matched', 'ambiguous', 'unmatched']).toContain(match.status);
        if (match.status === 'matched') expect(Number.isFinite(match.place.lat)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('country centres by code or name', () => {
    expect(gazetteer.countryCentre('NL')).toEqual({ lat: 52.0, lon: 5.3 });
    expect(gazetteer.countryCentre('Belgique')).toEqual({ lat: 50.8, lon: 4.4 });
    expect(gazetteer.countryCentre('XX')).toBeUndefined();
  });
});

describe('the bundled gazetteer (GeoNames)', () => {
  test('loads offline and places the border region’s towns in every spelling', async () => {
    const bundled = await loadGazetteer();
    expect(bundled.attribution).toContain('GeoNames');
    const at = (name: string, country?: string) => {
      const match = bundled.find(name, country);
      return match.status === 'matched'
        ? [match.place.name, match.place.country, match.place.lat, match.place.lon]
        : match.status;
    };
    expect(at('Maastricht', 'NL')).toEqual(['Maastricht', 'NL', 50.8483, 5.6889]);
    expect(at('Luik')).toEqual(['Liège', 'BE', 50.6337, 5.5675]);
    expect(at('Aken')).toEqual(['Aachen', 'DE', 50.7766, 6.0834]);
    expect(at('DEN BOSCH', 'NL')?.[0]).toBe("'s-Hertogenbosch");
    expect(at("'S-GRAVENHAGE (DEN HAAG)", 'NL')?.[0]).toBe('The Hague');
    expect(at('BRUXELLES / BRUSSEL', 'BE')?.[0]).toBe('Brussels');
    expect(at('MUENCHEN', 'DE')?.[0]).toBe('Munich');
    expect(at('Hasselt')).toBe('ambiguous');
    expect(at('Hasselt', 'BE')?.[0]).toBe('Hasselt');
    expect(bundled.countryCentre('NL')?.lat).toBeCloseTo(52.07, 1);
  });
});
