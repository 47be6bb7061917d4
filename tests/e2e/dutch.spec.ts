/**
 * A Dutch cluster manager in a Dutch browser (nl-NL): every view speaks Dutch — the DOM is
 * scanned for English outside the network's data — the language switch goes to English and back
 * without losing the view, the selection or the filters, and the import report of a Dutch Excel
 * export speaks Dutch.
 */
import { expect, type Page, test } from '@playwright/test';
import { mapDrawn, screenshot, waitUntilConsistent, watchConsole } from './helpers.ts';
import { dataWords, englishOnScreen } from './language.ts';

test.use({ locale: 'nl-NL' });

const SAMPLE = 'sample-networks/border-ecosystem';
const DUTCH_EXCEL = [
  'tests/fixtures/io/dutch-excel-actoren.csv',
  'tests/fixtures/io/dutch-excel-relaties.csv',
];
const DATA = dataWords(`${SAMPLE}/actors.csv`, `${SAMPLE}/relations.csv`, ...DUTCH_EXCEL);

async function expectOnlyDutch(page: Page, where: string): Promise<void> {
  expect(await englishOnScreen(page, DATA), `English on screen in ${where}`).toEqual([]);
}

async function openTab(page: Page, name: string, view: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByTestId(view)).toBeVisible();
}

