import { describe, expect, it } from 'vitest';
import { localityRule } from '../../../src/analysis/locality.ts';
import { buildDisplay } from '../../../src/app/display-graph.ts';
import { RELATION_KIND_COLOURS } from '../../../src/app/palette.ts';
import { partnersByRelationKind, searchKey } from '../../../src/app/partners.ts';
import { displayTies } from '../../../src/app/pipeline/display-ties.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

const { ecosystem } = buildEcosystem({
  actors: [
    { id: 'F', label: 'Müller Kunststofftechnik GmbH', kind: 'firm' },
    { id: 'S', label: 'Supplier', kind: 'firm' },
    { id: 'C', label: 'Client', kind: 'firm' },
    { id: 'U', label: 'University', kind: 'knowledge' },
  ],
  relations: [
    { source: 'S', target: 'F', kind: 'supply', strength: 4 },
    { source: 'F', target: 'C', kind: 'supply', strength: 3 },
    { source: 'F', target: 'U', kind: 'knowledge', strength: 2 },
    { source: 'F', target: 'S', kind: 'cooperation', strength: 5 },
  ],
});

describe('display graph', () => {
  const display = buildDisplay(ecosystem, displayTies(ecosystem, localityRule()), (key) =>
    key === 'F' ? { x: 5, y: 7 } : undefined,
  );

  it('draws one tie per pair, coloured by its strongest relation', () => {
    expect(display.graph.order).toBe(4);
    expect(display.graph.size).toBe(3);
    const tie = display.graph.getEdgeAttributes(display.graph.edge('F', 'S') as string);
    expect(tie.kinds.sort()).toEqual(['cooperation', 'supply']);
    expect(tie.strength).toBe(9);
    expect(tie.color).toBe(RELATION_KIND_COLOURS.cooperation);
  });

  it("keeps known positions, spreads new actors, and lists each actor's ties by reference", () => {
    expect(display.graph.getNodeAttributes('F')).toMatchObject({ x: 5, y: 7 });
    const spread = new Set(
      ['S', 'C', 'U'].map((key) => JSON.stringify(display.graph.getNodeAttributes(key))),
    );
    expect(spread.size).toBe(3);
    const ofF = display.partnerTies.get('F') ?? [];
    expect(ofF.map((tie) => tie.key).sort()).toEqual(['C', 'S', 'U']);
    expect((display.partnerTies.get('U') ?? []).map((tie) => tie.key)).toEqual(['F']);
    // The graph's own attribute objects, so that what the layout and appearance write shows.
    const toS = ofF.find((tie) => tie.key === 'S');
    expect(toS?.partner).toBe(display.graph.getNodeAttributes('S'));
    expect(toS?.tie).toBe(display.graph.getEdgeAttributes(display.graph.edge('F', 'S') as string));
  });
});

describe('partners by relation kind', () => {
  it('groups partners and names the direction of supply', () => {
    const groups = partnersByRelationKind(ecosystem, 'F');
    expect(groups.map((group) => group.kind)).toEqual(['supply', 'knowledge', 'cooperation']);
    expect(groups[0].partners).toEqual([
      { id: 'S', label: 'Supplier', role: 'supplier', strength: 4 },
      { id: 'C', label: 'Client', role: 'client', strength: 3 },
    ]);
    expect(groups[1].partners[0].role).toBe('partner');
  });

  it('searches without case or accents', () => {
    expect(searchKey('Müller Société')).toBe('muller societe');
  });
});
