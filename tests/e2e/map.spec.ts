/**
 * The map: the ecosystem at its places on an offline basemap. Every request the page makes is
 * recorded and must stay on this machine; an actor placed at a town is drawn where the basemap
 * draws that town; switching between network and map keeps the selection and the force layout;
 * the map exports with its basemap.
 */
import { expect, type Page, test } from '@playwright/test';
import { PNG } from 'pngjs';
import {
  canvasAtRest,
  mapDrawn,
  saveExport,
  screenshot,
  waitForNetwork,
  waitUntilConsistent,
  watchConsole,
} from './helpers.ts';

const FIXTURES = 'tests/fixtures/io';

/** Where the basemap drew a town's dot, in page pixels. */
async function townOnPage(page: Page, name: string): Promise<{ x: number; y: number }> {
  const basemap = page.locator('canvas.sigma-basemap');
  const towns = (await basemap.getAttribute('data-towns')) ?? '';
  const entry = towns.split('|').find((town) => town.startsWith(`${name}@`));
  expect(entry, `${name} among the towns drawn: ${towns}`).toBeDefined();
  const [x, y] = (entry as string).split('@')[1].split(',').map(Number);
  const box = await basemap.boundingBox();
  return { x: (box?.x ?? 0) + x, y: (box?.y ?? 0) + y };
}

test('the basemap draws from the app itself: not one request leaves the machine', async ({
  page,
  baseURL,
}) => {
  const errors = watchConsole(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await waitForNetwork(page);
  await waitUntilConsistent(page);
  await page.getByRole('radio', { name: 'Map' }).click();
  await mapDrawn(page);
  const basemap = page.locator('canvas.sigma-basemap');
  // The border sample frames South Limburg, Liège and Aachen, close enough for the 1:10m borders.
  await expect(basemap).toHaveAttribute('data-detail', '10m');
  for (const town of ['Maastricht', 'Aachen', 'Liège', 'Hasselt'])
    expect(await basemap.getAttribute('data-towns')).toContain(`${town}@`);
  await expect(page.getByTestId('map-attribution').first()).toContainText('Natural Earth');
  await expect(page.getByTestId('map-legend')).toContainText(
    'provinces and NUTS regions are not available offline',
  );
  // Out to Europe and back: the 1:50m scale for the continent.
  await page.mouse.move(700, 450);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 400);
  await mapDrawn(page);
  await expect(basemap).toHaveAttribute('data-detail', '50m');
  await screenshot(page, '30-map-europe');
  const outside = requests.filter((url) => !url.startsWith(baseURL as string) && !url.startsWith('data:'));
  expect(outside).toEqual([]);
  expect(requests.some((url) => url.includes('basemap.worker'))).toBe(true);
  expect(errors).toEqual([]);
});

test('an actor placed at a known town is drawn where the map draws that town', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await page
    .getByTestId('file-input')
    .setInputFiles([`${FIXTURES}/places-actoren.csv`, `${FIXTURES}/places-relaties.csv`]);
  await page
    .getByRole('dialog', { name: 'Import files' })
    .getByRole('button', { name: 'Import', exact: true })
    .click();
  await expect(page.getByTestId('network-counts')).toContainText('11 actors');
  await waitUntilConsistent(page);
  await page.getByRole('radio', { name: 'Map' }).click();
  await mapDrawn(page);
  const panel = page.getByTestId('actor-panel');
  for (const [town, actor, place] of [
    ['Maastricht', 'Alfa Kunststoffen BV', 'Maastricht (NL)'],
    ['Liège', 'Bêta Métal SA', 'Liège (BE)'],
    ['Aachen', 'Gamma Antriebe GmbH', 'Aachen (DE)'],
  ]) {
    const point = await townOnPage(page, town);
    await page.mouse.click(point.x, point.y);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(actor);
    await expect(panel.getByTestId('actor-geography')).toContainText(`Placed at its town: ${place}.`);
    await expect(panel.getByTestId('median-partner-km')).toContainText('km');
    // Two clicks within sigma's double-click time would be one double click (a zoom), not two picks.
    await page.waitForTimeout(400);
  }
  // Thirty pixels east of Maastricht there is no actor: the town's actor is drawn on the town.
  const maastricht = await townOnPage(page, 'Maastricht');
  await page.mouse.click(maastricht.x + 30, maastricht.y);
  await expect(panel).toBeHidden();
  await screenshot(page, '31-map-towns');

  // Nobody is dropped: the towns the gazetteer could not place are listed, their actors kept.
  await page.getByRole('tab', { name: 'Geography' }).click();
  const view = page.getByTestId('geography-view');
  const review = view.getByTestId('placement-review-table');
  await expect(review.locator('tr[data-code="place-ambiguous"]')).toContainText('Hasselt');
  await expect(review.locator('tr[data-code="place-unmatched"]')).toContainText('Nowhereville');
  await expect(view.getByTestId('tray-list')).toContainText('Lambda Onbekend');
  await expect(view.getByTestId('tray-list')).toContainText('Epsilon Lab');
  await expect(view.getByTestId('decay-chart')).toBeVisible();
  await screenshot(page, '32-map-geography-view');
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page.getByTestId('map-legend')).toContainText('without a place, in the tray');
  await page.getByRole('button', { name: 'Import report' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Import report' }).getByTestId('placement-review'),
  ).toContainText('2 towns to review');
  expect(errors).toEqual([]);
});

