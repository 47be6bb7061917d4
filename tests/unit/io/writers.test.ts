/**
 * Property: the Pajek, UCINET DL and GML writers give back, through our readers, what each
 * format can hold: GML the whole network (ids, labels, kinds, fields, strengths, directions,
 * positions); Pajek the labels, relations by kind with strengths and directions, positions,
 * and partitions and vectors as fields; DL the labels and the strength of every tie by kind.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import { writeDl } from '../../../src/io/write-dl.ts';
import { writeGml } from '../../../src/io/write-gml.ts';
import { writePajek } from '../../../src/io/write-pajek.ts';
import { actorId, buildEcosystem, type Ecosystem } from '../../../src/model/ecosystem.ts';
import { createFields } from '../../../src/model/fields.ts';
import { ACTOR_KINDS, RELATION_KINDS } from '../../../src/model/kinds.ts';
import { snapshot, textFile } from './helpers.ts';

/** Names as people write them, with accents, ampersands, commas and apostrophes (no double quotes: Pajek and DL labels cannot hold them). */
const label = fc
  .stringMatching(/^[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9 &,.'()/-]{0,14}$/)
  .map((text) => text.trim())
  .filter((text) => text !== '');

const network = fc
  .record({
    labels: fc.uniqueArray(label, { minLength: 1, maxLength: 7 }),
    kinds: fc.array(fc.constantFrom(...ACTOR_KINDS), { minLength: 7, maxLength: 7 }),
    sectors: fc.array(
      fc.option(fc.constantFrom('C25', 'Zorg & Welzijn', '"quoted"', 'é'), { nil: undefined }),
      {
        minLength: 7,
        maxLength: 7,
      },
    ),
    relations: fc.array(
      fc.record({
        source: fc.nat(),
        target: fc.nat(),
        kind: fc.constantFrom(...RELATION_KINDS),
        directed: fc.boolean(),
        strength: fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        year: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ labels, kinds, sectors, relations }): Ecosystem => {
    const ids = labels.map((_label, i) => `a${i}`);
    const actors = labels.map((text, i) => ({
      id: ids[i],
      label: text,
      kind: kinds[i],
      fields: createFields(sectors[i] === undefined ? [] : [['sector', sectors[i] as string]]),
    }));
    const records = relations.map((r) => ({
      source: ids[r.source % ids.length],
      target: ids[r.target % ids.length],
      kind: r.kind,
      directed: r.directed,
      strength: r.strength,
      fields: createFields(r.year === undefined ? [] : [['year', r.year]]),
    }));
    return buildEcosystem({ actors, relations: records }).ecosystem;
  });

const positionsOf = (ecosystem: Ecosystem) =>
  new Map(ecosystem.nodes().map((key, i) => [actorId(key), { x: i * 1.5, y: i === 0 ? 0 : -i / 3 }]));

/** Every relation as arcs by labels and kind, a mutual one both ways, strengths summed per arc. */
function arcStrengths(ecosystem: Ecosystem): Record<string, number> {
  const sums: Record<string, number> = {};
  ecosystem.forEachEdge((_edge, attributes, source, target) => {
    const [s, t] = [ecosystem.getNodeAttribute(source, 'label'), ecosystem.getNodeAttribute(target, 'label')];
    const arcs = attributes.directed
      ? [[s, t]]
      : [
          [s, t],
          [t, s],
        ];
    for (const [from, to] of arcs) {
      const key = `${from}→${to}:${attributes.kind}`;
      sums[key] = (sums[key] ?? 0) + attributes.strength;
    }
  });
  return Object.fromEntries(Object.entries(sums).map(([key, value]) => [key, Math.round(value * 1e6) / 1e6]));
}

/**
 * Strengths by labels, kind and direction. Pajek holds no years, so relations of one pair that
 * differed only in their year come back as one, their strengths summed.
 */
function relationsByLabel(ecosystem: Ecosystem): Record<string, number> {
  const sums: Record<string, number> = {};
  ecosystem.forEachEdge((_edge, attributes, source, target) => {
    let [s, t] = [ecosystem.getNodeAttribute(source, 'label'), ecosystem.getNodeAttribute(target, 'label')];
    if (!attributes.directed && s > t) [s, t] = [t, s];
    const key = `${s}|${t}|${attributes.kind}|${attributes.directed}`;
    sums[key] = (sums[key] ?? 0) + attributes.strength;
  });
  return Object.fromEntries(Object.entries(sums).map(([key, value]) => [key, Math.round(value * 1e6) / 1e6]));
}

describe('export writers round-trip through the readers', () => {
  it('GML keeps the whole network', async () => {
    await fc.assert(
      fc.asyncProperty(network, async (ecosystem) => {
        const positions = positionsOf(ecosystem);
        const {
          ecosystem: back,
          report,
          layout,
        } = await importFiles([textFile('network.gml', writeGml(ecosystem, { positions }))]);
        expect(report.outcome.status).toBe('complete');
        expect(snapshot(back)).toEqual(snapshot(ecosystem));
        expect(layout.positions).toEqual(positions);
      }),
      { numRuns: 80 },
    );
  });

  it('Pajek keeps labels, relations by kind, directions, strengths and positions', async () => {
    await fc.assert(
      fc.asyncProperty(network, async (ecosystem) => {
        const positions = positionsOf(ecosystem);
        const { net } = writePajek(ecosystem, { positions });
        const { ecosystem: back, report, layout } = await importFiles([textFile('network.net', net)]);
        expect(report.rejected).toEqual([]);
        expect(back.mapNodes((_key, attributes) => attributes.label)).toEqual(
          ecosystem.mapNodes((_key, attributes) => attributes.label),
        );
        expect(relationsByLabel(back)).toEqual(relationsByLabel(ecosystem));
        expect([...layout.positions.values()]).toEqual([...positions.values()]);
      }),
      { numRuns: 80 },
    );
  });

  it('UCINET DL keeps labels and the strength of every tie by kind', async () => {
    await fc.assert(
      fc.asyncProperty(network, async (ecosystem) => {
        const { ecosystem: back, report } = await importFiles([textFile('network.dl', writeDl(ecosystem))]);
        expect(report.rejected.filter((row) => row.code !== 'self-loop')).toEqual([]);
        expect(back.mapNodes((_key, attributes) => attributes.label).sort()).toEqual(
          ecosystem.mapNodes((_key, attributes) => attributes.label).sort(),
        );
        expect(arcStrengths(back)).toEqual(arcStrengths(ecosystem));
      }),
      { numRuns: 80 },
    );
  });

  it('Pajek partitions and vectors come back as fields, words numbered with their key, gaps missing', async () => {
    const { ecosystem } = buildEcosystem({
      actors: [
        { id: 'a', kind: 'firm' },
        { id: 'b', kind: 'knowledge' },
        { id: 'c', kind: 'firm' },
      ],
      relations: [{ source: 'a', target: 'b' }],
    });
    const written = writePajek(ecosystem, {
      partitions: [
        {
          name: 'kind',
          values: new Map([
            ['a', 'firm'],
            ['b', 'knowledge'],
            ['c', 'firm'],
          ]),
        },
        {
          name: 'community',
          values: new Map([
            ['a', 0],
            ['b', 1],
            ['c', Number.NaN],
          ]),
        },
      ],
      vectors: [
        {
          name: 'pagerank',
          values: new Map([
            ['a', 0.25],
            ['b', 0.5],
          ]),
        },
      ],
    });
    expect(written.partitions[0].text).toBe(
      '% 1 = firm\r\n% 2 = knowledge\r\n*Vertices 3\r\n1\r\n2\r\n1\r\n',
    );
    const files = [
      textFile('n.net', written.net),
      textFile('n-kind.clu', written.partitions[0].text),
      textFile('n-community.clu', written.partitions[1].text),
      textFile('n-pagerank.vec', written.vectors[0].text),
    ];
    const { ecosystem: back, report } = await importFiles(files);
    expect(report.outcome.status).toBe('complete');
    expect(back.getNodeAttribute('3', 'fields')).toEqual({ 'n-kind': 1 });
    expect(back.getNodeAttribute('2', 'fields')).toEqual({
      'n-kind': 2,
      'n-community': 1,
      'n-pagerank': 0.5,
    });
  });
});
