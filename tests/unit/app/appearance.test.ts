import { describe, expect, it } from 'vitest';
import {
  categoryColours,
  DEFAULT_APPEARANCE,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  nodeAppearance,
  rankColours,
  sizesFrom,
} from '../../../src/app/appearance/appearance.ts';
import { MISSING_COLOUR, OTHER_COLOUR, rampColour } from '../../../src/app/appearance/palettes.ts';
import {
  backboneDrawn,
  DEFAULT_TIE_CHOICE,
  DRAW_EVERY_TIE_UP_TO,
  drawTie,
  opacityByStrength,
  withOpacity,
} from '../../../src/app/appearance/tie-drawing.ts';
import { ACTOR_KIND_COLOURS } from '../../../src/app/palette.ts';
import { wordingFor } from '../../../src/i18n/i18n.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

const EN = wordingFor('en');
const NL = wordingFor('nl');

const { ecosystem } = buildEcosystem({
  actors: [
    { id: 'A', kind: 'firm', fields: { region: 'Limburg', lat: 50.85, lon: 5.69 } },
    { id: 'B', kind: 'firm', fields: { region: 'Limburg', lat: 50.88, lon: 5.98 } },
    { id: 'C', kind: 'knowledge', fields: { region: 'Aachen', lat: 50.78, lon: 6.08 } },
    { id: 'D', kind: 'government' },
  ],
  relations: [
    { source: 'A', target: 'B', kind: 'supply' },
    { source: 'B', target: 'C', kind: 'knowledge' },
    { source: 'C', target: 'D', kind: 'government' },
  ],
});

describe('appearance', () => {
  it('colours by kind with a legend that counts what is drawn', () => {
    const result = nodeAppearance(
      ecosystem,
      { columns: {}, outputs: [] },
      {
        lens: 'network',
        colourBy: { type: 'kind' },
        sizeBy: 'degree',
        edgeColourBy: 'relation',
        ties: DEFAULT_APPEARANCE.ties,
      },
      EN.t,
    );
    expect(result.colours).toEqual([
      ACTOR_KIND_COLOURS.firm,
      ACTOR_KIND_COLOURS.firm,
      ACTOR_KIND_COLOURS.knowledge,
      ACTOR_KIND_COLOURS.government,
    ]);
    expect(result.legend).toMatchObject({
      type: 'categories',
      title: 'Actor kind',
      entries: [
        { label: 'Firm', count: 2 },
        { label: 'Knowledge institution', count: 1 },
        { label: 'Government', count: 1 },
      ],
    });
  });

  it('writes the legend in the language on screen, field values as they are', () => {
    const byKind = nodeAppearance(
      ecosystem,
      { columns: {}, outputs: [] },
      {
        colourBy: { type: 'kind' },
        sizeBy: 'degree',
        edgeColourBy: 'relation',
        lens: 'network',
        ties: DEFAULT_APPEARANCE.ties,
      },
      NL.t,
    );
    expect(byKind.legend).toMatchObject({
      title: 'Soort actor',
      entries: [{ label: 'Bedrijf' }, { label: 'Kennisinstelling' }, { label: 'Overheid' }],
    });
    expect(byKind.sizeTitle).toBe('gelijk');
    const byRegion = nodeAppearance(
      ecosystem,
      { columns: {}, outputs: [] },
      {
        colourBy: { type: 'field', field: 'region' },
        sizeBy: 'degree',
        edgeColourBy: 'relation',
        lens: 'network',
        ties: DEFAULT_APPEARANCE.ties,
      },
      NL.t,
    );
    expect(byRegion.legend).toMatchObject({
      title: 'regio',
      entries: [
        { label: 'Limburg', data: true },
        { label: 'Aachen', data: true },
        { label: 'geen waarde', count: 1 },
      ],
    });
  });

  it('colours a field by category, most frequent first, missing values apart', () => {
    const result = nodeAppearance(
      ecosystem,
      { columns: {}, outputs: [] },
      {
        lens: 'network',
        colourBy: { type: 'field', field: 'region' },
        sizeBy: 'degree',
        edgeColourBy: 'relation',
        ties: DEFAULT_APPEARANCE.ties,
      },
      EN.t,
    );
    expect(result.colours[0]).toBe(result.colours[1]);
    expect(result.colours[3]).toBe(MISSING_COLOUR);
    expect(result.legend).toMatchObject({
      entries: [
        { label: 'Limburg', count: 2 },
        { label: 'Aachen', count: 1 },
        { label: 'no value', count: 1 },
      ],
    });
  });

  it('groups categories past the palette as "others"', () => {
    const values = Array.from({ length: 14 }, (_, i) => `g${i}`);
    const { colours, legend } = categoryColours(values, 'many', EN.t);
    expect(colours.filter((colour) => colour === OTHER_COLOUR)).toHaveLength(2);
    expect(legend).toMatchObject({
      entries: expect.arrayContaining([{ label: '2 others', colour: OTHER_COLOUR, count: 2 }]),
    });
  });

  it('colours measures by rank and sizes by the square root of the value', () => {
    const column = Float64Array.from([0, 10, 1000, Number.NaN]);
    const { colours, legend } = rankColours(column, 'Betweenness');
    expect(colours).toEqual([rampColour(0), rampColour(0.5), rampColour(1), MISSING_COLOUR]);
    expect(legend).toEqual({ type: 'ramp', title: 'Betweenness', min: 0, max: 1000, missing: 1 });
    const sizes = sizesFrom(Float64Array.from([0, 25, 100, Number.NaN]));
    expect(sizes[0]).toBe(MIN_NODE_SIZE);
    expect(sizes[2]).toBe(MAX_NODE_SIZE);
    expect(sizes[1]).toBeCloseTo(MIN_NODE_SIZE + 0.5 * (MAX_NODE_SIZE - MIN_NODE_SIZE), 5);
    expect(sizes[3]).toBe(MIN_NODE_SIZE);
  });
});