/** Share of pixels that differ clearly between two screenshots of the same size. */
function differingShare(a: Buffer, b: Buffer): number {
  const first = PNG.sync.read(a);
  const second = PNG.sync.read(b);
  let differing = 0;
  for (let i = 0; i < first.data.length; i += 4) {
    const delta = Math.max(
      Math.abs(first.data[i] - second.data[i]),
      Math.abs(first.data[i + 1] - second.data[i + 1]),
      Math.abs(first.data[i + 2] - second.data[i + 2]),
    );
    if (delta > 40) differing++;
  }
  return differing / (first.width * first.height);
}

test('switching network ↔ map keeps the selection, and the force layout comes back as it was', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await waitUntilConsistent(page);
  await expect(page.getByTestId('layout-status')).toContainText('settled', { timeout: 120_000 });
  const search = page.getByRole('combobox', { name: 'Search actors by name' });
  await search.fill('Hermans Ingenieurs');
  await search.press('Enter');
  const heading = page.getByTestId('actor-panel').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('Hermans Ingenieurs V.O.F.');
  await page.mouse.move(5, 600);
  await canvasAtRest(page, 800);
  const canvas = page.getByTestId('network-canvas');
  const before = await canvas.screenshot();

  await page.getByRole('radio', { name: 'Map' }).click();
  await mapDrawn(page);
  await expect(heading).toHaveText('Hermans Ingenieurs V.O.F.');
  await expect(page.getByTestId('actor-geography')).toContainText('Median partner distance');
  await expect(page.getByTestId('layout-toggle')).toBeDisabled();
  await screenshot(page, '33-map-selected');

  await page.getByRole('radio', { name: 'Force layout' }).click();
  await expect(page.locator('canvas.sigma-basemap')).toHaveAttribute('data-shown', 'false');
  await expect(heading).toHaveText('Hermans Ingenieurs V.O.F.');
  await expect(page.getByTestId('layout-status')).toContainText('settled');
  await page.mouse.move(5, 600);
  await canvasAtRest(page, 800);
  const after = await canvas.screenshot();
  expect(differingShare(before, after)).toBeLessThan(0.01);
  expect(errors).toEqual([]);
});

test('the map exports as PNG and SVG with its basemap and credits', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await waitUntilConsistent(page);
  await page.getByRole('radio', { name: 'Map' }).click();
  await mapDrawn(page);
  await page.getByTestId('export-menu').locator('summary').click();
  await page.getByLabel('PNG resolution').selectOption('1');
  const png = await saveExport(page, 'Picture (PNG)');
  const image = PNG.sync.read(png.content);
  let land = 0;
  let sea = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
    if (Math.abs(r - 0xf8) <= 2 && Math.abs(g - 0xf6) <= 2 && Math.abs(b - 0xf1) <= 2) land++;
    if (Math.abs(r - 0xe8) <= 2 && Math.abs(g - 0xf0) <= 2 && Math.abs(b - 0xf6) <= 2) sea++;
  }
  // The border region is land; the North Sea shows at the top left of the frame.
  expect(land / (image.width * image.height)).toBeGreaterThan(0.2);
  expect(sea).toBeGreaterThan(100);
  const svg = (await saveExport(page, 'Picture (SVG)')).content.toString('utf8');
  expect(svg).toContain('fill="#f8f6f1"');
  expect(svg).toContain('stroke="#a39d94"');
  expect(svg).toContain('>Maastricht</text>');
  expect(svg).toContain('Natural Earth');
  expect((svg.match(/<circle /g) ?? []).length).toBeGreaterThan(500);
  expect(errors).toEqual([]);
});
