/** Appearance: colouring by community or a measure changes the canvas and the legend together. */
import { expect, test } from '@playwright/test';
import { canvasAtRest, screenshot, waitForNetwork, watchConsole } from './helpers.ts';

test('colour by community and by a measure; ties by local or external', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  const legend = page.getByTestId('legend-nodes');
  await expect(legend).toContainText('Communities');
  await page.getByRole('radio', { name: 'Network' }).click();
  await expect(legend).toContainText('Actor kind');

  await page.getByLabel('Colour actors by').selectOption('measure:community');
  await expect(legend).toContainText('Community');
  await expect(legend.getByRole('listitem')).not.toHaveCount(0);
  expect(await legend.getByRole('listitem').count()).toBeGreaterThan(5);
  await canvasAtRest(page);
  await screenshot(page, '30-colour-by-community');

  await page.getByLabel('Colour actors by').selectOption('measure:betweenness');
  await expect(legend).toContainText('by rank');
  await page.getByLabel('Size actors by').selectOption('pagerank');
  await expect(page.getByTestId('legend')).toContainText('Size: PageRank');

  await page.getByLabel('Colour ties by').selectOption('locality');
  const ties = page.getByTestId('legend-edges');
  await expect(ties).toContainText('local');
  await expect(ties).toContainText('external');
  await canvasAtRest(page);
  await screenshot(page, '31-betweenness-and-local-ties');
  expect(errors).toEqual([]);
});
