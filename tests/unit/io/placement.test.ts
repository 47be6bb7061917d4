/**
 * Placing actors in the import: coordinates from the file, towns through the gazetteer, centres
 * only when asked, and every actor accounted for (placed by one of four ways, or counted unplaced).
 */
import { describe, expect, test } from 'vitest';
import { importFiles, PLACEMENTS } from '../../../src/io/index.ts';
import { actorKey } from '../../../src/model/ecosystem.ts';
import { fixture, textFile } from './helpers.ts';

const FILES = [fixture('places-actoren.csv'), fixture('places-relaties.csv')];

async function imported(options = {}) {
  const { ecosystem, report } = await importFiles(FILES, options);
  const actor = (name: string) => ecosystem.getNodeAttributes(actorKey(name)).fields;
  return { ecosystem, report, actor };
}

describe('placing actors on import', () => {
  test('file coordinates, gazetteer towns (exact, folded, aliases, country names); review list for the rest', async () => {
    const { report, actor } = await imported();
    expect(actor('Theta Instituut')).toMatchObject({ lat: 50.8837, lon: 5.9815, placement: 'file' });
    expect(actor('Alfa Kunststoffen BV')).toMatchObject({
      lat: 50.8483,
      lon: 5.6889,
      placement: 'gazetteer',
      gazetteer_place: 'Maastricht (NL)',
    });
    expect(actor('Bêta Métal SA')).toMatchObject({ placement: 'gazetteer', gazetteer_place: 'Liège (BE)' });
    expect(actor('Gamma Antriebe GmbH')).toMatchObject({ gazetteer_place: 'Aachen (DE)' });
    expect(actor('Delta Tech')).toMatchObject({ gazetteer_place: "'s-Hertogenbosch (NL)" });
    expect(actor('Kappa Chemie')).toMatchObject({ gazetteer_place: 'Köln (DE)' });
    // An invalid latitude is reported by the model and left empty; the town then places the actor.
    expect(actor('Iota Zorg')).toMatchObject({ placement: 'gazetteer', gazetteer_place: 'Sittard (NL)' });
    expect(report.issues.some((issue) => issue.code === 'invalid-field' && issue.column === 'lat')).toBe(
      true,
    );
    for (const name of ['Epsilon Lab', 'Zeta Consult', 'Eta Logistics', 'Lambda Onbekend']) {
      expect(actor(name).placement, name).toBeUndefined();
      expect(actor(name).lat, name).toBeUndefined();
    }

    const placement = report.placement;
    expect(placement?.placed).toEqual({ file: 1, gazetteer: 6, 'region centre': 0, 'country centre': 0 });
    expect(placement?.unplaced).toBe(4);
    expect(placement?.unplacedWithTown).toBe(2);
    expect(placement?.attribution).toContain('GeoNames');
    expect(
      placement?.review.map(({ code, id, city, country, file, row }) => ({
        code,
        id,
        city,
        country,
        file,
        row,
      })),
    ).toEqual([
      {
        code: 'place-ambiguous',
        id: 'Epsilon Lab',
        city: 'Hasselt',
        country: undefined,
        file: 'places-actoren.csv',
        row: 6,
      },
      {
        code: 'place-unmatched',
        id: 'Zeta Consult',
        city: 'Nowhereville',
        country: 'NL',
        file: 'places-actoren.csv',
        row: 7,
      },
    ]);
    expect(placement?.review[0].candidates.map((place) => place.country)).toEqual(['BE', 'NL']);
    const warnings = report.issues.filter((issue) => issue.code.startsWith('place-'));
    expect(warnings.map(({ code, row, column, value }) => ({ code, row, column, value }))).toEqual([
      { code: 'place-ambiguous', row: 6, column: 'city', value: 'Hasselt' },
      { code: 'place-unmatched', row: 7, column: 'city', value: 'Nowhereville' },
    ]);
  });

  test('centres only when asked, and always marked; the counts add up to the actors', async () => {
    const { report, actor, ecosystem } = await imported({ placeAtCentre: true });
    // Zeta Consult's region Zuid-Limburg has Alfa (Maastricht) and Theta (Heerlen) placed: their mean.
    expect(actor('Zeta Consult')).toMatchObject({ placement: 'region centre' });
    expect(actor('Zeta Consult').lat).toBeCloseTo((50.8483 + 50.8837 + 50.9983) / 3, 4);
    // Epsilon Lab's region has no placed actor and no country: it stays unplaced.
    expect(actor('Epsilon Lab').placement).toBeUndefined();
    expect(actor('Eta Logistics')).toMatchObject({ placement: 'country centre' });
    const placement = report.placement;
    expect(placement?.placed).toEqual({ file: 1, gazetteer: 6, 'region centre': 1, 'country centre': 1 });
    expect(placement?.unplaced).toBe(2);
    expect(placement?.unplacedWithTown).toBe(1);
    const total = PLACEMENTS.reduce((sum, how) => sum + (placement?.placed[how] ?? 0), 0);
    expect(total + (placement?.unplaced ?? 0)).toBe(ecosystem.order);
  });

  test('a placement written by an earlier export is kept; many actors on one point are flagged', async () => {
    const rows = Array.from(
      { length: 6 },
      (_, i) => `A${i},firm,52.5002,5.7481,${i === 0 ? 'gazetteer' : ''}`,
    );
    const { ecosystem, report } = await importFiles([
      textFile('actors.csv', ['id,kind,lat,lon,placement', ...rows].join('\n')),
      textFile('relations.csv', 'source,target\nA0,A1\n'),
    ]);
    expect(ecosystem.getNodeAttribute('A0', 'fields').placement).toBe('gazetteer');
    expect(ecosystem.getNodeAttribute('A1', 'fields').placement).toBe('file');
    const shared = report.issues.filter((issue) => issue.code === 'shared-coordinates');
    expect(shared).toHaveLength(1);
    expect(shared[0].value).toBe('52.5002, 5.7481');
    // The one placed by the gazetteer is not counted: only positions that came from the file are.
    expect(shared[0].message).toContain('5 actors');
  });

  test('files without towns never load the gazetteer and report coordinates only', async () => {
    const { report } = await importFiles([textFile('edges.csv', 'source,target\na,b\n')]);
    expect(report.placement).toMatchObject({ placed: { file: 0, gazetteer: 0 }, unplaced: 2, review: [] });
    expect(report.placement?.attribution).toBeUndefined();
  });
});
