/** Filters change what is drawn and analysed, and the counts of what remains are always shown. */
import { expect, test } from '@playwright/test';
import {
  canvasAtRest,
  colouredPixelsWhenDrawn,
  countColouredPixels,
  screenshot,
  waitForNetwork,
  waitUntilConsistent,
  watchConsole,
} from './helpers.ts';

test('a filter changes the counts, the measures and the canvas; clearing restores all', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  const filters = page.getByTestId('filters');
  await filters.locator('summary').click();
  const counts = page.getByTestId('filter-counts');
  await expect(counts).toContainText('950 of 950 actors · 3,541 of 3,541 relations');
  const area = { x: 300, y: 120, width: 800, height: 640 };
  await canvasAtRest(page);
  const before = await colouredPixelsWhenDrawn(page, '40-before-filter', area);

  // Knowledge relations only, and only the actors they join in the largest component.
  for (const kind of ['Supply', 'Cooperation', 'Government', 'Intermediary', 'Competitor', 'Ownership']) {
    await filters
      .getByRole('group', { name: 'Relation kinds' })
      .getByRole('checkbox', { name: new RegExp(`^${kind}`) })
      .uncheck();
  }
  await filters.getByRole('checkbox', { name: 'Largest component only' }).check();
  await expect(counts).not.toContainText('950 of 950 actors', { timeout: 60_000 });
  await expect(counts).not.toContainText('recomputing', { timeout: 60_000 });
  await expect(counts).toContainText(/^[\d,]+ of 950 actors · [\d,]+ of 3,541 relations$/);
  const text = (await counts.textContent()) ?? '';
  const [actors, , relations] = (text.match(/[\d,]+/g) ?? []).map((count) => Number(count.replace(/,/g, '')));
  expect(actors).toBeLessThan(950);
  expect(relations).toBeLessThanOrEqual(703); // the knowledge relations of both waves
  await expect(page.getByTestId('legend-edges')).toContainText('Knowledge');
  await expect(page.getByTestId('legend-edges')).not.toContainText('Supply');
  await waitUntilConsistent(page);
  await canvasAtRest(page);
  const after = countColouredPixels(await screenshot(page, '41-knowledge-ties-only'), area);
  expect(after).not.toBe(before);

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(counts).toContainText('950 of 950 actors · 3,541 of 3,541 relations', { timeout: 60_000 });
  expect(errors).toEqual([]);
});
