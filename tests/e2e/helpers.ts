/** Shared steps of the browser journeys: console watching, screenshots, pixel checks. */
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

export const SCREENSHOT_DIR = 'test-results/e2e';

/** Collects console errors and uncaught exceptions; a journey ends by asserting there were none. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

export async function waitForNetwork(page: Page): Promise<void> {
  await expect(page.getByTestId('network-counts')).toContainText('actors', { timeout: 60_000 });
}

/** Pixels of a screenshot that are clearly coloured (not white, grey or black): drawn nodes and ties. */
export function countColouredPixels(
  png: Buffer,
  region?: { x: number; y: number; width: number; height: number },
): number {
  const image = PNG.sync.read(png);
  const x0 = region?.x ?? 0;
  const y0 = region?.y ?? 0;
  const x1 = Math.min(image.width, x0 + (region?.width ?? image.width));
  const y1 = Math.min(image.height, y0 + (region?.height ?? image.height));
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      const r = image.data[i];
      const g = image.data[i + 1];
      const b = image.data[i + 2];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) count++;
    }
  }
  return count;
}

/** Clicks an entry of the Export menu and returns the downloaded file. */
export async function saveExport(
  page: Page,
  name: string | RegExp,
): Promise<{ name: string; content: Buffer }> {
  const menu = page.getByTestId('export-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const file = await downloading;
  const content = readFileSync(await file.path());
  await menu.locator('summary').click();
  return { name: file.suggestedFilename(), content };
}

/** Waits until the pipeline is idle and everything on screen describes one network. */
export async function waitUntilConsistent(
  page: Page,
): Promise<{ drawn: number; network: number; measured: number }> {
  const canvas = page.getByTestId('network-canvas');
  await expect(canvas).toHaveAttribute('data-busy', 'false', { timeout: 90_000 });
  const read = async (name: string) => Number(await canvas.getAttribute(name));
  const drawn = await read('data-drawn-actors');
  const network = await read('data-network-actors');
  const measured = await read('data-measured-actors');
  expect({ drawn, measured }).toEqual({ drawn: network, measured: network });
  return { drawn, network, measured };
}

/** Waits until the canvas has stopped redrawing (camera animations and layout frames are over). */
export async function canvasAtRest(page: Page, quietMs = 400): Promise<void> {
  const canvas = page.getByTestId('network-canvas');
  let last = '';
  let since = Date.now();
  await expect
    .poll(
      async () => {
        const now = `${await canvas.getAttribute('data-renders')}|${await canvas.getAttribute('data-camera')}`;
        if (now !== last) {
          last = now;
          since = Date.now();
        }
        return Date.now() - since >= quietMs;
      },
      { timeout: 30_000, intervals: [100] },
    )
    .toBe(true);
}

/** Coloured pixels in an area of the page, measured once the canvas has drawn something there. */
export async function colouredPixelsWhenDrawn(
  page: Page,
  name: string,
  area: { x: number; y: number; width: number; height: number },
  atLeast = 500,
): Promise<number> {
  let count = 0;
  await expect
    .poll(
      async () => {
        count = countColouredPixels(await screenshot(page, name), area);
        return count;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(atLeast);
  return count;
}

/** Waits until the basemap is drawn at the scale the view wants and the canvas is still. */
export async function mapDrawn(page: Page): Promise<void> {
  const basemap = page.locator('canvas.sigma-basemap');
  await expect(basemap).toHaveAttribute('data-shown', 'true', { timeout: 90_000 });
  await expect
    .poll(
      async () => {
        // The scale on screen is the one the view wants, and no picture is still being drawn.
        const detail = await basemap.getAttribute('data-detail');
        return (
          detail !== null &&
          detail === (await basemap.getAttribute('data-wanted')) &&
          (await basemap.getAttribute('data-pending')) === 'false'
        );
      },
      { timeout: 120_000 },
    )
    .toBe(true);
  await canvasAtRest(page, 800);
  // A picture asked for by the last renders has arrived too.
  await expect(basemap).toHaveAttribute('data-pending', 'false');
}
