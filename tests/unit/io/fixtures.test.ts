import { describe, expect, it } from 'vitest';
import { importFiles, importTables, previewFile, rejectedRowsCsv } from '../../../src/io/index.ts';
import { codes, fixture } from './helpers.ts';

describe('fixtures import with the expected counts and report', () => {
  it('Dutch Excel CSV pair: BOM, sep=; line, semicolons, decimal commas, trailing empty rows and columns', async () => {
    const { ecosystem, report } = await importFiles([
      fixture('dutch-excel-relaties.csv'),
      fixture('dutch-excel-actoren.csv'),
    ]);
    expect(report.actorCount).toBe(5);
    expect(report.relationCount).toBe(5);
    expect(report.actorsByKind).toEqual({ firm: 2, knowledge: 1, government: 1, intermediary: 1 });
    expect(report.relationsByKind).toEqual({
      knowledge: 1,
      supply: 1,
      government: 1,
      intermediary: 1,
      cooperation: 1,
    });
    expect(report.issues).toEqual([]);
    const actorsFile = report.files.find((file) => file.role === 'actors');
    expect(actorsFile).toMatchObject({
      delimiter: ';',
      decimalMark: ',',
      thousandsSeparator: '.',
      encoding: 'utf-8',
      byteOrderMark: true,
      rows: 5,
    });
    expect(actorsFile?.columns.map((column) => column.header)).not.toContain('Column J');
    expect(actorsFile?.columns.find((column) => column.header === 'Omzet')).toMatchObject({
      field: 'Omzet',
      type: 'number',
    });
    const vdb = ecosystem.getNodeAttributes('Van den Berg B.V.');
    expect(vdb.fields).toMatchObject({
      lat: 51.4416,
      lon: 5.4697,
      Omzet: 1234567.89,
      frontier: true,
      country: 'NL',
      sector: 'C25',
    });
    expect(ecosystem.getNodeAttributes('"Janssens, Peeters & Co"'.slice(1, -1)).fields.country).toBe('BE');
    const supply = ecosystem.directedEdges('Van den Berg B.V.', 'Janssens, Peeters & Co');
    expect(ecosystem.getEdgeAttributes(supply[0])).toMatchObject({ kind: 'supply', strength: 2.5 });
    const knowledge = ecosystem.undirectedEdges('Van den Berg B.V.', 'Technische Universiteit Eindhoven');
    expect(ecosystem.getEdgeAttributes(knowledge[0])).toMatchObject({ strength: 4, fields: { year: 2021 } });
  });

  it('importTables keeps working for the app', () => {
    const { report } = importTables({
      actors: fixture('dutch-excel-actoren.csv'),
      relations: fixture('dutch-excel-relaties.csv'),
    });
    expect([report.actorCount, report.relationCount]).toEqual([5, 5]);
  });

  it('Windows-1252 edge list alone: names decoded, every name an actor, nothing flagged', async () => {
    const { ecosystem, report } = await importFiles([fixture('windows-1252-edges.csv')]);
    expect(report.files[0]).toMatchObject({ encoding: 'windows-1252', delimiter: ',', role: 'relations' });
    expect(ecosystem.nodes().sort()).toEqual([
      'Crédit Agricole',
      'Hôpital Saint-Étienne',
      'Müller GmbH',
      'Société Générale',
    ]);
    expect(report.relationCount).toBe(3);
    expect(report.implicitActorCount).toBe(0);
    expect(report.issues).toEqual([]);
  });

  it('UTF-16 "Unicode text" from Excel: tab-delimited actors', async () => {
    const { ecosystem, report } = await importFiles([fixture('utf16-unicode-text.txt')]);
    expect(report.files[0]).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', role: 'actors' });
    expect(ecosystem.getNodeAttributes('Zürich Instruments AG').kind).toBe('firm');
    expect(report.actorsByKind).toEqual({ firm: 1, knowledge: 1 });
  });

  it('quoted newlines, pipe delimiter, trailing empty rows and columns', async () => {
    const { ecosystem, report } = await importFiles([fixture('quoted-newlines.csv')]);
    expect(report.files[0]).toMatchObject({ delimiter: '|', rows: 2 });
    expect(report.files[0].columns.map((column) => column.header)).toEqual(['from', 'to', 'type', 'note']);
    const edge = ecosystem.undirectedEdges('Alpha', 'Beta')[0];
    expect(ecosystem.getEdgeAttributes(edge).fields.note).toBe('joint project,\nphase 1 and "phase 2"');
    expect(report.relationsByKind).toEqual({ cooperation: 1, knowledge: 1 });
    expect(report.issues).toEqual([]);
  });

  it('survey with three spellings of one partner: equal names merged, the similar one proposed', async () => {
    const { ecosystem, report } = await importFiles([fixture('survey-three-spellings.csv')]);
    expect(report.actorCount).toBe(7);
    expect(report.respondentCount).toBe(4);
    expect(report.nonRespondentCount).toBe(3);
    expect(report.relationsByKind).toEqual({ supply: 3, knowledge: 3, cooperation: 1 });
    expect(report.nameMerges).toEqual([
      expect.objectContaining({ into: 'Van den Berg B.V.', names: ['van den Berg BV'], score: 1 }),
    ]);
    expect(report.mergeCandidates).toEqual([
      expect.objectContaining({
        names: ['Van den Berg B.V.', 'Van den Berg Precisie'],
        reason: expect.stringContaining('every word'),
      }),
    ]);
    // Reported direction kept: VdB's client Philips gets VdB → Philips; its supplier Peeters gives Peeters → VdB.
    expect(ecosystem.directedEdges('Van den Berg B.V.', 'Philips Medical Systems')).toHaveLength(1);
    expect(ecosystem.directedEdges('Staalhandel Peeters NV', 'Van den Berg B.V.')).toHaveLength(1);
    // The cooperation both reported is one relation, reciprocated, strongest report kept (weekly = 4).
    const cooperation = ecosystem.getEdgeAttributes(
      ecosystem.undirectedEdges('Van den Berg B.V.', 'Aqua Dynamics')[0],
    );
    expect(cooperation).toMatchObject({ strength: 4, fields: { reciprocated: true } });
    expect(String(cooperation.fields.reported_by).split('; ').sort()).toEqual([
      'Aqua Dynamics',
      'Van den Berg B.V.',
    ]);
    expect(ecosystem.getNodeAttributes('Kuijpers Kunststoffen').fields.respondent).toBe(true);
    expect(ecosystem.getNodeAttributes('Fontys Hogeschool')).toMatchObject({
      kind: 'knowledge',
      fields: { respondent: false },
    });
    expect(ecosystem.getNodeAttributes('Philips Medical Systems').fields.region).toBe('Noord-Brabant');
  });

  it('survey: --merge-similar folds the third spelling; reciprocated-only drops one-sided ties between respondents', async () => {
    const merged = await importFiles([fixture('survey-three-spellings.csv')], { mergeSimilar: true });
    expect(merged.report.actorCount).toBe(6);
    expect(merged.ecosystem.hasNode('Van den Berg Precisie')).toBe(false);
    expect(merged.report.mergeCandidates).toEqual([]);
    expect(merged.report.nameMerges).toHaveLength(2);

    const strict = await importFiles([fixture('survey-three-spellings.csv')], { symmetrise: 'reciprocated' });
    // VdB–Philips (only VdB reported) and Philips–Aqua (only Philips) are between respondents and one-sided.
    expect(strict.report.relationCount).toBe(5);
    expect(codes(strict.report.issues).unreciprocated).toBe(2);
    expect(strict.report.rejected.filter((row) => row.code === 'unreciprocated')).toHaveLength(2);
  });

  it('broken rows: each is reported with file, row, column and value; rows left out are listed', async () => {
    const { report } = await importFiles([fixture('broken-actors.csv'), fixture('broken-relations.csv')]);
    expect(report.actorCount).toBe(4);
    expect(report.relationCount).toBe(4);
    expect(codes(report.issues)).toEqual({
      'missing-actor-id': 1,
      'missing-endpoint': 1,
      'unreadable-cell': 2,
      'unknown-actor-kind': 1,
      'duplicate-actor': 1,
      'unknown-relation-kind': 1,
      'self-loop': 1,
      'duplicate-relation': 1,
      'implicit-actor': 1,
    });
    expect(
      report.issues.find((issue) => issue.code === 'unreadable-cell' && issue.column === 'strength'),
    ).toMatchObject({
      file: 'broken-relations.csv',
      row: 4,
      value: 'abc',
    });
    expect(report.implicitActorCount).toBe(1);
    expect(report.rejected.map((row) => [row.file, row.row, row.code])).toEqual([
      ['broken-actors.csv', 5, 'duplicate-actor'],
      ['broken-actors.csv', 6, 'missing-actor-id'],
      ['broken-relations.csv', 3, 'missing-endpoint'],
      ['broken-relations.csv', 6, 'self-loop'],
    ]);
    const csv = rejectedRowsCsv(report);
    expect(csv.split('\r\n')[0]).toBe(
      'file,row,problem,message,column,value,id,label,kind,employees,source,target,strength,year',
    );
    expect(csv).toContain('broken-relations.csv,6,self-loop,');
  });

  it('XLSX written by a library: two sheets become actors and relations', async () => {
    const { ecosystem, report } = await importFiles([fixture('workbook-two-sheets.xlsx')]);
    expect(report.files.map((file) => [file.sheet, file.role])).toEqual([
      ['Actoren', 'actors'],
      ['Relaties', 'relations'],
    ]);
    expect(report.actorsByKind).toEqual({ firm: 1, knowledge: 1, government: 1, other: 1 });
    expect(report.relationsByKind).toEqual({ knowledge: 1, government: 1, supply: 1 });
    expect(report.implicitActorCount).toBe(1);
    expect(ecosystem.getNodeAttributes('Van den Berg B.V.').fields).toMatchObject({
      Werknemers: 35,
      Opgericht: '1998-05-01',
      frontier: true,
    });
    const supply = ecosystem.directedEdges('Van den Berg B.V.', 'Onbekende Klant')[0];
    expect(ecosystem.getEdgeAttribute(supply, 'strength')).toBe(4);
  });

  it('XLSX with one survey sheet', async () => {
    const { ecosystem, report } = await importFiles([fixture('workbook-survey.xlsx')]);
    expect(report.files[0].role).toBe('survey');
    expect([report.actorCount, report.relationCount, report.respondentCount]).toEqual([3, 2, 2]);
    // Aqua's supplier VdB and VdB's client Aqua are the same arc VdB → Aqua, reported by both.
    const supply = ecosystem.directedEdges('Van den Berg B.V.', 'Aqua Dynamics');
    expect(supply).toHaveLength(1);
    expect(ecosystem.getEdgeAttribute(supply[0], 'fields').reciprocated).toBe(true);
  });

  it('GEXF with attributes, defaults, viz positions and colours', async () => {
    const { ecosystem, report, layout } = await importFiles([fixture('network.gexf')]);
    expect(report.actorsByKind).toEqual({ firm: 1, knowledge: 1, government: 1 });
    expect(report.relationsByKind).toEqual({ knowledge: 1, government: 1, other: 1 });
    expect(ecosystem.getNodeAttributes('n2')).toMatchObject({
      label: 'Université de Liège',
      fields: { region: 'Wallonie' },
    });
    expect(ecosystem.getNodeAttributes('n1').fields).toMatchObject({
      size: 'large',
      region: 'Noord-Brabant',
    });
    expect(layout.positions.get('n1')).toEqual({ x: 10.5, y: -3.25 });
    expect(layout.colors.get('n1')).toBe('#ff0000');
    expect(ecosystem.directedEdges('n3', 'n1')).toHaveLength(1);
  });

  it('GraphML with typed keys, defaults and Gephi colour channels', async () => {
    const { ecosystem, report, layout } = await importFiles([fixture('network.graphml')]);
    expect(report.actorsByKind).toEqual({ firm: 2, knowledge: 1, intermediary: 1 });
    expect(report.relationsByKind).toEqual({ knowledge: 1, supply: 1, intermediary: 1 });
    expect(ecosystem.getNodeAttributes('1').fields.frontier).toBe(true);
    expect(ecosystem.getNodeAttributes('2').fields.frontier).toBe(false);
    expect(layout.colors.get('1')).toBe('#0080ff');
    expect(ecosystem.directedEdges('4', '1')).toHaveLength(1);
    expect(ecosystem.getEdgeAttribute(ecosystem.undirectedEdges('3', '4')[0], 'strength')).toBe(1);
  });

  it('project file: validated, records, settings and view restored', async () => {
    const { ecosystem, report, project, layout } = await importFiles([fixture('project.clusterscope.json')]);
    expect(report.files[0]).toMatchObject({ format: 'project', role: 'project' });
    expect([report.actorCount, report.relationCount]).toEqual([3, 2]);
    expect(project?.settings).toEqual({
      symmetrise: 'union',
      mergeSimilar: false,
      groupBy: 'region',
      seed: 7,
    });
    expect(project?.view?.selection).toEqual(['vdb']);
    expect(layout.positions.get('vdb')).toEqual({ x: 0, y: 1 });
    expect(ecosystem.getNodeAttributes('vdb').fields.frontier).toBe(true);
  });

  it('previewFile: detected settings, first rows and proposed mapping for the column-mapping step', async () => {
    const preview = await previewFile(fixture('dutch-excel-actoren.csv'), { rows: 2 });
    expect(preview).toMatchObject({ format: 'csv', encoding: 'utf-8', byteOrderMark: true });
    const [table] = preview.tables;
    expect(table).toMatchObject({
      role: 'actors',
      delimiter: ';',
      declaredDelimiter: true,
      decimalMark: ',',
      rowCount: 5,
    });
    expect(table.rows).toHaveLength(2);
    expect(table.rowNumbers).toEqual([3, 4]);
    expect(table.columns.slice(0, 3)).toEqual([
      { header: 'Naam', field: 'label', type: 'category' },
      { header: 'Soort', field: 'kind', type: 'category' },
      { header: 'Sector', field: 'sector', type: 'category' },
    ]);
    const sheets = await previewFile(fixture('workbook-two-sheets.xlsx'));
    expect(sheets.tables.map((t) => t.sheet)).toEqual(['Actoren', 'Relaties']);
  });
});
