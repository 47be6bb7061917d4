/**
 * Hostile and broken input: fuzzed bytes never make a reader throw (problems come back as
 * reported errors), names of Object.prototype members are plain data, and text that a
 * spreadsheet would run as a formula is neutralised on export.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula } from '../../../src/io/csv-cell.ts';
import { importFiles, previewFile, writeEdgesCsv, writeNodesCsv } from '../../../src/io/index.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';
import { textFile } from './helpers.ts';

const NAMES = [
  'data.csv',
  'data.xlsx',
  'graph.gexf',
  'graph.graphml',
  'graph.json',
  'project.json',
  'notes.txt',
  'network.net',
  'project.paj',
  'values.clu',
  'network.gml',
  'network.dl',
  'network.xgmml',
  'network.cx',
  'edges.edgelist',
  'network.graphml.gz',
];
const PREFIXES = [
  '',
  '\ufeff',
  'sep=;\n',
  '<?xml version="1.0"?><gexf><graph>',
  '<graphml><graph>',
  '{"nodes":',
  '{"format":"clusterscope-project","version":1,',
  'PK\u0003\u0004',
  '*Vertices 3\n1 "A" 0.1 0.2\n*Arcs\n',
  '*Network x\n*Vertices 2 1\n*Partition p\n*Vertices 2\n',
  'graph [\n directed 1\n node [ id 1 ',
  'dl n=3 nm=2\nformat = fullmatrix\nlabels embedded\ndata:\n',
  'DL NR=2, NC=3\nROW LABELS:\n',
  '<graph xmlns="http://www.cs.rpi.edu/XGMML" directed="1"><node id="1"><att name="name" ',
  '<graphml><key id="d0" for="node" yfiles.type="nodegraphics"/><graph><node id="n0"><data key="d0"><y:ShapeNode><y:NodeLabel>',
  '[{"CXVersion":"2.0"},{"nodes":',
  '{"elements":[{"label":"A"}],"connections":[{"from":',
  '{"type":"gephi-lite","graphDataset":{"fullGraph":{"nodes":',
  '{"nodes":[{"key":"a","x":1}],"edges":[["a",',
  "a b {'weight': ",
  '\u001f\u008b',
];

describe('fuzzed input is reported, never thrown', () => {
  it('random bytes under every file name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NAMES), fc.uint8Array({ maxLength: 300 }), async (name, bytes) => {
        const { report } = await importFiles([{ name, bytes }]);
        expect(report.actorCount).toBeGreaterThanOrEqual(0);
        await previewFile({ name, bytes });
      }),
      { numRuns: 150 },
    );
  });

  it('random bytes after the magic numbers of gzip, ZIP, OLE and graph-tool files', async () => {
    const magics = [
      [0x1f, 0x8b, 0x08, 0x00],
      [0x50, 0x4b, 0x03, 0x04],
      [0x50, 0x4b, 0x05, 0x06],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      [0xe2, 0x9b, 0xbe, 0x20, 0x67, 0x74],
      [0x80, 0x04],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...magics),
        fc.uint8Array({ maxLength: 400 }),
        async (name, magic, rest) => {
          const bytes = Uint8Array.from([...magic, ...rest]);
          const { report } = await importFiles([{ name, bytes }]);
          expect(report.outcome.status).toBe('failed');
          expect(report.outcome.cause?.message).not.toMatch(/undefined|\[object|at .*\.ts/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('random text after a format-like opening', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...PREFIXES),
        fc.string({ maxLength: 200 }),
        async (name, prefix, rest) => {
          const { report } = await importFiles([textFile(name, prefix + rest)]);
          expect(Array.isArray(report.issues)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a truncated workbook, malformed XML and a wrong project are clear errors', async () => {
    const cases = [
      { name: 'book.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
      textFile('g.gexf', '<gexf><graph><nodes><node id="a"'),
      textFile('g.graphml', '<graphml><graph><__proto__/></graph></graphml>'),
      textFile('p.json', '{"format":"clusterscope-project","version":2,"data":{}}'),
      textFile(
        'p.json',
        '{"format":"clusterscope-project","version":1,"data":{"actors":[{"id":"a","label":"A","kind":"alien"}],"relations":[]}}',
      ),
    ];
    for (const file of cases) {
      const { report } = await importFiles([file]);
      expect(report.actorCount).toBe(0);
      expect(report.issues.some((issue) => issue.severity === 'error' && issue.file === file.name)).toBe(
        true,
      );
    }
  });
});

describe('__proto__, constructor and prototype are harmless as ids and column names', () => {
  const hostile = ['__proto__', 'constructor', 'prototype'];

  it('as actor ids, labels, kinds, column names and cell values in CSV', async () => {
    const actors = [
      'id,label,kind,__proto__,constructor,prototype',
      ...hostile.map((name) => `${name},${name},${name},polluted,polluted,polluted`),
    ].join('\n');
    const relations = [
      'source,target,kind,__proto__,strength',
      '__proto__,constructor,constructor,polluted,constructor',
      'constructor,prototype,__proto__,x,1',
    ].join('\n');
    const { ecosystem, report } = await importFiles([
      textFile('actors.csv', actors),
      textFile('relations.csv', relations),
    ]);
    expect(report.actorCount).toBe(3);
    expect(report.relationCount).toBe(2);
    expect(report.implicitActorCount).toBe(0);
    const fields = ecosystem.getNodeAttributes(ecosystem.nodes()[0]).fields;
    // The unknown kind word ("__proto__" and the like) is kept as the type field.
    expect(Object.keys(fields).sort()).toEqual(['__proto__', 'constructor', 'prototype', 'type']);
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(typeof {}.constructor).toBe('function');
  });

  it('in survey names, JSON graphs, GEXF and GraphML', async () => {
    const survey = [
      'respondent,partner,relation,frequency',
      '__proto__,constructor,supplier,constructor',
      'prototype,__proto__,client,weekly',
    ].join('\n');
    const json = JSON.stringify({
      nodes: hostile.map((key) => ({
        key,
        attributes: { __proto__: { polluted: true }, constructor: 'x', label: key },
      })),
      edges: [
        {
          source: '__proto__',
          target: 'prototype',
          attributes: { constructor: { prototype: { polluted: true } } },
        },
      ],
    });
    const gexf = `<gexf><graph><attributes class="node"><attribute id="0" title="__proto__" type="string"/></attributes><nodes><node id="__proto__" label="constructor"><attvalues><attvalue for="0" value="polluted"/></attvalues></node><node id="prototype"/></nodes><edges><edge source="__proto__" target="prototype"/></edges></graph></gexf>`;
    const graphml = `<graphml><key id="__proto__" for="node" attr.name="__proto__" attr.type="string"/><graph edgedefault="undirected"><node id="constructor"><data key="__proto__">polluted</data></node><node id="__proto__"/><edge source="constructor" target="__proto__"/></graph></graphml>`;
    const files = [
      textFile('survey.csv', survey),
      textFile('g.json', json),
      textFile('g.gexf', gexf),
      textFile('g.graphml', graphml),
    ];
    for (const file of files) {
      const { report } = await importFiles([file]);
      expect(report.actorCount, file.name).toBeGreaterThanOrEqual(2);
      expect(report.relationCount, file.name).toBeGreaterThanOrEqual(1);
    }
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
  });

  it('as a command name or a column override', async () => {
    const { report } = await importFiles([
      {
        ...textFile('a.csv', 'naam,soort\nA,firm\n'),
        overrides: JSON.parse('{"columns":{"__proto__":"label","naam":"label"}}'),
      },
    ]);
    expect(report.actorCount).toBe(1);
    expect({} as Record<string, unknown>).not.toHaveProperty('label');
  });
});

describe('formula injection is neutralised on export', () => {
  it('text starting with = + - @ tab or CR gets a leading quote; our numbers stay numbers', () => {
    for (const text of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(neutraliseFormula(text).startsWith("'")).toBe(true);
    }
    expect(neutraliseFormula('Müller')).toBe('Müller');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell('-0.25')).toBe("'-0.25");
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('nodes and edges CSVs neutralise ids and labels but not measures', () => {
    const csv = writeNodesCsv(
      ['=cmd|x'],
      ['@label'],
      ['firm'],
      [
        { name: 'constraint', values: new Float64Array([-0.5]) },
        { name: 'hierarchy', values: new Float64Array([Number.NaN]) },
      ],
    );
    expect(csv).toBe("id,label,kind,constraint,hierarchy\r\n'=cmd|x,'@label,firm,-0.5,\r\n");
    const { ecosystem } = buildEcosystem({
      actors: [],
      relations: [{ source: '+a', target: '=b', strength: 0.1 + 0.2 }],
    });
    expect(writeEdgesCsv(ecosystem).split('\r\n')[1]).toBe("'+a,'=b,other,0.30000000000000004,false");
  });

  it('neutralised cells read back as written', async () => {
    const { ecosystem } = await importFiles([textFile('edges.csv', "source,target\n'=b,'+a\n")]);
    expect(ecosystem.nodes().sort()).toEqual(['+a', '=b']);
  });
});
