/**
 * Placing actors by hand: an actor dragged on the canvas stays where it is dropped, pinned; the
 * pin is kept in the workspace over a reload, and Unpin all lets the layout move it again.
 */
import { expect, test } from '@playwright/test';
import { canvasAtRest, screenshot, waitForNetwork, watchConsole } from './helpers.ts';

test('drag an actor: it stays where it is dropped, pinned, also after a reload', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await expect(page.getByTestId('layout-status')).toContainText('settled', { timeout: 90_000 });

  // Bring a well-known actor to a known point, then close its profile.
  const search = page.getByRole('combobox', { name: 'Search actors by name' });
  await search.fill('RWTH Aachen University');
  await search.press('Enter');
  const panel = page.getByTestId('actor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('RWTH Aachen University');
  await expect(panel.getByTestId('pin-toggle')).toHaveText('Pin');
  const landing = await page.getByTestId('network-canvas').getAttribute('data-focus-point');
  const [x, y] = (landing ?? '').split(',').map(Number);
  await page.getByRole('button', { name: 'Close profile' }).click();
  await canvasAtRest(page);

  // Drag it 140 px to the right and 90 px down, in small steps as a hand would.
  const dropped = { x: x + 140, y: y + 90 };
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(dropped.x, dropped.y, { steps: 12 });
  await page.mouse.up();
  const unpinAll = page.getByRole('button', { name: 'Unpin 1 actor' });
  await expect(unpinAll).toBeVisible();
  await canvasAtRest(page);
  await screenshot(page, '40-pinned');

  // It is where it was dropped: a click there opens its profile, which says it is pinned.
  await page.mouse.click(dropped.x, dropped.y);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('RWTH Aachen University');
  await expect(panel.getByTestId('pin-toggle')).toHaveText('Unpin');
  await expect(panel.getByTestId('pin-toggle')).toHaveAttribute('aria-pressed', 'true');

  // Running the layout again moves the others, never the pinned actor.
  await page.getByRole('button', { name: 'Close profile' }).click();
  await page.getByTestId('layout-toggle').click();
  await expect(page.getByTestId('layout-status')).toContainText('settled', { timeout: 90_000 });
  await canvasAtRest(page);
  await page.mouse.click(dropped.x, dropped.y);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('RWTH Aachen University');

  // The pin is part of the workspace: it comes back after a reload.
  await page.waitForTimeout(1500);
  await page.reload();
  await waitForNetwork(page);
  await expect(page.getByRole('button', { name: 'Unpin 1 actor' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Unpin 1 actor' }).click();
  await expect(page.getByRole('button', { name: /^Unpin \d+ actor/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});
