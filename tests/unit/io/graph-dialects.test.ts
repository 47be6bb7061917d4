/**
 * Graph files in the dialects their producers write: yEd's labels, geometry and groups, GEXF
 * hierarchies, the sigma.js demo, Gephi Lite workspaces, Kumu, Cytoscape (XGMML, CX, JSON),
 * d3. Labels, positions, kinds and types as meant; nothing the file holds is lost silently.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import type { Ecosystem } from '../../../src/model/ecosystem.ts';
import { FIXTURES, textFile } from './helpers.ts';

const formats = (...names: string[]) =>
  importFiles(
    names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, 'formats', name))) })),
  );

function between(ecosystem: Ecosystem, a: string, b: string) {
  return [...new Set([...ecosystem.edges(a, b), ...ecosystem.edges(b, a)])].map((key) =>
    ecosystem.getEdgeAttributes(key),
  );
}

describe('yEd GraphML and GEXF hierarchies', () => {
  it('yEd: NodeLabel as label, Geometry as position, groups flattened with the parent as a field', async () => {
    const { ecosystem, report, layout } = await formats('yed-groups.graphml');
    expect(ecosystem.getNodeAttributes('n0')).toMatchObject({
      label: 'ASML Holding',
      fields: { description: 'Prime contractor' },
    });
    expect(layout.positions.get('n0')).toEqual({ x: 100, y: -50 });
    expect(layout.colors.get('n1::n0')).toBe('#CCFFCC');
    expect(ecosystem.getNodeAttributes('n1::n1')).toMatchObject({
      label: 'Prodrive & Co', // the first label with text
      fields: { parent: 'Suppliers Eindhoven' },
    });
    // Groups are actors, the empty one too.
    expect(ecosystem.getNodeAttributes('n1')).toMatchObject({
      label: 'Suppliers Eindhoven',
      fields: { is_group: true },
    });
    expect(ecosystem.getNodeAttribute('n2', 'label')).toBe('Knowledge partners (empty)');
    expect(between(ecosystem, 'n1::n0', 'n0')[0]).toMatchObject({
      directed: true,
      fields: { label: 'supplies wafers' },
    });
    expect(between(ecosystem, 'n0', 'n3')[0].directed).toBe(false); // drawn without arrows
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'flattened-group', params: { count: 2, field: 'parent' } }),
    ]);
  });

  it('GEXF: nested nodes and pid keep their labels, with the parent as a field', async () => {
    const { ecosystem } = await formats('gexf-nested.gexf');
    expect(ecosystem.getNodeAttributes('b1')).toMatchObject({
      label: 'Philips Research',
      fields: { parent: 'Philips' },
    });
    expect(ecosystem.getNodeAttribute('c', 'fields').parent).toBe('Brainport cluster');
    expect(ecosystem.getNodeAttribute('cluster', 'fields').is_group).toBe(true);
    expect(ecosystem.getNodeAttribute('b1', 'implicit')).toBe(false);
    expect(between(ecosystem, 'b1', 'd')[0].fields).toMatchObject({ start: 2019, end: 2022 });
  });

  it('a GEXF cut off keeps every node before the cut and says where', async () => {
    const { report } = await formats('gexf-truncated.gexf');
    expect(report.actorCount).toBe(6);
    expect(report.outcome.status).toBe('partial');
    expect(report.issues.find((found) => found.code === 'truncated-file')?.message).toMatch(
      /ends early, at line 27, inside <edge>.*6 actors, 2 relations/,
    );
  });
});

describe('JSON as sigma.js, Gephi Lite, Kumu, Cytoscape and d3 write it', () => {
  it('the sigma.js demo: flat nodes, [source, target] edges, cluster labels', async () => {
    const { ecosystem, report, layout } = await formats('sigma-demo.json');
    expect(report.files[0].format).toBe('sigma-json');
    expect(ecosystem.getNodeAttributes('gephi')).toMatchObject({
      label: 'Gephi',
      fields: { tag: 'Tool', cluster: 'Graph theory tools', URL: 'https://en.wikipedia.org/wiki/Gephi' },
    });
    expect(layout.positions.get('graph theory')).toEqual({ x: 10.5, y: 20.25 });
    expect(layout.colors.get('microsoft excel')).toBe('#bd8d2b');
    expect(report.relationCount).toBe(4);
  });

  it('a JSON whose edges cannot be read fails, naming the cause', async () => {
    const { report } = await formats('sigma-edges-unreadable.json');
    expect(report.outcome).toMatchObject({ status: 'failed', relationRows: 3, relationRowsLeftOut: 3 });
    expect(report.outcome.cause?.message).toBe(
      '3 of 3 relation rows could not be read. Most often: Edge #1 has no source; left out.',
    );
  });

  it('Gephi Lite workspaces, new and old; filter functions are never run', async () => {
    const current = await formats('gephi-lite-workspace.json');
    expect(current.ecosystem.getNodeAttributes('2')).toMatchObject({
      label: 'Mlle Baptistine',
      fields: { modularity_class: 1 },
    });
    expect(current.layout.positions.get('1')).toEqual({ x: -418.1, y: -446.9 });
    expect(between(current.ecosystem, '1', '0')[0]).toMatchObject({ directed: false, strength: 8 });
    expect(current.report.issues).toEqual([expect.objectContaining({ code: 'ignored-code' })]);
    const older = await formats('gephi-lite-older.json');
    expect(older.ecosystem.getNodeAttributes('a')).toMatchObject({
      label: 'ASML',
      fields: { sector: 'C26' },
    });
    expect(between(older.ecosystem, 'a', 'b')[0]).toMatchObject({
      directed: true,
      strength: 2,
      fields: { start: 2015 }, // "since" is read as the relation's start year
    });
  });

  it('Kumu: two ties of different types between one pair stay two relations', async () => {
    for (const file of ['kumu-blueprint.json', 'kumu-backup.json', 'kumu-export.xlsx']) {
      const { ecosystem } = await formats(file);
      const [ann, acme] = ['Ann de Vries', 'Acme B.V.'].map(
        (label) => ecosystem.findNode((_key, attributes) => attributes.label === label) ?? '',
      );
      const types = between(ecosystem, ann, acme).map((relation) => relation.fields.type);
      expect(types.sort(), file).toEqual(['employee', 'investor']);
      expect(ecosystem.getNodeAttributes(ann), file).toMatchObject({
        kind: 'other',
        fields: { type: 'Person' },
      });
    }
    const backup = await formats('kumu-backup.json');
    expect(backup.layout.positions.get('elem-2')).toEqual({ x: 110, y: -20 });
    const sheet = await formats('kumu-export.xlsx');
    expect(sheet.report.relationsByKind).toEqual({ other: 3, supply: 1 });
  });

  it('Cytoscape XGMML, CX 1, CX 2 and Cytoscape.js: names as labels, interactions as types', async () => {
    for (const file of ['cytoscape.xgmml', 'cytoscape.cx', 'cytoscape.cyjs']) {
      const { ecosystem, layout } = await formats(file);
      expect(ecosystem.getNodeAttribute('72', 'label'), file).toBe('YKR026C');
      expect(ecosystem.getNodeAttribute('72', 'fields').gal4RGexp, file).toBe(0.218);
      expect(layout.positions.get('72'), file).toEqual({ x: -1104.8, y: -1207.5 });
      expect(between(ecosystem, '72', '71')[0].fields, file).toMatchObject({
        type: 'pp',
        EdgeBetweenness: 496,
      });
    }
    const cx2 = await formats('cytoscape-cx2.cx');
    expect(cx2.ecosystem.getNodeAttributes('1')).toMatchObject({ label: 'Alpha', fields: { score: 0.5 } });
  });

  it('d3: links by position in the node list, names as labels, value as strength', async () => {
    const { ecosystem } = await formats('d3-miserables.json');
    expect(ecosystem.getNodeAttribute('3', 'label')).toBe('Mme.Magloire');
    expect(between(ecosystem, '3', '0')[0].strength).toBe(10);
  });

  it('JSON that is no network names what it found and what is read', async () => {
    const { report } = await importFiles([textFile('settings.json', '{"theme": "dark", "fontSize": 12}')]);
    expect(report.outcome.status).toBe('failed');
    expect(report.issues[0].message).toMatch(/no "nodes" list \(its keys are theme, fontSize\).*Pajek/);
  });
});
