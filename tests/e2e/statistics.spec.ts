/**
 * A researcher tests the default sample against chance: E-I by region over 999 seeded
 * permutations in the Statistics view. The result's CSV is the bytes `clusterscope test` writes
 * for the same files and options, the histogram of the permutations is drawn with the observed
 * value marked, and the sentence follows the language of the explorer.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { canvasAtRest, screenshot, waitForNetwork, watchConsole } from './helpers.ts';

const SAMPLE = 'sample-networks/border-ecosystem';

test('researcher: E-I by region against 999 permutations equals clusterscope test, in English and Dutch', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await page.getByRole('tab', { name: 'Statistics' }).click();
  const view = page.getByTestId('statistics-view');
  await expect(view).toBeVisible();

  await page.getByTestId('test-select').selectOption('ei-permutation');
  await page.getByTestId('test-option-field').selectOption('region');
  await page.getByTestId('test-option-permutations').fill('999');
  await page.getByTestId('test-option-seed').fill('7');

  // A long run shows its progress moving in the worker and stops when cancelled.
  await page.getByTestId('test-option-permutations').fill('1000000');
  await page.getByTestId('run-test').click();
  const progress = page.getByTestId('test-progress');
  await expect
    .poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 })
    .toBeGreaterThan(0);
  await page.getByTestId('cancel-test').click();
  await expect(page.getByTestId('statistics-status')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('statistics-result')).toHaveCount(0);

  await page.getByTestId('test-option-permutations').fill('999');
  await page.getByTestId('run-test').click();
  const result = page.getByTestId('statistics-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('statistics-status')).toHaveAttribute('data-status', 'idle');

  const cli = spawnSync(
    process.execPath,
    [
      'bin/clusterscope.mjs',
      'test',
      `${SAMPLE}/actors.csv`,
      `${SAMPLE}/relations.csv`,
      '--test',
      'ei-permutation',
      '--field',
      'region',
      '--permutations',
      '999',
      '--seed',
      '7',
      '--quiet',
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  expect(cli.status, cli.stderr).toBe(0);
  const [header, network] = cli.stdout.split('\r\n');
  const columns = header.split(',');
  const observed = Number(network.split(',')[columns.indexOf('observed')]);
  expect(observed).toBeGreaterThan(-1);

  // The figure on screen is the command line's, as the view writes it (two decimals).
  const networkRow = page.locator('[data-testid="statistic-row"][data-statistic="ei_index"]');
  await expect(networkRow.getByTestId('statistic-observed')).toHaveText(
    observed
      .toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
      .replace('-', '\u2212'),
  );
  // The export is the command line's output, byte for byte: every statistic, p-value and draw count.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('statistics-export').click();
  const exported = readFileSync(await (await downloading).path(), 'utf8');
  expect(exported).toBe(cli.stdout);

  const chart = page.getByTestId('null-distribution').first();
  await expect(chart.getByTestId('observed-marker')).toBeVisible();
  expect(await chart.getByTestId('null-distribution-bar').count()).toBeGreaterThan(5);
  const sentence = page.getByTestId('statistics-sentence');
  await expect(sentence).toContainText('Ties stay inside groups of region far more often than chance');
  await expect(sentence).toContainText('p < 0.001 over 999 permutations');
  await expect(page.getByTestId('statistics-command')).toHaveText(
    'npx clusterscope test actors.csv relations.csv --test ei-permutation --permutations 999 --seed 7 --field region',
  );
  await expect(page.getByTestId('mixing-matrix')).toBeVisible();
  await expect(page.getByTestId('core-size')).toHaveText(/^\d+$/);
  await result.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await screenshot(page, '80-statistics-ei-by-region-en');

  await page.getByTestId('language-switch').selectOption('nl');
  await expect(page.getByRole('tab', { name: 'Statistiek' })).toBeVisible();
  await expect(sentence).toContainText('Relaties blijven veel vaker binnen groepen van region dan toeval');
  await expect(sentence).toContainText('p < 0,001 bij 999 permutaties');
  await expect(page.getByTestId('test-select').locator('option:checked')).toHaveText(
    'E-I-index tegen willekeurige groepslabels',
  );
  await expect(view.getByRole('columnheader', { name: 'Tweezijdige p-waarde' })).toBeVisible();
  await result.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await screenshot(page, '81-statistics-ei-by-region-nl');

  const highlight = page.getByTestId('core-highlight');
  const canvas = page.getByTestId('network-canvas');
  await canvasAtRest(page);
  const cameraBefore = await canvas.getAttribute('data-camera');
  await highlight.click();
  await expect(highlight).toHaveAttribute('aria-pressed', 'true');
  await expect(highlight).toHaveText('Alle actoren tonen');
  // The core is framed beside the panels, not left wherever the camera was.
  await expect.poll(() => canvas.getAttribute('data-camera'), { timeout: 10_000 }).not.toBe(cameraBefore);

  // Another time window puts another network on screen: the result no longer fits and goes.
  await page.getByTestId('timeline-to').fill('0');
  await expect(page.getByTestId('timeline-window')).toHaveText('2019');
  await expect(result).toHaveCount(0, { timeout: 60_000 });
  expect(errors).toEqual([]);
});

test('a reload brings back the chosen test and what was typed for it', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  // The sample is a workspace once saved; what is set from then on is saved with it.
  await expect(page.getByTestId('workspace-save-status')).toContainText('Saved', { timeout: 60_000 });
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await page.getByTestId('test-select').selectOption('ei-uniform-graph');
  await page.getByTestId('test-option-field').selectOption('country');
  await page.getByTestId('test-option-permutations').fill('499');

  await page.reload();
  await waitForNetwork(page);
  await expect(page.getByTestId('statistics-view')).toBeVisible();
  await expect(page.getByTestId('test-select')).toHaveValue('ei-uniform-graph');
  await expect(page.getByTestId('test-option-field')).toHaveValue('country');
  await expect(page.getByTestId('test-option-permutations')).toHaveValue('499');
  expect(errors).toEqual([]);
});