test('a Dutch browser sees only Dutch, in every view; English and back loses nothing', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await expect(page.getByTestId('network-counts')).toContainText('actoren', { timeout: 60_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByTestId('language-switch')).toHaveValue('nl');
  await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-busy', 'false', { timeout: 90_000 });

  // The map with its top bar, legend, toolbar and status bar; the filters and menus opened.
  await page.getByTestId('filters').locator('summary').click();
  await page.getByTestId('export-menu').locator('summary').click();
  await expect(page.getByTestId('export-note')).toContainText('decimale punt');
  await expectOnlyDutch(page, 'the map, filters and export menu');
  await page.getByTestId('export-menu').locator('summary').click();
  await page.getByTestId('workspace-menu').click();
  await expectOnlyDutch(page, 'the workspaces menu');
  await page.getByTestId('workspace-menu').click();

  await openTab(page, 'Overzicht', 'overview-view');
  await expect(page.getByTestId('overview-summary')).toContainText('Dichtheid');
  await expect(page.getByTestId('overview-summary')).toContainText('poortwachters');
  await expectOnlyDutch(page, 'Overzicht');
  await screenshot(page, '90-dutch-overview');

  await openTab(page, 'Ranglijsten', 'rankings-view');
  await expect(page.getByTestId('rankings-row').first()).toBeVisible();
  await expectOnlyDutch(page, 'Ranglijsten');

  await openTab(page, 'Makelaars', 'brokers-view');
  await expect(page.getByTestId('brokers-view')).toContainText('Poortwachter');
  await expect(page.getByTestId('brokers-view')).toContainText('Verbindingspersoon');
  await expectOnlyDutch(page, 'Makelaars');

  await openTab(page, 'Clusters', 'clusters-view');
  await expect(page.getByTestId('community-row').first()).toBeVisible();
  await expectOnlyDutch(page, 'Clusters');

  await openTab(page, 'Lokaal', 'locality-view');
  await expect(page.getByTestId('locality-view')).toContainText('Lokale en externe banden');
  await expectOnlyDutch(page, 'Lokaal');

  await openTab(page, 'Schakels', 'links-view');
  await page.getByTestId('links-mode').getByText('In het hele netwerk').click();
  await expect(page.getByTestId('link-suggestion').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('link-suggestion').first()).toContainText('gedeelde partner');
  await expectOnlyDutch(page, 'Schakels');

  // Statistiek: a test against chance, its sentence and table in Dutch.
  await openTab(page, 'Statistiek', 'statistics-view');
  await page.getByTestId('test-select').selectOption('ei-permutation');
  await page.getByTestId('test-option-permutations').fill('199');
  await page.getByTestId('run-test').click();
  await expect(page.getByTestId('statistics-result')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('statistics-status')).toHaveAttribute('data-status', 'idle');
  await expectOnlyDutch(page, 'Statistiek');

  await openTab(page, 'Methoden', 'methods-view');
  await expect(page.getByTestId('methods-exports')).toContainText('decimale punt');
  await expectOnlyDutch(page, 'Methoden');

  await openTab(page, 'Woordenlijst', 'glossary-view');
  const gatekeeper = page.locator('[data-term="gatekeeper"]');
  await expect(gatekeeper.locator('td[lang="en"]')).toHaveText('gatekeeper');
  await expect(gatekeeper.locator('td[lang="nl"]')).toHaveText('poortwachter');
  await expect(page.locator('[data-term="missingLinks"] td[lang="nl"]')).toHaveText('ontbrekende schakels');
  await expectOnlyDutch(page, 'Woordenlijst');

  // A firm's profile, from the rankings; a filter on; then English and back.
  await openTab(page, 'Ranglijsten', 'rankings-view');
  const firstRow = page.getByTestId('rankings-row').first();
  const actor = await firstRow.getAttribute('data-actor');
  await firstRow.click();
  const panel = page.getByTestId('actor-panel');
  await expect(panel.getByTestId('mechanisms')).toContainText('Inbedding');
  // By keyboard: the rankings panel lies over the open filters on a small window.
  const largest = page.getByRole('checkbox', { name: 'Alleen de grootste component' });
  await largest.press('Space');
  await expect(largest).toBeChecked();
  await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-busy', 'false', { timeout: 90_000 });
  await expectOnlyDutch(page, 'the profile and the rankings, filtered');
  await screenshot(page, '91-dutch-profile');

  await page.getByTestId('language-switch').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('tab', { name: 'Rankings', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(panel.getByTestId('mechanisms')).toContainText('Embedding');
  await expect(page.getByTestId('rankings-row').first()).toHaveAttribute('data-actor', actor ?? '');
  await expect(page.getByRole('checkbox', { name: 'Largest component only' })).toBeChecked();
  // The scan finds the English it is meant to find.
  expect((await englishOnScreen(page, DATA)).length).toBeGreaterThan(20);

  await page.getByTestId('language-switch').selectOption('nl');
  await expect(page.getByRole('tab', { name: 'Ranglijsten', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(panel.getByTestId('mechanisms')).toContainText('Inbedding');
  await expect(page.getByRole('checkbox', { name: 'Alleen de grootste component' })).toBeChecked();
  await expectOnlyDutch(page, 'back in Dutch');
  expect(errors).toEqual([]);
});

test('the import of a Dutch Excel export, and its report, speak Dutch', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await expect(page.getByTestId('network-counts')).toContainText('actoren', { timeout: 60_000 });
  await page.getByTestId('file-input').setInputFiles(DUTCH_EXCEL);
  const dialog = page.getByRole('dialog', { name: 'Bestanden importeren' });
  await expect(dialog).toContainText('Scheidingsteken');
  await expect(dialog.getByRole('combobox').first()).toBeVisible();
  await expectOnlyDutch(page, 'the import dialog');
  await dialog.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByTestId('network-name')).toHaveText(
    'dutch-excel-actoren.csv + dutch-excel-relaties.csv',
    {
      timeout: 60_000,
    },
  );
  await page.getByRole('button', { name: 'Importrapport' }).click();
  const report = page.getByRole('dialog', { name: 'Importrapport' });
  await expect(report.getByTestId('report-summary')).toContainText('actoren');
  await expect(report).toContainText('Waarschuwingen en fouten');
  await expectOnlyDutch(page, 'the import report');
  await screenshot(page, '92-dutch-import-report');
  expect(errors).toEqual([]);
});

test('time in Dutch: the timeline, Play and the Veranderingen view, numbers with a decimal comma', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await expect(page.getByTestId('network-counts')).toContainText('actoren', { timeout: 60_000 });
  await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-busy', 'false', { timeout: 90_000 });

  // The timeline: the first wave alone, then Play to the next.
  const timeline = page.getByTestId('timeline');
  await expect(timeline.getByRole('button', { name: 'Afspelen' })).toBeVisible();
  await expect(timeline.getByRole('button', { name: 'Alle jaren' })).toBeVisible();
  await page.getByTestId('timeline-to').fill('0');
  await expect(page.getByTestId('timeline-window')).toHaveText('2019');
  await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-busy', 'false', { timeout: 90_000 });
  await expectOnlyDutch(page, 'the timeline');
  await page.getByTestId('timeline-play').click();
  await expect(page.getByTestId('timeline-window')).toHaveText('2023', { timeout: 90_000 });
  await expect(timeline).toHaveAttribute('data-playing', 'false', { timeout: 90_000 });
  await expectOnlyDutch(page, 'the timeline after Play');

  // Veranderingen: 2019 against 2023, every section in Dutch, shares with a decimal comma.
  await openTab(page, 'Veranderingen', 'changes-view');
  await expectOnlyDutch(page, 'Veranderingen before comparing');
  await page.getByTestId('changes-compare').click();
  await expect(page.getByTestId('changes-result')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('changes-figures').locator('[data-figure]')).toHaveCount(9, {
    timeout: 60_000,
  });
  const summary = page.getByTestId('changes-summary');
  await expect(summary).toContainText('banden');
  await expect(summary).toContainText('verloop');
  // Churn as a percentage with a decimal comma (or a whole percentage), never a decimal point.
  await expect(summary).toContainText(/verloop \d+(,\d)?\s?%/);
  // The mean Jaccard index as the figure says it: 0,xyz.
  const jaccard = page.getByTestId('changes-figures').locator('[data-figure="mean-jaccard"]');
  const value = Number(await jaccard.getAttribute('data-value'));
  await expect(jaccard.locator('dd')).toHaveText(
    new Intl.NumberFormat('nl', { maximumFractionDigits: 3 }).format(value),
  );
  expect(await jaccard.locator('dd').textContent()).toMatch(/^[01](,\d+)?$/);
  await expect(page.getByTestId('detachment')).toContainText('Paden van lokale onthechting');
  await expect(page.getByTestId('role-transitions')).toContainText('poortwachter');
  await page.getByTestId('changes-draw').check();
  await expect(page.getByTestId('changes-drawn')).toContainText('Getekend');
  await page.locator('.changes-command summary').click();
  await expectOnlyDutch(page, 'Veranderingen');
  await screenshot(page, '93-dutch-changes');
  expect(errors).toEqual([]);
});

test('the map and Geografie in Dutch: the legend, the distances, the partner distances of a profile, the places in the import report', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await expect(page.getByTestId('network-counts')).toContainText('actoren', { timeout: 60_000 });
  await waitUntilConsistent(page);

  // The map: its switch, legend and credits.
  const layout = page.getByTestId('layout-switch');
  await expect(layout.getByRole('radio', { name: 'Krachtenlayout' })).toBeVisible();
  await layout.getByRole('radio', { name: 'Kaart' }).click();
  await mapDrawn(page);
  const legend = page.getByTestId('map-legend');
  await expect(legend).toContainText('Op de kaart');
  await expect(legend).toContainText('provincies en NUTS-regio');
  await expectOnlyDutch(page, 'the map');
  await screenshot(page, '94-dutch-map');

  // Geografie: map settings, how far ties reach, ties between places, where places came from.
  await openTab(page, 'Geografie', 'geography-view');
  await expect(page.getByTestId('distance-decay')).toContainText('Afstandsverval');
  await expect(page.getByTestId('place-matrix')).toBeVisible();
  await expectOnlyDutch(page, 'Geografie');
  // The share of ties within the radius, with a decimal comma where it has decimals.
  await expect(page.getByTestId('distance-decay')).not.toContainText(/\d\.\d+\s?%/);

  // A profile's geography, from the rankings.
  await openTab(page, 'Ranglijsten', 'rankings-view');
  await page.getByTestId('rankings-row').first().click();
  await expect(page.getByTestId('actor-geography')).toContainText('Geografie');
  await expectOnlyDutch(page, 'the profile on the map');

  // The import report's places.
  await page.getByRole('button', { name: 'Importrapport' }).click();
  const report = page.getByRole('dialog', { name: 'Importrapport' });
  await expect(report).toContainText('Plaatsen');
  await expectOnlyDutch(page, 'the import report with its places');
  expect(errors).toEqual([]);
});
