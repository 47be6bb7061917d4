/**
 * What the Changes view lists and draws, picked from a comparison of the hand-checked three-year
 * network (2019 against 2021; tests/unit/model/three-years.ts): ties by status, actors who
 * entered, climbers and fallers, detaching actors, paths, what the canvas can draw, and the
 * command line that gives the same figures.
 */
import { describe, expect, it } from 'vitest';
import { compareWindows } from '../../../src/analysis/time/compare.ts';
import { changeDrawing } from '../../../src/app/changes/changes-layer.ts';
import { answers, requestFor } from '../../../src/app/changes/changes-store.ts';
import { defaultChoice, rankOutputs } from '../../../src/app/changes/choice.ts';
import { formatsFor } from '../../../src/app/changes/format.ts';
import {
  equivalentCommand,
  localityRows,
  movedActors,
  pathActors,
  pathSeries,
  rankRows,
  tieRows,
} from '../../../src/app/changes/rows.ts';
import { linePath, xPositions, yPosition } from '../../../src/app/charts/lines.ts';
import { threeYears } from '../model/three-years.ts';

const network = threeYears();
const comparison = compareWindows(
  network,
  { from: 2019, to: 2019 },
  { from: 2021, to: 2021 },
  {
    settings: { localBy: 'region' },
  },
);

describe('lists', () => {
  it('ties of one status, the strongest first, with their locality', () => {
    const entered = tieRows(comparison, 'entered', 10);
    expect(entered.map((row) => `${row.source}–${row.target}`).sort()).toEqual(['A–C', 'B–C', 'C–E']);
    // C–E is inside R2: local; A–C and B–C cross from R1 to R2.
    expect(entered.find((row) => row.source === 'C')?.local).toBe(1);
    expect(entered.find((row) => row.source === 'A')?.local).toBe(0);
    expect(tieRows(comparison, 'left', 2)).toHaveLength(2);
    expect(tieRows(comparison, 'persisted', 10).map((row) => [row.source, row.target])).toEqual([['B', 'D']]);
  });

  it('actors who entered, the best connected first (C has 3 partners in 2021, F none)', () => {
    expect(movedActors(comparison, 'entered', 10)).toEqual([
      { key: 'C', partners: 3 },
      { key: 'F', partners: 0 },
    ]);
    expect(movedActors(comparison, 'left', 10)).toEqual([]);
  });

  it('climbers and fallers on degree; none for a measure not compared', () => {
    // Degree 2019: A 2, B 2, D 3, E 1 → ranks D 1, A 2, B 2, E 4 (G 0 → 5).
    // Degree 2021: C 3, B 2, A 1, D 1, E 1, F 0, G 0 → C 1, B 2, A 3, D 3, E 3, F 6, G 6.
    const ranks = rankRows(comparison, 'degree', 10);
    expect(ranks?.climbers.map((row) => [row.key, row.rankFrom, row.rankTo])).toEqual([['E', 4, 3]]);
    expect(ranks?.fallers.map((row) => [row.key, row.change])).toEqual([
      ['D', -2],
      ['A', -1],
      ['G', -1],
    ]);
    expect(rankRows(comparison, 'pagerank', 10)).toBeNull();
  });

  it('detaching actors, steepest first, and their paths over the years', () => {
    expect(localityRows(comparison, 'detaching', 10)).toEqual([
      { key: 'A', from: 1, to: 0, change: -1 },
      { key: 'B', from: 1, to: 0.5, change: -0.5 },
    ]);
    const path = pathSeries(comparison, 'A');
    expect(path?.years).toEqual([2019, 2020, 2021]);
    // 2020: A–B and A–D, both in R1.
    expect(path?.localShare).toEqual([1, 1, 0]);
    expect(pathSeries(comparison, 'nobody')).toBeNull();
    expect(pathActors(comparison, 'E', 2)).toEqual(['E', 'A']);
    expect(pathActors(comparison, null, 5)).toEqual(['A', 'B']);
  });
});

