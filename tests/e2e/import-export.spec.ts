/**
 * Second journey: a cluster manager opens a CSV pair saved by Dutch Excel with the file
 * picker, checks the detected settings and column mapping, imports, reads the report, sees
 * the graph, and exports what people need. A file with broken rows shows every problem.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { saveExport, screenshot, waitForNetwork, waitUntilConsistent, watchConsole } from './helpers.ts';

const FIXTURES = 'tests/fixtures/io';

test('a Dutch Excel CSV pair: file picker, column mapping, report, graph', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);

  await page
    .getByTestId('file-input')
    .setInputFiles([`${FIXTURES}/dutch-excel-actoren.csv`, `${FIXTURES}/dutch-excel-relaties.csv`]);
  const dialog = page.getByRole('dialog', { name: 'Import files' });
  await expect(dialog).toBeVisible();
  const actorsFile = dialog.getByRole('region', { name: 'File dutch-excel-actoren.csv' });
  await expect(actorsFile.getByLabel('Delimiter')).toHaveValue(';');
  await expect(actorsFile.getByLabel('Decimal mark')).toHaveValue(',');
  await expect(actorsFile.getByLabel('Holds')).toHaveValue('actors');
  await expect(actorsFile.getByLabel('Field for column Naam')).toHaveValue('label');
  await expect(actorsFile.getByLabel('Field for column Regio')).toHaveValue('region');
  await expect(actorsFile).toContainText('Van den Berg B.V.');
  // Leave the turnover column out of the import.
  await actorsFile.getByLabel('Field for column Omzet').selectOption('');
  await expect(actorsFile.getByLabel('Field for column Omzet')).toHaveValue('');
  await screenshot(page, '10-import-mapping');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(page.getByTestId('network-counts')).toContainText('5 actors · 5 relations');
  await expect(page.getByTestId('network-counts')).not.toContainText('in import');
  await page.getByRole('button', { name: 'Import report' }).click();
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByTestId('report-summary')).toContainText(
    '5 actors and 5 relations from 2 files; 0 errors',
  );
  await expect(report).toContainText('decimal “,”');
  await screenshot(page, '11-import-report');
  await report.getByRole('button', { name: 'Close', exact: true }).click();

  const search = page.getByRole('combobox', { name: 'Search actors by name' });
  await search.fill('van den');
  await search.press('Enter');
  const panel = page.getByTestId('actor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Van den Berg B.V.');
  await expect(panel).not.toContainText('Omzet');
  await expect(panel).toContainText('Noord-Brabant');
  expect(errors).toEqual([]);
});

test('broken rows are listed with file, row and column, and can be downloaded', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await page
    .getByTestId('file-input')
    .setInputFiles([`${FIXTURES}/broken-actors.csv`, `${FIXTURES}/broken-relations.csv`]);
  await page
    .getByRole('dialog', { name: 'Import files' })
    .getByRole('button', { name: 'Import', exact: true })
    .click();
  await expect(page.getByTestId('network-counts')).toContainText('4 actors · 4 relations');
  await page.getByRole('button', { name: 'Import report' }).click();
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByTestId('report-summary')).toContainText('4 rows left out');
  const strengthRow = report.getByTestId('report-issues').getByRole('row').filter({ hasText: 'abc' });
  await expect(strengthRow).toContainText('broken-relations.csv');
  await expect(strengthRow.getByRole('cell').nth(2)).toHaveText('4');
  await expect(strengthRow.getByRole('cell').nth(3)).toHaveText('strength');
  await screenshot(page, '12-broken-report');
  const downloading = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Download rows left out (CSV)' }).click();
  const rejected = readFileSync(await (await downloading).path(), 'utf8');
  expect(rejected).toContain('broken-relations.csv,6,self-loop');
  expect(errors).toEqual([]);
});

test('exports: actors with measures, relations, GEXF, project, PNG and SVG', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  const exportMenu = page.getByTestId('export-menu');
  const save = async (name: string | RegExp) => {
    if ((await exportMenu.getAttribute('open')) === null) await exportMenu.locator('summary').click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    const file = await downloading;
    return { name: file.suggestedFilename(), content: readFileSync(await file.path()) };
  };
  const nodes = await save('Actors with measures (CSV)');
  const nodesText = nodes.content.toString('utf8').replace(/^\uFEFF/, '');
  expect(nodesText.split(/\r?\n/)[0]).toMatch(/^id,label,kind,degree,weighted_degree/);
  expect(nodesText.split(/\r?\n/).filter(Boolean).length).toBeGreaterThan(900);
  const edges = await save('Relations (CSV)');
  expect(edges.content.toString('utf8')).toContain('source');
  const gexf = await save('Network with layout (GEXF)');
  expect(gexf.content.toString('utf8')).toContain('<viz:position');
  const project = await save('Project file');
  expect(JSON.parse(project.content.toString('utf8'))).toMatchObject({
    format: 'clusterscope-project',
    version: 2,
    session: { view: 'map', filters: { actorKinds: [] } },
  });
  const png = await save('Picture (PNG)');
  expect(png.content.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.content.length).toBeGreaterThan(20_000);
  const svg = await save('Picture (SVG)');
  expect(svg.content.toString('utf8')).toMatch(/^<svg[^>]+>/);
  expect((svg.content.toString('utf8').match(/<circle/g) ?? []).length).toBeGreaterThan(900);
  expect(errors).toEqual([]);
});

test('exports for other tools: Pajek with partitions and vectors, UCINET DL and GML, read back alike', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await page
    .getByTestId('file-input')
    .setInputFiles([`${FIXTURES}/dutch-excel-actoren.csv`, `${FIXTURES}/dutch-excel-relaties.csv`]);
  await page
    .getByRole('dialog', { name: 'Import files' })
    .getByRole('button', { name: 'Import', exact: true })
    .click();
  await expect(page.getByTestId('network-counts')).toContainText('5 actors · 5 relations', {
    timeout: 60_000,
  });
  await waitUntilConsistent(page);
  const pajek = await saveExport(page, /Pajek/);
  expect(pajek.name).toMatch(/-pajek\.zip$/);
  const files = unzipSync(new Uint8Array(pajek.content));
  const names = Object.keys(files).sort();
  expect(names.some((name) => name.endsWith('.net'))).toBe(true);
  expect(names.some((name) => name.endsWith('-community.clu'))).toBe(true);
  expect(names.some((name) => name.endsWith('-pagerank.vec'))).toBe(true);
  expect(strFromU8(files[names.find((name) => name.endsWith('-kind.clu')) ?? ''])).toContain('% 1 = firm');
  const gml = await saveExport(page, 'GML');
  const dl = await saveExport(page, 'UCINET DL');
  expect(dl.content.toString('utf8')).toMatch(/^dl n=5/);
  // The GML, read back through the file picker, is the same network.
  const folder = mkdtempSync(join(tmpdir(), 'clusterscope-gml-'));
  writeFileSync(join(folder, gml.name), gml.content);
  await page.getByTestId('file-input').setInputFiles(join(folder, gml.name));
  await page
    .getByRole('dialog', { name: 'Import files' })
    .getByRole('button', { name: 'Import', exact: true })
    .click();
  await expect(page.getByTestId('network-name')).toHaveText(gml.name, { timeout: 60_000 });
  await expect(page.getByTestId('network-counts')).toContainText('5 actors · 5 relations');
  expect(errors).toEqual([]);
});