describe('tie drawing', () => {
  const range = { min: 1, max: 16 };

  it('makes the weakest tie faint and the strongest opaque, on a log scale', () => {
    expect(opacityByStrength(1, range)).toBeCloseTo(0.25);
    expect(opacityByStrength(16, range)).toBe(1);
    // 4 is half-way between 1 and 16 on a log scale.
    expect(opacityByStrength(4, range)).toBeCloseTo(0.625);
    expect(opacityByStrength(3, { min: 3, max: 3 })).toBe(1);
  });

  it('multiplies the opacity a colour already has', () => {
    expect(withOpacity('#336699', 1)).toBe('#336699');
    expect(withOpacity('#336699', 0.5)).toBe('#33669980');
    expect(withOpacity('#33669980', 0.5)).toBe('#33669940');
    expect(withOpacity('#369', 0.25)).toBe('#33669940');
  });

  it('hides the ties outside the backbone and keeps their colour otherwise', () => {
    const drawing = {
      backbone: { method: 'simmelian', alpha: 0.05, sharedPartners: 2 },
      opacityByStrength: false,
    } as const;
    expect(drawTie(drawing, { strength: 1, disparity: 0.5, sharedPartners: 1 }, '#123456', range)).toEqual({
      hidden: true,
      colour: '#123456',
    });
    expect(
      drawTie(drawing, { strength: 1, disparity: 0.5, sharedPartners: 3 }, '#123456', range).hidden,
    ).toBe(false);
  });

  it('draws every tie automatically up to its limit, and past it a backbone that can single ties out', () => {
    expect(DEFAULT_TIE_CHOICE.method).toBe('auto');
    const levels = { alpha: 0.05, sharedPartners: 2 };
    const auto = { method: 'auto', ...levels } as const;
    expect(backboneDrawn(auto, { ties: DRAW_EVERY_TIE_UP_TO, strengthsDiffer: true })).toEqual({
      method: 'all',
      ...levels,
    });
    // The whole Horizon 2020 network: strengths (shared projects) differ.
    expect(backboneDrawn(auto, { ties: 560_965, strengthsDiffer: true })).toEqual({
      method: 'disparity',
      ...levels,
    });
    // Equal strengths: the disparity filter would keep nothing, shared partners can choose.
    expect(backboneDrawn(auto, { ties: 560_965, strengthsDiffer: false }).method).toBe('simmelian');
    // A choice made by hand stands, however many ties there are.
    const all = { method: 'all', ...levels } as const;
    expect(backboneDrawn(all, { ties: 560_965, strengthsDiffer: true })).toEqual(all);
    const simmelian = { method: 'simmelian', alpha: 0.05, sharedPartners: 4 } as const;
    expect(backboneDrawn(simmelian, { ties: 10, strengthsDiffer: true })).toEqual(simmelian);
  });
});