describe('the canvas', () => {
  it('draws the entered and lost ties whose two actors are on screen, and rings who entered or left', () => {
    const onScreen = new Set(['A', 'B', 'C', 'D']);
    const drawing = changeDrawing(comparison, (key) => onScreen.has(key));
    const pairs = (flat: readonly string[]) =>
      flat.flatMap((_, i) => (i % 2 ? [] : [`${flat[i]}–${flat[i + 1]}`]));
    expect(pairs(drawing.entered).sort()).toEqual(['A–C', 'B–C']);
    expect(pairs(drawing.left).sort()).toEqual(['A–B', 'A–D']);
    expect(drawing.enteredActors).toEqual(['C']);
    expect(drawing.leftActors).toEqual([]);
  });
});

describe('choice and request', () => {
  it('compares the first year with the last by default, ranking as the command line does', () => {
    const choice = defaultChoice([2014, 2015, 2021]);
    expect(choice).toEqual({
      from: { from: 2014, to: 2014 },
      to: { from: 2021, to: 2021 },
      rankBy: 'degree',
    });
    expect(defaultChoice([2019])).toBeNull();
    expect(rankOutputs({ ...(choice as NonNullable<typeof choice>), rankBy: 'pagerank' })).toEqual([
      'degree',
      'betweenness',
      'pagerank',
    ]);
  });

  it('a held comparison answers the same windows and settings only', () => {
    const choice = {
      from: { from: 2019, to: 2019 },
      to: { from: 2021, to: 2021 },
      rankBy: 'degree' as const,
    };
    const request = requestFor(choice, { localBy: 'region' });
    const held = { id: 1, request, comparison, sample: null, network };
    expect(answers(held, requestFor({ ...choice, rankBy: 'betweenness' }, { localBy: 'region' }))).toBe(true);
    expect(answers(held, requestFor(choice, { localBy: 'country' }))).toBe(false);
    expect(
      answers(held, requestFor({ ...choice, to: { from: 2020, to: 2021 } }, { localBy: 'region' })),
    ).toBe(false);
    expect(answers(null, request)).toBe(false);
  });

  it('names the command and flags that give the same figures', () => {
    const request = {
      from: { from: 2015, to: 2015 },
      to: { from: 2018, to: 2019 },
      rankBy: ['degree', 'betweenness'] as const,
      settings: { localBy: 'country', seed: 7, options: { pagerank: { alpha: 0.9 } } },
    };
    expect(equivalentCommand(['actors.csv', 'my relations.csv'], request, 1000)).toBe(
      "npx clusterscope compare actors.csv 'my relations.csv' --from 2015 --to 2018:2019 " +
        '--rank-by degree,betweenness --local-by country --seed 7 --sample 1000 --option pagerank.alpha=0.9',
    );
  });
});

describe('numbers and lines', () => {
  it('numbers as the language writes them', () => {
    expect(formatsFor('en').count(11520)).toBe('11,520');
    expect(formatsFor('nl').count(11520)).toBe('11.520');
    expect(formatsFor('nl').share(0.5)).toBe('50%');
    expect(formatsFor('en').change(3)).toBe('+3');
    expect(formatsFor('en').number(Number.NaN)).toBe('–');
  });

  it('a line breaks where a year has no value, and years sit at their distance', () => {
    const plot = { left: 0, top: 0, width: 100, height: 10 };
    expect(xPositions([2019, 2020, 2023], plot)).toEqual([0, 25, 100]);
    expect(yPosition(1, [0, 1], plot)).toBe(0);
    expect(yPosition(0, [0, 1], plot)).toBe(10);
    expect(linePath([0, 25, 50, 100], [1, Number.NaN, 0, 0.5], [0, 1], plot)).toBe('M0 0 M50 10 L100 5');
    expect(linePath([0], [Number.NaN], [0, 1], plot)).toBe('');
  });
});
