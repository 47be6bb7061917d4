/**
 * One journey per user group, through the analytical views, with screenshots to review:
 * the cluster manager, the innovation broker and the researcher.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import { canvasAtRest, screenshot, waitForNetwork, waitUntilConsistent, watchConsole } from './helpers.ts';

const SAMPLE = 'sample-networks/border-ecosystem';

async function download(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  return { name: file.suggestedFilename(), content: readFileSync(await file.path()) };
}

async function exportItem(page: Page, name: string) {
  const menu = page.getByTestId('export-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  return download(page, () => page.getByRole('button', { name }).click());
}

test('cluster manager: import a CSV pair → overview → clusters → export PNG and nodes CSV', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await page.getByTestId('file-input').setInputFiles([`${SAMPLE}/actors.csv`, `${SAMPLE}/relations.csv`]);
  await page
    .getByRole('dialog', { name: 'Import files' })
    .getByRole('button', { name: 'Import', exact: true })
    .click();
  await expect(page.getByTestId('network-name')).toHaveText('actors.csv + relations.csv', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('network-counts')).toContainText('950 actors · 3,541 relations');

  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByTestId('overview-summary')).toContainText('communities');
  await page.getByRole('tab', { name: 'Clusters' }).click();
  const rows = page.getByTestId('community-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(5);
  await rows.first().getByRole('button').first().click();
  await expect(page.getByTestId('community-links')).toBeVisible();
  await canvasAtRest(page);
  await screenshot(page, '70-cluster-manager-clusters');

  const png = await exportItem(page, 'Picture (PNG)');
  expect(png.content.subarray(1, 4).toString('latin1')).toBe('PNG');
  const nodes = await exportItem(page, 'Actors with measures (CSV)');
  const header = nodes.content
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0];
  expect(header.startsWith('id,label,kind,degree,weighted_degree,betweenness')).toBe(true);
  expect(errors).toEqual([]);
});

test('innovation broker: select a firm → missing links → show on canvas → export the list', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  const search = page.getByRole('combobox', { name: 'Search actors by name' });
  await search.fill('Grégoire Logiciels');
  await search.press('Enter');
  await expect(page.getByTestId('actor-panel').getByRole('heading', { level: 2 })).toHaveText(
    'Grégoire Logiciels SRL',
  );

  await page.getByRole('tab', { name: 'Links' }).click();
  const view = page.getByTestId('links-view');
  await expect(view).toBeVisible();
  const suggestions = page.getByTestId('link-suggestion');
  await expect(suggestions.first()).toBeVisible({ timeout: 60_000 });
  await expect(suggestions.first()).toContainText(/shared partner|knowledge|frontier|communit/i);
  await view.getByRole('button', { name: 'Show on map', exact: true }).click();
  await expect(page.getByTestId('proposed-ties').locator('line').first()).toBeAttached();
  await canvasAtRest(page);
  await screenshot(page, '71-innovation-broker-links');
  const list = await download(page, () =>
    view.getByRole('button', { name: 'Export list', exact: true }).click(),
  );
  const text = list.content.toString('utf8').replace(/^\uFEFF/, '');
  expect(text.split(/\r?\n/)[0]).toContain('source_id');
  expect(text).toContain('F022');
  expect(errors).toEqual([]);
});

test('researcher: gatekeepers by country → rankings by constraint → nodes CSV equals clusterscope analyze', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await page.getByRole('tab', { name: 'Brokers' }).click();
  await expect(page.getByTestId('brokers-view')).toBeVisible();
  await page.getByTestId('grouping-select').selectOption('country');
  await waitUntilConsistent(page);
  await expect(page.getByTestId('brokers-view').getByRole('status')).not.toContainText('recomputing', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('grouping-select')).toHaveValue('country');
  await expect(page.getByTestId('brokerage-row').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('quadrant-chart')).toBeVisible();
  await canvasAtRest(page);
  await screenshot(page, '72-researcher-gatekeepers-by-country');

  // A role's significant brokers are pointed out and framed beside the panel.
  const canvas = page.getByTestId('network-canvas');
  const cameraBefore = await canvas.getAttribute('data-camera');
  const pointOut = page.locator('button.brokers-highlight:not([disabled])').first();
  await pointOut.click();
  await expect(pointOut).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => canvas.getAttribute('data-camera'), { timeout: 10_000 }).not.toBe(cameraBefore);
  await canvasAtRest(page);
  await screenshot(page, '72b-researcher-brokers-pointed-out');
  await pointOut.click();
  await expect(pointOut).toHaveAttribute('aria-pressed', 'false');

  await page.getByRole('tab', { name: 'Rankings' }).click();
  const constraint = page.getByTestId('rankings-table').getByRole('columnheader', { name: /^Constraint/ });
  await constraint.getByRole('button').click();
  await expect(constraint).toHaveAttribute('aria-sort', /ascending|descending/);
  await screenshot(page, '73-researcher-rankings-by-constraint');

  const exported = await exportItem(page, 'Actors with measures (CSV)');
  const app = Papa.parse<Record<string, string>>(
    exported.content
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim(),
    {
      header: true,
    },
  ).data;
  const dir = mkdtempSync(join(tmpdir(), 'clusterscope-journey-'));
  const run = spawnSync(
    process.execPath,
    [
      'bin/clusterscope.mjs',
      'analyze',
      `${SAMPLE}/actors.csv`,
      `${SAMPLE}/relations.csv`,
      '--local-by',
      'region',
      '--group-by',
      'country',
      '--quiet',
      '--out',
      join(dir, 'nodes.csv'),
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  const cli = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'nodes.csv'), 'utf8').trim(), {
    header: true,
  }).data;
  expect(Object.keys(app[0])).toEqual(Object.keys(cli[0]));
  expect(app.length).toBe(cli.length);
  const mismatches: string[] = [];
  cli.forEach((row, i) => {
    for (const [column, value] of Object.entries(row)) {
      const other = app[i][column];
      const same =
        value === other || (value !== '' && other !== '' && Math.abs(Number(value) - Number(other)) <= 1e-9);
      if (!same) mismatches.push(`${row.id} ${column}: cli ${value}, app ${other}`);
    }
  });
  expect(mismatches.slice(0, 10)).toEqual([]);
  expect(errors).toEqual([]);
});
