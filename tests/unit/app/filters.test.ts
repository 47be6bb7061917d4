import { describe, expect, it } from 'vitest';
import { MISSING_GROUP } from '../../../src/analysis/groups.ts';
import {
  type Filters,
  filterEcosystem,
  isFiltering,
  largestComponent,
  NO_FILTERS,
  neighbourhood,
} from '../../../src/app/filters/filters.ts';
import { timeWindowStage } from '../../../src/app/pipeline/stages.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

/*  A – B – C – D  (a chain of firms and a university C),   E – F  (a separate pair). */
const { ecosystem } = buildEcosystem({
  actors: [
    { id: 'A', kind: 'firm', fields: { region: 'Limburg' } },
    { id: 'B', kind: 'firm', fields: { region: 'Limburg' } },
    { id: 'C', kind: 'knowledge', fields: { region: 'Aachen' } },
    { id: 'D', kind: 'firm', fields: { region: 'Aachen' } },
    { id: 'E', kind: 'government', fields: { region: 'Liège' } },
    { id: 'F', kind: 'firm', fields: { region: 'Liège' } },
  ],
  relations: [
    { source: 'A', target: 'B', kind: 'supply', strength: 5, fields: { year: 2019 } },
    { source: 'B', target: 'C', kind: 'knowledge', strength: 2, fields: { year: 2021 } },
    { source: 'C', target: 'D', kind: 'knowledge', strength: 3, fields: { year: 2022 } },
    { source: 'E', target: 'F', kind: 'government', strength: 1, fields: { year: 2020 } },
  ],
});
const context = { columns: { degree: Float64Array.from([1, 2, 2, 1, 1, 1]) }, localBy: 'region' };
const filtered = (change: Partial<Filters>) =>
  filterEcosystem(ecosystem, { ...NO_FILTERS, ...change }, context);

describe('filters', () => {
  it('keep everything when nothing is set', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    const all = filtered({});
    expect([all.order, all.size]).toEqual([6, 4]);
  });

  it('filter actors by kind and locality, relations by kind and strength', () => {
    expect(filtered({ actorKinds: ['firm'] }).nodes()).toEqual(['A', 'B', 'D', 'F']);
    expect(filtered({ actorKinds: ['firm'] }).size).toBe(1);
    expect(filtered({ localities: ['Aachen'] }).nodes()).toEqual(['C', 'D']);
    expect(filtered({ relationKinds: ['knowledge'] }).size).toBe(2);
    expect(filtered({ minStrength: 3 }).size).toBe(2);
    expect(filtered({ localities: [MISSING_GROUP] }).order).toBe(0);
  });

  it('keep relation keys, so the main thread can cut its own copy by key', () => {
    const view = filtered({ relationKinds: ['knowledge'] });
    expect(view.edges().every((key) => ecosystem.hasEdge(key))).toBe(true);
  });
});

describe('the time window stage', () => {
  it('keeps the relations of the years in the window and the actors they touch', () => {
    const window = timeWindowStage(ecosystem, { from: 2020, to: 2021 });
    expect(window.size).toBe(2);
    expect(window.nodes().sort()).toEqual(['B', 'C', 'E', 'F']);
    expect(window.edges().every((key) => ecosystem.hasEdge(key))).toBe(true);
    expect(timeWindowStage(ecosystem, null)).toBe(ecosystem);
    expect(timeWindowStage(ecosystem, { from: 2030, to: 2031 }).size).toBe(0);
  });

  it('filter on a measure of the whole network', () => {
    expect(filtered({ measure: { id: 'degree', min: 2, max: null } }).nodes()).toEqual(['B', 'C']);
  });

  it('take the ego network and the largest component', () => {
    expect(filtered({ ego: { actor: 'B', depth: 1 } }).nodes()).toEqual(['A', 'B', 'C']);
    expect(filtered({ ego: { actor: 'B', depth: 2 } }).nodes()).toEqual(['A', 'B', 'C', 'D']);
    expect(filtered({ largestComponentOnly: true }).nodes()).toEqual(['A', 'B', 'C', 'D']);
    expect([...neighbourhood(ecosystem, 'E', 2)].sort()).toEqual(['E', 'F']);
    expect(largestComponent(ecosystem).size).toBe(4);
  });

  it('combine: firms only, then the largest component of what remains', () => {
    const view = filtered({ actorKinds: ['firm'], largestComponentOnly: true });
    expect(view.nodes()).toEqual(['A', 'B']);
  });
});
