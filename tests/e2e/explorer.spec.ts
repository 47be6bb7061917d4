/**
 * First journey: the explorer opens on the default sample, draws it with WebGL, lets people
 * find a firm by name and read its profile, and logs no errors on the way.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import {
  canvasAtRest,
  colouredPixelsWhenDrawn,
  countColouredPixels,
  screenshot,
  waitForNetwork,
  watchConsole,
} from './helpers.ts';

interface ActorRow {
  id: string;
  label: string;
  kind: string;
}

const sampleActors = Papa.parse<ActorRow>(
  readFileSync('sample-networks/border-ecosystem/actors.csv', 'utf8'),
  {
    header: true,
    skipEmptyLines: true,
  },
).data;
const sampleRelationCount =
  readFileSync('sample-networks/border-ecosystem/relations.csv', 'utf8').trim().split('\n').length - 1;

test('the default sample loads, is drawn with WebGL and settles', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await expect(page.getByTestId('network-counts')).toContainText(`${sampleActors.length} actors`);
  // A network opens on its clusters: communities named as their outlines are.
  await expect(page.getByRole('radio', { name: 'Clusters' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('legend-nodes')).toContainText('Communities');
  await page.getByRole('radio', { name: 'Network' }).click();
  await expect(page.getByTestId('legend')).toContainText('Firm');
  await expect(page.getByTestId('legend')).toContainText('Knowledge institution');

  const hasWebGl = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="network-canvas"] canvas')].some(
      (canvas) =>
        (canvas as HTMLCanvasElement).getContext('webgl2') !== null ||
        canvas.classList.contains('sigma-nodes'),
    ),
  );
  expect(hasWebGl).toBe(true);

  await expect(page.getByTestId('layout-status')).toContainText('settled', { timeout: 90_000 });
  const status = await page.getByTestId('layout-status').textContent();
  console.log(`Layout on the default sample: ${status}`);
  const png = await screenshot(page, '01-default-sample');
  // The middle of the window, away from the panels: nodes and ties must be there.
  const drawn = countColouredPixels(png, { x: 300, y: 120, width: 800, height: 640 });
  expect(drawn).toBeGreaterThan(2000);
  expect(errors).toEqual([]);
  expect(sampleRelationCount).toBeGreaterThan(0);
});

test('search finds a firm by part of its name, with keyboard navigation, and opens its profile', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  // A firm whose name has an accent or umlaut: typed without it, it must still be found.
  const firm = sampleActors.find((actor) => actor.kind === 'firm' && /[^ -~]/.test(actor.label));
  expect(firm, 'the sample has a firm with a non-ASCII name').toBeDefined();
  const label = (firm as ActorRow).label;
  const query = label
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .slice(0, Math.min(label.length, 12));

  const search = page.getByRole('combobox', { name: 'Search actors by name' });
  await search.fill(query);
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  const optionLabels = await options.allTextContents();
  const position = optionLabels.findIndex((text) => text.startsWith(label));
  expect(position, `"${label}" is among the matches for "${query}"`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < position; i++) await search.press('ArrowDown');
  await expect(options.nth(position)).toHaveAttribute('aria-selected', 'true');
  await screenshot(page, '02-search');
  await search.press('Enter');

  const panel = page.getByTestId('actor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(label);
  await expect(panel).toContainText('Partners by relation');
  await expect(panel.getByRole('button').nth(1)).toBeVisible();
  await canvasAtRest(page);
  await screenshot(page, '03-actor-profile');

  // Following a partner opens that partner's profile.
  const partner = panel.locator('.partner-group .link-button').first();
  const partnerName = (await partner.textContent()) ?? '';
  await partner.click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(partnerName);
  expect(errors).toEqual([]);
});

test('a fitted network is framed again beside a view panel; a camera moved by hand stays', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await expect(page.getByTestId('layout-status')).toContainText('settled', { timeout: 90_000 });
  await canvasAtRest(page);
  const canvas = page.getByTestId('network-canvas');
  const camera = async () => (await canvas.getAttribute('data-camera')) ?? '';
  const fitted = await camera();

  // The Statistics panel covers the left half: the network moves into the half left free.
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await canvasAtRest(page);
  const beside = await camera();
  expect(beside).not.toBe(fitted);
  const [besideX] = beside.split(',').map(Number);
  const [fittedX] = fitted.split(',').map(Number);
  // Sigma's camera x is where the middle of the canvas looks: left of the network's centre.
  expect(besideX).toBeLessThan(fittedX);

  // Zoomed by hand, the camera is the person's: another panel leaves it where it is.
  await page.mouse.move(1100, 500);
  await page.mouse.wheel(0, -300);
  await canvasAtRest(page);
  const chosen = await camera();
  await page.getByRole('tab', { name: 'Rankings' }).click();
  await canvasAtRest(page);
  expect(await camera()).toBe(chosen);
  expect(errors).toEqual([]);
});

test('hovering an actor highlights its neighbourhood and the controls respond', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await expect(page.getByTestId('layout-status')).toContainText('settled', { timeout: 90_000 });

  // Centre the camera on a well-connected firm through search, then close its profile.
  const hub = sampleActors.find((actor) => actor.kind === 'knowledge') as ActorRow;
  const search = page.getByRole('combobox', { name: 'Search actors by name' });
  await search.fill(hub.label);
  await search.press('Enter');
  // Focusing lands the actor in the middle of the part of the canvas the panels leave free.
  const landing = await page.getByTestId('network-canvas').getAttribute('data-focus-point');
  const [x, y] = (landing ?? '').split(',').map(Number);
  await page.getByRole('button', { name: 'Close profile' }).click();
  await page.mouse.move(5, 450);
  await canvasAtRest(page);
  const centre = { x, y };
  const area = { x: centre.x - 350, y: centre.y - 300, width: 700, height: 600 };
  // Measured only once something is drawn there: a blank first frame would make any
  // comparison meaningless.
  const before = await colouredPixelsWhenDrawn(page, '04-before-hover', area);

  await page.mouse.move(centre.x, centre.y);
  // Everything outside the neighbourhood fades to grey: far fewer coloured pixels.
  await expect
    .poll(async () => countColouredPixels(await screenshot(page, '05-hover'), area), { timeout: 10_000 })
    .toBeLessThan(before * 0.7);
  const during = countColouredPixels(await screenshot(page, '05-hover'), area);
  // The veil, the ties and the partners' dots are drawn in WebGL on a layer of their own
  // (canvas/mark-layer.ts), which is taken out of compositing again once nothing is highlighted.
  const markLayer = page.locator('canvas.sigma-highlightMarks');
  await expect(markLayer).toBeVisible();

  await page.mouse.move(5, 450);
  await expect(markLayer).toBeHidden();
  await expect
    .poll(async () => countColouredPixels(await screenshot(page, '06-after-hover'), area), {
      timeout: 10_000,
    })
    .toBeGreaterThan(during);

  // Onto the legend column and back onto the same actor: highlighted again.
  await page.mouse.move(centre.x, centre.y);
  const legend = await page.locator('.left-column').boundingBox();
  expect(legend).not.toBeNull();
  await page.mouse.move((legend?.x ?? 0) + 20, (legend?.y ?? 0) + 20);
  await expect
    .poll(async () => countColouredPixels(await screenshot(page, '06-after-hover'), area), {
      timeout: 10_000,
    })
    .toBeGreaterThan(during);
  await page.mouse.move(centre.x, centre.y);
  await expect
    .poll(async () => countColouredPixels(await screenshot(page, '05-hover'), area), { timeout: 10_000 })
    .toBeLessThan(before * 0.7);
  await page.mouse.move(5, 450);

  // A double click on an actor selects it; it does not zoom the view in as on empty canvas.
  await canvasAtRest(page);
  const camera = await page.getByTestId('network-canvas').getAttribute('data-camera');
  await page.mouse.dblclick(centre.x, centre.y);
  await expect(page.getByTestId('actor-panel').getByRole('heading', { level: 2 })).toHaveText(hub.label);
  await canvasAtRest(page);
  await expect(page.getByTestId('network-canvas')).toHaveAttribute('data-camera', camera ?? '');
  await page.getByRole('button', { name: 'Close profile' }).click();

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Fit the network to the window' }).click();
  await page.getByTestId('layout-toggle').click();
  await expect(page.getByTestId('layout-status')).toContainText(/running|settled/);
  await page.getByLabel('Label density').fill('2');
  await canvasAtRest(page);
  await screenshot(page, '07-dense-labels');
  expect(errors).toEqual([]);
});
