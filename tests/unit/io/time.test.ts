/**
 * Time information on import: headers in English and Dutch (year/jaar, start/begin, end/eind,
 * wave/meting/ronde, CORDIS's start_date/end_date), dates in ISO and Dutch formats, GEXF spells and
 * dynamic attributes, and the report's time entries.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import { REPORT_NOTE_MESSAGES, yearList } from '../../../src/io/report-notes.ts';
import { parseYear } from '../../../src/io/values.ts';
import { formatMessage } from '../../../src/model/messages.ts';
import { textFile } from './helpers.ts';

function relationFields(
  ecosystem: Awaited<ReturnType<typeof importFiles>>['ecosystem'],
): Record<string, unknown>[] {
  return ecosystem
    .mapEdges((_edge, relation, source, target) => ({ ends: `${source}-${target}`, ...relation.fields }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('parseYear', () => {
  it('reads years and the year of ISO and Dutch dates', () => {
    expect(parseYear('2019')).toBe(2019);
    expect(parseYear(' 2019 ')).toBe(2019);
    expect(parseYear('2019.0')).toBe(2019);
    expect(parseYear('2019-03-01')).toBe(2019);
    expect(parseYear('2019-03-01T12:00:00Z')).toBe(2019);
    expect(parseYear('1-3-2019')).toBe(2019);
    expect(parseYear('01-03-2019')).toBe(2019);
    expect(parseYear('31/12/2020')).toBe(2020);
    expect(parseYear('1.3.2019')).toBe(2019);
    expect(parseYear('2019/03/01')).toBe(2019);
    expect(parseYear('2019-03')).toBe(2019);
    expect(parseYear('03-2019')).toBe(2019);
  });

  it('does not guess', () => {
    for (const cell of ['2019.5', 'voorjaar 2019', '31-02-2019', '13-2019', '', 'x', '20190301'])
      expect(parseYear(cell), cell).toBeUndefined();
  });
});

describe('time columns in tables', () => {
  it('Dutch headers and dates: bron;doel;soort;jaar;begin;eind', async () => {
    const { ecosystem, report } = await importFiles([
      textFile(
        'relaties.csv',
        [
          'bron;doel;soort;jaar;begin;eind',
          'A;B;kennis;2019;;',
          'A;C;kennis;;1-3-2018;01-03-2020',
          'B;C;levering;;2017-06-15;',
          'C;D;samenwerking;;;',
        ].join('\n'),
      ),
    ]);
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(relationFields(ecosystem)).toEqual([
      { ends: 'A-B', year: 2019 },
      { ends: 'A-C', start: 2018, end: 2020 },
      { ends: 'B-C', start: 2017 },
      { ends: 'C-D' },
    ]);
    expect(report.time).toMatchObject({
      datedRelations: 3,
      undatedRelations: 1,
      openRelations: 1,
      first: 2017,
      last: 2020,
      years: [2017, 2018, 2019, 2020],
      relationsByField: { year: 1, start: 2, end: 0, wave: 0 },
    });
    expect(report.notes).toEqual([
      { code: 'time-relations-dated', params: { dated: 3, total: 4, first: 2017, last: 2020 } },
      { code: 'time-years', params: { years: '2017–2020' } },
      { code: 'time-relations-undated', params: { count: 1 } },
      { code: 'time-open-ended', params: { count: 1, first: 2017, last: 2020 } },
    ]);
    expect(formatMessage(REPORT_NOTE_MESSAGES['time-relations-dated'], report.notes[0].params)).toBe(
      '3 of 4 relations are dated, 2017–2020.',
    );
  });

  it('CORDIS-style start_date/end_date, waves as meting or ronde, actor dates', async () => {
    const cordis = await importFiles([
      textFile('projects.csv', 'source,target,start_date,end_date\nP1,P2,2019-05-01,2022-04-30\n'),
    ]);
    expect(relationFields(cordis.ecosystem)).toEqual([{ ends: 'P1-P2', start: 2019, end: 2022 }]);

    for (const header of ['meting', 'Ronde', 'wave']) {
      const { ecosystem, report } = await importFiles([
        textFile('waves.csv', `van,naar,${header}\nA,B,2019\nA,B,2023\n`),
      ]);
      // The same tie in two waves is two relations, not a duplicate.
      expect(ecosystem.size, header).toBe(2);
      expect(report.issues, header).toEqual([]);
      expect(report.notes.map((note) => note.code)).toContain('time-waves');
      expect(report.time.years).toEqual([2019, 2023]);
    }

    const actors = await importFiles([
      textFile('actoren.csv', 'naam,soort,opgericht,sluiting\nA,bedrijf,,\nB,bedrijf,2016,2021\n'),
      textFile('relaties.csv', 'bron,doel,jaar\nA,B,2019\n'),
    ]);
    // A founding year is a field of its own, not the actor's presence.
    expect(actors.report.time.datedActors).toBe(0);
    const withStart = await importFiles([
      textFile('actoren.csv', 'naam,soort,begin,eind\nA,bedrijf,,\nB,bedrijf,2016,2021\n'),
      textFile('relaties.csv', 'bron,doel,jaar\nA,B,2019\n'),
    ]);
    expect(withStart.ecosystem.getNodeAttribute('B', 'fields')).toMatchObject({ start: 2016, end: 2021 });
    expect(withStart.report.time.datedActors).toBe(1);
  });

  it('an unreadable date is reported with file, row and column; an inverted period is a warning', async () => {
    const { ecosystem, report } = await importFiles([
      textFile('relaties.csv', 'bron,doel,jaar,begin,eind\nA,B,voorjaar,,\nA,C,,2021,2019\n'),
    ]);
    expect(ecosystem.size).toBe(2);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'unreadable-cell',
        file: 'relaties.csv',
        row: 2,
        column: 'jaar',
        value: 'voorjaar',
        message: 'Cannot read "voorjaar" in column "jaar" as a year or a date; left empty.',
      }),
      expect.objectContaining({ code: 'inverted-period', file: 'relaties.csv', row: 3, column: 'end' }),
    ]);
    expect(report.time).toMatchObject({ datedRelations: 0, undatedRelations: 1, invertedRelations: 1 });
  });

  it('survey waves: the same answer in two waves gives two relations; a repeat within a wave merges', async () => {
    const { ecosystem, report } = await importFiles([
      textFile(
        'enquete.csv',
        [
          'respondent,partner,relatie,meting',
          'Alfa BV,Beta BV,kennis,2019',
          'Alfa BV,Beta BV,kennis,2023',
          'Alfa BV,Beta BV,kennis,2023',
        ].join('\n'),
      ),
    ]);
    expect(ecosystem.size).toBe(2);
    expect(report.issues.map((issue) => issue.code)).toEqual(['duplicate-report']);
    expect(relationFields(ecosystem).map((fields) => fields.wave)).toEqual([2019, 2023]);
  });

  it('a network without dates says so', async () => {
    const { report } = await importFiles([textFile('edges.csv', 'source,target\nA,B\n')]);
    expect(report.notes).toEqual([{ code: 'time-none', params: {} }]);
    expect(report.time).toMatchObject({ first: null, last: null, years: [], undatedRelations: 1 });
  });

  it('lists years as ranges', () => {
    expect(yearList([2014, 2015, 2016, 2018])).toBe('2014–2016, 2018');
    expect(yearList([2019, 2023])).toBe('2019, 2023');
  });
});

const gexf = (graph: string, timeformat = 'date') => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" defaultedgetype="undirected" timeformat="${timeformat}">${graph}</graph>
</gexf>`;

describe('GEXF dynamics', () => {
  it('start/end attributes, spells, open bounds and dates', async () => {
    const { ecosystem, report } = await importFiles([
      textFile(
        'dynamic.gexf',
        gexf(`
    <nodes>
      <node id="a" label="A" start="2009-03-01"/>
      <node id="b" label="B">
        <spells><spell start="2008-01-01" end="2009-12-31"/><spell start="2012-01-01"/></spells>
      </node>
      <node id="c" label="C"/>
    </nodes>
    <edges>
      <edge id="0" source="a" target="b" start="2009-03-01" end="2010-06-30"/>
      <edge id="1" source="b" target="c">
        <spells>
          <spell start="2008-01-01" end="2008-12-31"/>
          <spell start="2009-01-01" end="2009-06-30"/>
          <spell start="2011-02-01" end="inf"/>
        </spells>
      </edge>
      <edge id="2" source="a" target="c"/>
    </edges>`),
      ),
    ]);
    expect(report.issues).toEqual([]);
    // Edge 1: spells 2008 and 2009 follow on (one period 2008–2009), 2011 onward is a second relation.
    expect(relationFields(ecosystem)).toEqual([
      { ends: 'a-b', start: 2009, end: 2010 },
      { ends: 'a-c' },
      { ends: 'b-c', start: 2008, end: 2009 },
      { ends: 'b-c', start: 2011 },
    ]);
    expect(ecosystem.getNodeAttribute('a', 'fields')).toMatchObject({ start: 2009 });
    // An actor has one period: from its first spell to its last (open end).
    expect(ecosystem.getNodeAttribute('b', 'fields')).toMatchObject({ start: 2008 });
    expect(ecosystem.getNodeAttribute('b', 'fields').end).toBeUndefined();
    // B's span 2008–open leaves out its 2012 spell start: the last year named in the model is 2011.
    expect(report.time.years).toEqual([2008, 2009, 2010, 2011]);
  });

  it('a dynamic weight splits an edge where its value changes; nodes take the latest value', async () => {
    const { ecosystem } = await importFiles([
      textFile(
        'weights.gexf',
        gexf(
          `
    <attributes class="node" mode="dynamic"><attribute id="0" title="sector" type="string"/></attributes>
    <attributes class="edge" mode="dynamic"><attribute id="w" title="weight" type="float"/></attributes>
    <nodes>
      <node id="a" label="A">
        <attvalues>
          <attvalue for="0" value="C28" start="2000" end="2004"/>
          <attvalue for="0" value="J62" start="2005"/>
        </attvalues>
      </node>
      <node id="b" label="B"/>
    </nodes>
    <edges>
      <edge source="a" target="b" start="2001">
        <attvalues>
          <attvalue for="w" value="1" start="2001"/>
          <attvalue for="w" value="3" start="2003"/>
        </attvalues>
      </edge>
    </edges>`,
          'integer',
        ),
      ),
    ]);
    const relations = ecosystem.mapEdges((_edge, relation) => ({
      strength: relation.strength,
      start: relation.fields.start,
      end: relation.fields.end,
    }));
    expect(relations).toEqual([
      { strength: 1, start: 2001, end: 2002 },
      { strength: 3, start: 2003, end: undefined },
    ]);
    expect(ecosystem.getNodeAttribute('a', 'fields').sector).toBe('J62');
  });

  it("GEXF 1.3 timestamps and intervals; double timeformat takes the year's floor", async () => {
    const { ecosystem, report } = await importFiles([
      textFile(
        'stamps.gexf',
        gexf(
          `
    <nodes><node id="a"/><node id="b"/><node id="c"/></nodes>
    <edges>
      <edge source="a" target="b" timestamps="&lt;[2001.0, 2004.5]&gt;"/>
      <edge source="b" target="c" intervals="&lt;[2001, 2002]; [2006, 2007]&gt;"/>
      <edge source="a" target="c" timestamp="sometime"/>
    </edges>`,
          'double',
        ),
      ),
    ]);
    expect(relationFields(ecosystem)).toEqual([
      { ends: 'a-b', start: 2001, end: 2001 },
      { ends: 'a-b', start: 2004, end: 2004 },
      { ends: 'a-c' },
      { ends: 'b-c', start: 2001, end: 2002 },
      { ends: 'b-c', start: 2006, end: 2007 },
    ]);
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'unreadable-time', file: 'stamps.gexf', severity: 'warning' }),
    ]);
  });
});
