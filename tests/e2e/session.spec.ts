/**
 * The pipeline's one job slot and the project file as the session.
 * - A filter still computing when another network is opened never lands on it: the canvas, the
 *   measures and the tables all describe the network that was opened last.
 * - A project file restores everything that was set: filters, a measure option, appearance,
 *   selection, view and camera; the measures exported from it equal those before.
 */
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  canvasAtRest,
  saveExport,
  screenshot,
  waitForNetwork,
  waitUntilConsistent,
  watchConsole,
} from './helpers.ts';

test('a filter overtaken by opening another network never lands on it', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await waitUntilConsistent(page);
  const filters = page.getByTestId('filters');
  await filters.locator('summary').click();
  await filters
    .getByRole('group', { name: 'Actor kinds' })
    .getByRole('checkbox', { name: /Knowledge institution/ })
    .uncheck();
  // The filter's recomputation is under way in the worker…
  await expect(page.getByTestId('filter-counts')).toContainText('recomputing', { timeout: 30_000 });
  // …when another network is opened.
  await page.getByLabel('Sample network').selectOption('supply-chain');
  await expect(page.getByTestId('network-name')).toHaveText('Tiered supply chain', { timeout: 90_000 });
  const { network } = await waitUntilConsistent(page);
  // Give a late result every chance to arrive: nothing may change.
  await page.waitForTimeout(3000);
  const after = await waitUntilConsistent(page);
  expect(after.network).toBe(network);
  const counts = (await page.getByTestId('network-counts').textContent()) ?? '';
  const total = Number(/([\d,]+) actors/.exec(counts)?.[1].replace(',', ''));
  // The new network is shown whole: the old filter did not follow it.
  expect(network).toBe(total);
  await expect(page.getByTestId('filter-counts')).toContainText(`${total} of ${total} actors`);
  await page.getByRole('tab', { name: 'Rankings' }).click();
  await expect(page.getByTestId('rankings-view')).toContainText(`${total} of ${total} actors`);
  await screenshot(page, '90-race-after');
  expect(errors).toEqual([]);
});

test('two quick filter changes: what is on screen is the last one', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await waitUntilConsistent(page);
  const filters = page.getByTestId('filters');
  await filters.locator('summary').click();
  await filters.getByRole('checkbox', { name: 'Largest component only' }).check();
  await expect(page.getByTestId('filter-counts')).toContainText('recomputing', { timeout: 30_000 });
  await filters
    .getByRole('group', { name: 'Actor kinds' })
    .getByRole('checkbox', { name: /Government/ })
    .uncheck();
  const { network } = await waitUntilConsistent(page);
  await expect(page.getByTestId('filter-counts')).toContainText(`${network} of 950 actors`);
  // Largest component without governments: fewer actors than without governments alone.
  await filters.getByRole('checkbox', { name: 'Largest component only' }).uncheck();
  const withoutGovernments = await waitUntilConsistent(page);
  expect(withoutGovernments.network).toBeGreaterThanOrEqual(network);
  expect(errors).toEqual([]);
});

test('a project file restores the whole session', async ({ page, browser }, info) => {
  test.setTimeout(240_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await waitUntilConsistent(page);

  // What a person sets: a filter, a measure option, colours, a selection, a view, the camera.
  const filters = page.getByTestId('filters');
  await filters.locator('summary').click();
  await filters
    .getByRole('group', { name: 'Actor kinds' })
    .getByRole('checkbox', { name: /Intermediary/ })
    .uncheck();
  await waitUntilConsistent(page);
  await filters.locator('summary').click();
  await page.getByRole('tab', { name: 'Methods' }).click();
  const pagerank = page.getByRole('form', { name: 'Options of PageRank' });
  await pagerank.getByLabel('Damping factor').fill('0.7');
  await pagerank.getByRole('button', { name: 'Apply and recompute' }).click();
  await waitUntilConsistent(page);
  await page.getByLabel('Colour actors by').selectOption('measure:community');
  const search = page.getByRole('combobox', { name: 'Search actors by name' });
  await search.fill('Maastricht University');
  await search.press('Enter');
  await page.getByRole('tab', { name: 'Clusters' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const canvas = page.getByTestId('network-canvas');
  await expect(canvas).not.toHaveAttribute('data-camera', /,1\.0000$/);
  await canvasAtRest(page);
  const nodesBefore = (await saveExport(page, 'Actors with measures (CSV)')).content.toString('utf8');
  const project = await saveExport(page, 'Project file');
  const saved = JSON.parse(project.content.toString('utf8')).session.camera;
  const camera = [saved.x, saved.y, saved.ratio].map((value: number) => value.toFixed(4)).join(',');
  expect(saved.ratio).toBeLessThan(1);
  const path = info.outputPath(project.name);
  writeFileSync(path, project.content);

  // A fresh browser profile: no workspace to fall back on, only the file.
  const fresh = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const other = await fresh.newPage();
  const otherErrors = watchConsole(other);
  await other.goto('/');
  await waitForNetwork(other);
  await other.getByTestId('file-input').setInputFiles(path);
  await other
    .getByRole('dialog', { name: 'Import files' })
    .getByRole('button', { name: 'Import', exact: true })
    .click();
  await expect(other.getByTestId('network-name')).toHaveText('Border ecosystem (NL–BE–DE)', {
    timeout: 90_000,
  });
  await waitUntilConsistent(other);
  await expect(other.getByRole('tab', { name: 'Clusters' })).toHaveAttribute('aria-selected', 'true');
  await expect(other.getByLabel('Colour actors by')).toHaveValue('measure:community');
  await expect(other.getByTestId('actor-panel').getByRole('heading', { level: 2 })).toHaveText(
    'Maastricht University',
  );
  await expect(other.getByTestId('filter-counts')).toHaveText(
    (await page.getByTestId('filter-counts').textContent()) ?? '',
  );
  await expect(other.getByTestId('network-canvas')).toHaveAttribute('data-camera', camera);
  await other.getByRole('tab', { name: 'Methods' }).click();
  await expect(
    other.getByRole('form', { name: 'Options of PageRank' }).getByLabel('Damping factor'),
  ).toHaveValue('0.7');
  const nodesAfter = (await saveExport(other, 'Actors with measures (CSV)')).content.toString('utf8');
  expect(nodesAfter).toBe(nodesBefore);
  await screenshot(other, '91-project-restored');
  await fresh.close();
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});
