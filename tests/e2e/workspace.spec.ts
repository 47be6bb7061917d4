/**
 * Saved work: the network, appearance, filters, positions and selection autosave to IndexedDB
 * and come back after a reload, exactly as they were.
 */
import { expect, test } from '@playwright/test';
import { canvasAtRest, countColouredPixels, screenshot, waitForNetwork, watchConsole } from './helpers.ts';

test('reload restores the workspace: data, appearance, filters, positions and selection', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await expect(page.getByTestId('layout-status')).toContainText('settled', { timeout: 90_000 });

  await page.getByLabel('Colour actors by').selectOption('measure:community');
  const filters = page.getByTestId('filters');
  await filters.locator('summary').click();
  await filters.getByRole('checkbox', { name: 'Largest component only' }).check();
  const counts = page.getByTestId('filter-counts');
  await expect(counts).not.toContainText('950 of 950 actors', { timeout: 60_000 });
  await expect(counts).not.toContainText('recomputing', { timeout: 60_000 });
  const filteredCounts = await counts.textContent();

  const search = page.getByRole('combobox', { name: 'Search actors by name' });
  await search.fill('Maastricht University');
  await search.press('Enter');
  const panel = page.getByTestId('actor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Maastricht University');

  await page.getByTestId('workspace-menu').click();
  await expect(page.getByTestId('workspace-save-status')).toContainText('Saved', { timeout: 30_000 });
  await page.getByTestId('workspace-menu').click();
  // The camera is not part of a workspace: compare both pictures fitted to the window.
  await filters.locator('summary').click();
  await page.getByRole('button', { name: 'Fit the network to the window' }).click();
  await canvasAtRest(page);
  const area = { x: 250, y: 120, width: 700, height: 640 };
  const before = countColouredPixels(await screenshot(page, '60-before-reload'), area);

  await page.reload();
  await expect(page.getByTestId('network-counts')).toContainText('950 actors', { timeout: 60_000 });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Maastricht University', {
    timeout: 60_000,
  });
  await expect(page.getByLabel('Colour actors by')).toHaveValue('measure:community');
  await expect(page.getByTestId('legend-nodes')).toContainText('Community');
  await expect(counts).toHaveText(filteredCounts ?? '', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Fit the network to the window' }).click();
  await canvasAtRest(page);
  const after = countColouredPixels(await screenshot(page, '61-after-reload'), area);
  // Same positions, colours and selection: the picture is the same to within anti-aliasing.
  expect(Math.abs(after - before) / before).toBeLessThan(0.03);
  expect(errors).toEqual([]);
});

test('a change made just before a reload is not lost', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await expect(page.getByTestId('workspace-save-status')).toContainText('Saved', { timeout: 60_000 });
  await page.getByLabel('Colour actors by').selectOption('measure:community');
  // Well inside the autosave's quiet time: only saving when the page goes saves this.
  await page.reload();
  await waitForNetwork(page);
  await expect(page.getByLabel('Colour actors by')).toHaveValue('measure:community', { timeout: 60_000 });
  expect(errors).toEqual([]);
});

test('two tabs on one workspace: one writes, the other is told and can take over', async ({ context }) => {
  test.setTimeout(180_000);
  const first = await context.newPage();
  const firstErrors = watchConsole(first);
  await first.goto('/');
  await waitForNetwork(first);
  await expect(first.getByTestId('workspace-save-status')).toContainText('Saved', { timeout: 60_000 });

  // The second tab reopens the same workspace, and may not write it.
  const second = await context.newPage();
  const secondErrors = watchConsole(second);
  await second.goto('/');
  await waitForNetwork(second);
  await expect(second.getByTestId('workspace-read-only')).toContainText('open in another tab', {
    timeout: 30_000,
  });
  await second.getByLabel('Colour actors by').selectOption('measure:community');
  await first.getByLabel('Size actors by').selectOption('betweenness');
  await expect(first.getByTestId('workspace-save-status')).toContainText('Saved', { timeout: 30_000 });
  await second.waitForTimeout(3000); // past the autosave's quiet time: the second tab must not have saved

  // What is stored is the first tab's work, not the second's.
  const third = await context.newPage();
  await third.goto('/');
  await waitForNetwork(third);
  await expect(third.getByLabel('Size actors by')).toHaveValue('betweenness', { timeout: 60_000 });
  await expect(third.getByLabel('Colour actors by')).toHaveValue('kind');
  await third.close();

  // Taking over: the second tab saves from now on, and the first is told.
  await second.getByRole('button', { name: 'Take over here' }).click();
  await expect(second.getByTestId('workspace-read-only')).toHaveCount(0);
  await expect(first.getByTestId('workspace-read-only')).toContainText('taken over', { timeout: 30_000 });
  await expect(second.getByTestId('workspace-save-status')).toContainText('Saved', { timeout: 30_000 });
  await screenshot(first, '62-taken-over');
  expect(firstErrors).toEqual([]);
  expect(secondErrors).toEqual([]);
});
