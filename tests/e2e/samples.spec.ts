/** Every bundled sample opens from the picker with zero import errors and is drawn. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { colouredPixelsWhenDrawn, waitForNetwork, watchConsole } from './helpers.ts';

interface ManifestEntry {
  id: string;
  name: string;
  actors: string;
  relations: string;
}

const manifest = JSON.parse(readFileSync('sample-networks/manifest.json', 'utf8')) as ManifestEntry[];
const rowCount = (path: string) =>
  readFileSync(`sample-networks/${path}`, 'utf8').trim().split('\n').length - 1;

for (const entry of manifest) {
  test(`sample "${entry.name}" opens from the picker without import errors`, async ({ page }) => {
    test.setTimeout(240_000);
    const errors = watchConsole(page);
    await page.goto('/');
    await waitForNetwork(page);
    if (entry.id !== manifest[0].id) {
      await page.getByRole('combobox', { name: 'Sample network' }).selectOption(entry.id);
      await expect(page.getByTestId('network-name')).toHaveText(entry.name, { timeout: 180_000 });
    }
    const counts = page.getByTestId('network-counts');
    const actors = new Intl.NumberFormat('en').format(rowCount(entry.actors));
    await expect(counts).toContainText(`${actors} actors`, { timeout: 180_000 });
    await expect(counts).not.toContainText(/[1-9][\d,]* errors?\b/);
    await colouredPixelsWhenDrawn(
      page,
      `20-sample-${entry.id}`,
      { x: 300, y: 120, width: 800, height: 640 },
      1500,
    );
    expect(errors).toEqual([]);
  });
}
