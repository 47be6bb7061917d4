/** The analytical views on the real Horizon 2020 sample (16,000 actors): they open and stay readable. */
import { expect, test } from '@playwright/test';
import { screenshot, waitForNetwork, watchConsole } from './helpers.ts';

test('Brokers, Clusters, Local and Links views on the Dutch Horizon 2020 network', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await page.getByRole('combobox', { name: 'Sample network' }).selectOption('h2020-nl');
  await expect(page.getByTestId('network-name')).toHaveText('Horizon 2020: the Dutch network', {
    timeout: 180_000,
  });
  await page.getByTestId('layout-toggle').click({ timeout: 60_000 });

  await page.getByRole('tab', { name: 'Brokers' }).click({ timeout: 60_000 });
  await expect(page.getByTestId('brokerage-row').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('quadrant-chart')).toBeVisible();
  await screenshot(page, '80-h2020-brokers');

  await page.getByRole('tab', { name: 'Clusters' }).click({ timeout: 60_000 });
  await expect(page.getByTestId('community-row').first()).toBeVisible({ timeout: 60_000 });
  await screenshot(page, '81-h2020-clusters');

  await page.getByRole('tab', { name: 'Local' }).click({ timeout: 60_000 });
  await expect(page.getByTestId('locality-groups')).toBeVisible({ timeout: 60_000 });
  await screenshot(page, '82-h2020-local-global');

  await page.getByRole('tab', { name: 'Links' }).click({ timeout: 60_000 });
  await page.getByRole('radio', { name: 'Across the network' }).check({ timeout: 60_000 });
  await expect(page.getByTestId('link-suggestion').first()).toBeVisible({ timeout: 120_000 });
  await screenshot(page, '83-h2020-links');
  expect(errors).toEqual([]);
});
