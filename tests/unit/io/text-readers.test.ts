/**
 * Pajek, GML, UCINET DL and space-separated edge lists: labels, positions, fields, kinds and
 * directions as their producers meant them, line numbers for what is left out, and the files
 * NetworkX and igraph themselves write (tests/fixtures/io/networkx, igraph: counts as the
 * producer reads them back).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import type { Ecosystem } from '../../../src/model/ecosystem.ts';
import { FIXTURES } from './helpers.ts';

function load(folder: string, name: string) {
  return { name, bytes: new Uint8Array(readFileSync(join(FIXTURES, folder, name))) };
}

const formats = (...names: string[]) => importFiles(names.map((name) => load('formats', name)));

function edge(ecosystem: Ecosystem, source: string, target: string) {
  const found = new Set([...ecosystem.edges(source, target), ...ecosystem.edges(target, source)]);
  return [...found].map((key) => ecosystem.getEdgeAttributes(key));
}

describe('Pajek', () => {
  it('vertices with labels, coordinates and shapes; arcs, edges and lists; lines left out by number', async () => {
    const { ecosystem, report, layout } = await formats('pajek-one-mode.net');
    expect(ecosystem.getNodeAttributes('1')).toMatchObject({
      label: 'Van den Berg B.V.',
      fields: { shape: 'ellipse' },
    });
    expect(ecosystem.getNodeAttribute('4', 'label')).toBe('Brainport');
    expect(ecosystem.getNodeAttribute('6', 'label')).toBe('6'); // declared, never described
    expect(layout.positions.get('2')).toEqual({ x: 0.35, y: 0.41 });
    expect(edge(ecosystem, '1', '5')).toEqual([expect.objectContaining({ directed: true, strength: 2.5 })]);
    expect(edge(ecosystem, '1', '3')[0].fields).toMatchObject({ label: 'subsidy 2021' });
    expect(edge(ecosystem, '1', '2')).toEqual([expect.objectContaining({ directed: false, strength: 4 })]);
    expect(edge(ecosystem, '4', '3')).toEqual([expect.objectContaining({ directed: true })]);
    expect(report.rejected.map(({ row, code }) => [row, code])).toEqual([
      [20, 'unreadable-line'],
      [19, 'unreadable-line'],
    ]);
  });

  it('two-mode networks keep the mode; a project reads networks as kinds and partitions as fields', async () => {
    const twoMode = await formats('pajek-two-mode.net');
    expect(twoMode.ecosystem.getNodeAttribute('3', 'fields').mode).toBe(1);
    expect(twoMode.ecosystem.getNodeAttribute('4', 'fields').mode).toBe(2);
    const project = await formats('pajek-project.paj');
    expect(project.report.relationsByKind).toEqual({ supply: 2, knowledge: 2 });
    expect(project.ecosystem.getNodeAttribute('2', 'fields')).toMatchObject({ region: 1, employees: 45.5 });
    expect(project.ecosystem.getNodeAttribute('4', 'fields').region).toBeUndefined(); // 9999998: missing
  });

  it('numbered relations keep employee and investor apart; a .clu and .vec opened beside a .net', async () => {
    const { ecosystem } = await formats('pajek-relations.net');
    expect(
      edge(ecosystem, '3', '1')
        .map((relation) => relation.fields.type)
        .sort(),
    ).toEqual(['employee', 'investor']);
    const values = await formats('pajek-values.net', 'pajek-values.clu', 'pajek-values.vec');
    expect(values.ecosystem.getNodeAttribute('3', 'fields')).toEqual({ 'pajek-values': 1.25 });
    expect(values.report.files.map((file) => [file.format, file.kept])).toEqual([
      ['pajek', 5],
      ['pajek-partition', 3],
      ['pajek-vector', 3],
    ]);
  });

  it('a partition without its network is refused by name', async () => {
    const { report } = await formats('pajek-values.clu');
    expect(report.outcome.status).toBe('failed');
    expect(report.issues[0]).toMatchObject({ code: 'partition-without-network' });
  });
});

describe('GML', () => {
  it('yEd: tabs, graphics positions, character references, edge labels and weights as value', async () => {
    const { ecosystem, layout } = await formats('gml-yed.gml');
    expect(ecosystem.getNodeAttribute('1', 'label')).toBe('Université de Liège');
    expect(ecosystem.getNodeAttribute('2', 'label')).toBe('Provincie "Limburg"');
    expect(layout.positions.get('0')).toEqual({ x: 120, y: -45.5 });
    expect(layout.colors.get('0')).toBe('#FFCC00');
    expect(edge(ecosystem, '0', '1')[0]).toMatchObject({ directed: true, fields: { label: 'joint lab' } });
    expect(edge(ecosystem, '2', '0')[0].strength).toBe(2.5);
  });

  it('repeated edges between one pair become one relation with summed strength, listed as merged', async () => {
    const { ecosystem, report } = await formats('gml-gephi.gml');
    expect(edge(ecosystem, '1', '2')).toEqual([expect.objectContaining({ strength: 3.5, rows: 3 })]);
    expect(report.merged).toEqual([expect.objectContaining({ rows: 3, strength: 3.5 })]);
    expect(report.rejected).toEqual([
      expect.objectContaining({ code: 'unknown-vertex', value: '99', row: 64 }),
    ]);
  });

  it('a file cut off keeps what came before and says where', async () => {
    const { report } = await formats('gml-truncated.gml');
    expect(report.issues.find((found) => found.code === 'truncated-file')).toMatchObject({
      row: 59,
      params: expect.objectContaining({ element: 'edge', actors: 3 }),
    });
  });
});

describe('UCINET DL', () => {
  it('a full matrix with labels holding spaces and commas; symmetric ties are mutual', async () => {
    const { ecosystem } = await formats('dl-fullmatrix.dl');
    expect(ecosystem.nodes()).toContain('Janssens, Peeters & Co');
    expect(edge(ecosystem, 'Van den Berg B.V.', 'TU Eindhoven')).toEqual([
      expect.objectContaining({ directed: false, strength: 3 }),
    ]);
  });

  it('edge lists, node lists, matrices as kinds, two modes and half matrices', async () => {
    const edges = await formats('dl-edgelist.dl');
    expect(edge(edges.ecosystem, 'Acme', 'Beta')).toEqual([
      expect.objectContaining({ directed: true, strength: 3 }),
    ]);
    expect(edges.ecosystem.hasNode('Zeta')).toBe(true);
    const nodes = await formats('dl-nodelist.dl');
    expect(nodes.ecosystem.outNeighbors('Acme').sort()).toEqual(['Beta', 'Delta', 'Gamma']);
    expect(nodes.report.rejected[0]).toMatchObject({ row: 9, code: 'unreadable-line' });
    const matrices = await formats('dl-matrices.dl');
    expect(matrices.report.relationsByKind).toEqual({ supply: 2, knowledge: 2 });
    const twoMode = await formats('dl-two-mode.dl');
    expect(twoMode.ecosystem.getNodeAttribute('ASML (2)', 'fields').mode).toBe(2);
    expect(twoMode.ecosystem.getNodeAttribute('ASML', 'fields').mode).toBe(1);
    const half = await formats('dl-lowerhalf.dl');
    expect(edge(half.ecosystem, 'd', 'c')).toEqual([
      expect.objectContaining({ strength: 2, directed: false }),
    ]);
  });
});

describe('files NetworkX and igraph write', () => {
  for (const producer of ['networkx', 'igraph']) {
    const expected: Record<string, { nodes: number; edges: number }> = JSON.parse(
      readFileSync(join(FIXTURES, producer, 'expected.json'), 'utf8'),
    );
    for (const [name, counts] of Object.entries(expected)) {
      it(`${producer} ${name}: as many actors and relations as ${producer} reads back`, async () => {
        const { report } = await importFiles([load(producer, name)]);
        expect(report.outcome.status).toBe('complete');
        expect(report.actorCount).toBe(counts.nodes);
        // A multigraph's repeated tie is one relation here, its strengths summed and listed.
        const repeats = report.merged.reduce((sum, merged) => sum + merged.rows - 1, 0);
        expect(report.relationCount + repeats).toBe(counts.edges);
      });
    }
  }

  it('labels, kinds, fields and positions survive every NetworkX format', async () => {
    for (const name of ['network.gml', 'network.graphml', 'network.gexf', 'node-link.json', 'network.net']) {
      const { ecosystem, layout } = await importFiles([load('networkx', name)]);
      const labels = ecosystem.mapNodes((_key, attributes) => attributes.label).sort();
      const expectedLabels = name.endsWith('.gml')
        ? ['brainport', 'gemeente', 'isolate', 'janssens', 'muller', 'tue', 'vdberg']
        : [
            'Brainport Development',
            'Gemeente Eindhoven',
            'Janssens, Peeters & Co',
            'Müller "Präzision" GmbH',
            'Société Générale',
            'Technische Universiteit Eindhoven',
            'Van den Berg B.V.',
          ];
      expect(labels, name).toEqual(expectedLabels);
      expect(ecosystem.mapNodes((_key, attributes) => attributes.kind).sort(), name).toEqual([
        'firm',
        'firm',
        'firm',
        'firm',
        'government',
        'intermediary',
        'knowledge',
      ]);
      expect(ecosystem.mapEdges((_edge, attributes) => attributes.kind).sort(), name).toContain('competitor');
      expect(layout.positions.size, name).toBe(7);
    }
  });
});

describe('space-separated edge lists', () => {
  it('NetworkX data dicts, weights, adjacency lines and a header', async () => {
    const text = [
      '# written by NetworkX',
      'a b {"weight": 2.5, "kind": "supply", "formal": True}',
      "b c {'weight': 1}",
      'c',
    ].join('\n');
    const { ecosystem, report } = await importFiles([
      { name: 'g.edgelist', bytes: new TextEncoder().encode(text) },
    ]);
    expect(report.files[0].format).toBe('edgelist');
    expect(edge(ecosystem, 'a', 'b')[0]).toMatchObject({
      kind: 'supply',
      strength: 2.5,
      fields: { formal: true },
    });
    const adjacency = await importFiles([
      // write_adjlist's header comments, then each node and its neighbours
      {
        name: 'g.adjlist',
        bytes: new TextEncoder().encode(
          '#/usr/bin/python3 script.py\n# GMT Mon Jan  1 2024\n# \na b c d\nb c\n',
        ),
      },
    ]);
    expect(adjacency.report.relationCount).toBe(4);
  });
});
