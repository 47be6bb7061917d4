/**
 * The packed input workers receive: views on shared memory when it can be shared (a copy
 * otherwise), actor fields dictionary-encoded and decoded to the same values.
 */
import { describe, expect, it } from 'vitest';
import { buildAnalysisInput, packAnalysisInput, unpackAnalysisInput } from '../../../src/analysis/input.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

const { ecosystem } = buildEcosystem({
  actors: [
    { id: 'a', kind: 'firm', fields: { region: 'north', score: 1, __proto__field: 'x', flag: true } },
    { id: 'b', kind: 'knowledge', fields: { region: 'null', score: '1' } },
    { id: 'c', kind: 'firm', fields: { region: null, lat: 52.1 } },
  ],
  relations: [
    { source: 'a', target: 'b', kind: 'supply', directed: true, strength: 2 },
    { source: 'b', target: 'c', kind: 'cooperation', directed: false, strength: null },
  ],
});
const input = buildAnalysisInput(ecosystem);

describe('packAnalysisInput', () => {
  it.each([true, false])('decodes every field to the values the actors hold (shared: %s)', (shared) => {
    const unpacked = unpackAnalysisInput(packAnalysisInput(ecosystem, input, { shared }));
    for (const name of ['region', 'score', '__proto__field', 'flag', 'lat', 'kind', 'missing']) {
      expect(unpacked.actors.field(name), name).toEqual(input.actors.field(name));
    }
    expect(unpacked.actors.kind).toEqual(input.actors.kind);
    expect([...unpacked.flow.outNeighbours]).toEqual([...input.flow.outNeighbours]);
    expect([...unpacked.tie.strengths]).toEqual([...input.tie.strengths]);
  });

  it('puts the views on shared memory when asked, and leaves them as they are otherwise', () => {
    const shared = packAnalysisInput(ecosystem, input, { shared: true });
    expect(shared.shared).toBe(true);
    for (const array of [shared.tie.neighbours, shared.flow.inOffsets, shared.kind.codes]) {
      expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    }
    const copied = packAnalysisInput(ecosystem, input, { shared: false });
    expect(copied.tie.neighbours.buffer).toBeInstanceOf(ArrayBuffer);
  });

  it('keeps 1 and "1", and null and "null", apart', () => {
    const packed = packAnalysisInput(ecosystem, input, { shared: false });
    expect(packed.fields.score.values).toEqual([1, '1', null]);
    expect(packed.fields.region.values).toEqual(['north', 'null', null]);
  });
});
