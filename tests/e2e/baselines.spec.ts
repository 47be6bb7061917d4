/**
 * Screenshot baselines, as sigma.js's own tests keep them: a project file with fixed positions,
 * camera and settings is opened, and the picture must match the committed one. A change to how
 * the explorer draws shows here as a diff image in test-results/.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { canvasAtRest, mapDrawn, waitForNetwork, waitUntilConsistent, watchConsole } from './helpers.ts';

const BASELINE_PROJECT = 'tests/fixtures/e2e/baseline.clusterscope.json';
/** The border ecosystem sample with its settled layout, camera and settings, saved as a project. */
const LENSES_PROJECT = 'tests/fixtures/e2e/border-lenses.clusterscope.json';

test('the baseline network, drawn from its project file', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await page.getByTestId('file-input').setInputFiles(BASELINE_PROJECT);
  await page
    .getByRole('dialog', { name: 'Import files' })
    .getByRole('button', { name: 'Import', exact: true })
    .click();
  await expect(page.getByTestId('network-name')).toHaveText('Baseline network', { timeout: 60_000 });
  await waitUntilConsistent(page);
  await expect(page.getByTestId('layout-status')).toContainText('paused');
  // The time of the last save changes from run to run; nothing else may.
  await expect(page).toHaveScreenshot('baseline-network.png', {
    mask: [page.getByTestId('workspace-save-status')],
  });
  expect(errors).toEqual([]);
});

// The three ways of looking, each one click away, on a real network whose layout is fixed.
for (const [lens, label] of [
  ['clusters', 'Clusters'],
  ['locality', 'Local vs. global'],
  ['gatekeepers', 'Gatekeepers'],
] as const) {
  test(`the border ecosystem through the lens "${label}"`, async ({ page }) => {
    test.setTimeout(180_000);
    const errors = watchConsole(page);
    await page.goto('/');
    await waitForNetwork(page);
    await page.getByTestId('file-input').setInputFiles(LENSES_PROJECT);
    await page
      .getByRole('dialog', { name: 'Import files' })
      .getByRole('button', { name: 'Import', exact: true })
      .click();
    await expect(page.getByTestId('network-counts')).toContainText('950 actors', { timeout: 90_000 });
    await waitUntilConsistent(page);
    await expect(page.getByTestId('layout-status')).toContainText('paused');
    await page
      .getByRole('radiogroup', { name: 'Ways of looking' })
      .getByRole('radio', { name: label })
      .click();
    await expect(page.getByTestId('lens-bar').locator(`[data-item="${lens}"]`)).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await page.mouse.move(5, 600);
    await canvasAtRest(page, 800);
    await expect(page).toHaveScreenshot(`lens-${lens}.png`, {
      mask: [page.getByTestId('workspace-save-status')],
    });
    expect(errors).toEqual([]);
  });
}

interface SampleEntry {
  id: string;
  name: string;
  map?: { open?: boolean };
}

const SAMPLES = JSON.parse(readFileSync('sample-networks/manifest.json', 'utf8')) as SampleEntry[];

for (const sample of SAMPLES) {
  test(`the map of the sample "${sample.id}"`, async ({ page }) => {
    test.setTimeout(600_000);
    const errors = watchConsole(page);
    await page.goto('/');
    await waitForNetwork(page);
    if (sample.id !== SAMPLES[0].id) {
      await page.getByRole('combobox', { name: 'Sample network' }).selectOption(sample.id);
      await expect(page.getByTestId('network-name')).toHaveText(sample.name, { timeout: 420_000 });
    }
    await waitUntilConsistent(page);
    const mapSwitch = page.getByRole('radio', { name: 'Map' });
    if (sample.map?.open) await expect(mapSwitch).toHaveAttribute('aria-checked', 'true');
    else await mapSwitch.click();
    await page.mouse.move(5, 600);
    await mapDrawn(page);
    // The save time and the layout's iteration count and seconds change from run to run.
    await expect(page).toHaveScreenshot(`map-${sample.id}.png`, {
      mask: [page.getByTestId('workspace-save-status'), page.getByTestId('layout-status')],
    });
    expect(errors).toEqual([]);
  });
}

test.describe('in a Dutch browser', () => {
  test.use({ locale: 'nl-NL' });

  test('the baseline network and its overview, in Dutch', async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto('/');
    await expect(page.getByTestId('network-counts')).toContainText('actoren', { timeout: 60_000 });
    await page.getByTestId('file-input').setInputFiles(BASELINE_PROJECT);
    await page
      .getByRole('dialog', { name: 'Bestanden importeren' })
      .getByRole('button', { name: 'Importeren', exact: true })
      .click();
    await expect(page.getByTestId('network-name')).toHaveText('Baseline network', { timeout: 60_000 });
    await waitUntilConsistent(page);
    await expect(page.getByTestId('layout-status')).toContainText('gepauzeerd');
    // Masked, but its box grows from "Opslaan…" to "Opgeslagen 12:03": wait until it has.
    await expect(page.getByTestId('workspace-save-status')).toContainText('Opgeslagen', { timeout: 60_000 });
    await expect(page).toHaveScreenshot('baseline-network-nl.png', {
      mask: [page.getByTestId('workspace-save-status')],
    });
    await page.getByRole('tab', { name: 'Overzicht', exact: true }).click();
    await expect(page.getByTestId('overview-summary')).toContainText('Dichtheid');
    await expect(page).toHaveScreenshot('baseline-overview-nl.png', {
      mask: [page.getByTestId('workspace-save-status')],
    });
    expect(errors).toEqual([]);
  });
});
