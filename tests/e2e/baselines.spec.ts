/**
 * Screenshot baselines, as sigma.js's own tests keep them: a project file with fixed positions,
 * camera and settings is opened, and the picture must match the committed one. A change to how
 * the explorer draws shows here as a diff image in test-results/.
 */
import { expect, test } from '@playwright/test';
import { waitForNetwork, waitUntilConsistent, watchConsole } from './helpers.ts';

const BASELINE_PROJECT = 'tests/fixtures/e2e/baseline.clusterscope.json';

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
