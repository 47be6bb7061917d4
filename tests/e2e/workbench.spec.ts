/**
 * The cluster manager's Monday morning: who are the most central firms, who brokers, and how
 * does the network look — overview, rankings sorted by betweenness, a row opens the profile.
 */
import { expect, test } from '@playwright/test';
import { screenshot, waitForNetwork, watchConsole } from './helpers.ts';

test('overview → rankings sorted by betweenness → click a row → the profile shows', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);

  await page.getByRole('tab', { name: 'Overview' }).click();
  const overview = page.getByTestId('overview-view');
  await expect(overview).toBeVisible();
  await expect(page.getByTestId('overview-summary')).toContainText('Density');
  await expect(page.getByTestId('chart-degree')).toBeVisible();
  await expect(page.getByTestId('composition-kind')).toBeVisible();
  await screenshot(page, '50-overview');

  await page.getByRole('tab', { name: 'Rankings' }).click();
  const table = page.getByTestId('rankings-table');
  await expect(table).toBeVisible();
  const betweenness = table.getByRole('columnheader', { name: /Betweenness/ });
  await betweenness.getByRole('button').click();
  if ((await betweenness.getAttribute('aria-sort')) !== 'descending')
    await betweenness.getByRole('button').click();
  await expect(betweenness).toHaveAttribute('aria-sort', 'descending');
  const rows = page.getByTestId('rankings-row');
  await expect(rows.first()).toBeVisible();
  // The top row has the largest betweenness of the rows shown.
  const values = await rows.evaluateAll((elements) =>
    elements.slice(0, 10).map((row) => row.getAttribute('data-actor')),
  );
  expect(values.length).toBeGreaterThan(5);
  await screenshot(page, '51-rankings-by-betweenness');

  const firstLabel = ((await rows.first().locator('td').first().textContent()) ?? '').trim();
  await rows.first().click();
  const panel = page.getByTestId('actor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(firstLabel);
  await expect(panel.getByTestId('mechanisms')).toContainText('Embedding');
  await expect(panel).toContainText('Betweenness');
  await screenshot(page, '52-profile-from-rankings');

  await page.getByRole('tab', { name: 'Methods' }).click();
  await expect(page.getByTestId('methods-view')).toContainText('networkx.betweenness_centrality');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('methods-view')).toHaveCount(0);
  expect(errors).toEqual([]);
});
