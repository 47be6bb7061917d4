/**
 * Time in the explorer: the timeline sets the window (the network on screen follows), Play walks
 * through the waves, and the Changes view compares two windows — with the numbers, the lists and
 * the CSV that `clusterscope compare` gives for the same files and settings.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import { screenshot, waitForNetwork, waitUntilConsistent, watchConsole } from './helpers.ts';

type Row = Record<string, string>;

/** The part of `clusterscope compare --summary` these journeys check. */
interface Summary {
  actors: { from: number; to: number; entered: number; left: number; stayed: number };
  ties: { entered: number; left: number; persisted: number; churn: number | null };
  tie_half_life: { years: number | null };
  communities: { from: number; to: number; mean_jaccard: number | null };
  locality: { detaching: number };
}

/** `clusterscope compare` in a child process, run while the browser works. */
function compareOnCommandLine(files: string[], args: string[]): Promise<{ csv: string; summary: Summary }> {
  const dir = mkdtempSync(join(tmpdir(), 'clusterscope-time-'));
  const out = join(dir, 'changes.csv');
  const summary = join(dir, 'changes.json');
  const child = spawn(
    process.execPath,
    ['bin/clusterscope.mjs', 'compare', ...files, ...args, '--quiet', '--out', out, '--summary', summary],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`clusterscope compare exited ${code}: ${stderr}`));
      else resolve({ csv: readFileSync(out, 'utf8'), summary: JSON.parse(readFileSync(summary, 'utf8')) });
    });
  });
}

async function saveDownload(page: Page, click: () => Promise<void>): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  return readFileSync(await file.path(), 'utf8');
}

const withoutMark = (text: string) => text.replace(/^\uFEFF/, '');
const rows = (csv: string) => Papa.parse<Row>(csv.trim(), { header: true }).data;

async function networkActors(page: Page): Promise<number> {
  return (await waitUntilConsistent(page)).network;
}

/** The figures of the Changes view, by id, with their exact values. */
async function figures(page: Page): Promise<Record<string, number | null>> {
  const items = page.getByTestId('changes-figures').locator('[data-figure]');
  // A new result is drawn in the background once it has arrived: wait for it.
  await expect(items).toHaveCount(9, { timeout: 60_000 });
  const values: Record<string, number | null> = {};
  for (const item of await items.all()) {
    const value = (await item.getAttribute('data-value')) ?? '';
    values[(await item.getAttribute('data-figure')) as string] = value === '' ? null : Number(value);
  }
  return values;
}

function expectFiguresOf(values: Record<string, number | null>, summary: Summary) {
  expect(values).toEqual({
    'ties-entered': summary.ties.entered,
    'ties-left': summary.ties.left,
    'ties-persisted': summary.ties.persisted,
    churn: summary.ties.churn,
    'half-life': summary.tie_half_life.years,
    'actors-entered': summary.actors.entered,
    'actors-left': summary.actors.left,
    'actors-stayed': summary.actors.stayed,
    'mean-jaccard': summary.communities.mean_jaccard,
  });
}

test('the border ecosystem in 2019, played to 2023, then the two waves compared as on the command line', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = watchConsole(page);
  const sample = 'sample-networks/border-ecosystem';
  const cli = compareOnCommandLine(
    [`${sample}/actors.csv`, `${sample}/relations.csv`],
    ['--from', '2019', '--to', '2023', '--local-by', 'region'],
  );
  await page.goto('/');
  await waitForNetwork(page);
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toBeVisible();
  expect(await networkActors(page)).toBe(950);

  // The first wave alone: the slider's last year moved back onto the first.
  await page.getByTestId('timeline-to').fill('0');
  await expect(page.getByTestId('timeline-window')).toHaveText('2019');
  await expect.poll(() => networkActors(page), { timeout: 90_000 }).toBe(781);
  await screenshot(page, '94-time-2019');

  // Play walks to the next wave and stops there, once it is computed.
  await page.getByTestId('timeline-play').click();
  await expect(page.getByTestId('timeline-window')).toHaveText('2023', { timeout: 90_000 });
  await expect(timeline).toHaveAttribute('data-playing', 'false', { timeout: 90_000 });
  expect(await networkActors(page)).toBe(926);

  // Changes: 2019 against 2023 (the first and the last wave are the defaults).
  await page.getByRole('tab', { name: 'Changes' }).click();
  await page.getByTestId('changes-compare').click();
  await expect(page.getByTestId('changes-result')).toBeVisible({ timeout: 120_000 });
  const { csv, summary } = await cli;
  expectFiguresOf(await figures(page), summary);
  await expect(page.getByTestId('changes-summary')).toContainText(
    `${summary.ties.entered} ties entered, ${summary.ties.left} left`,
  );

  // An entered tie in the list is an entered tie of the command line's table.
  const enteredPairs = new Set(
    rows(csv)
      .filter((row) => row.record === 'tie' && row.change === 'entered')
      .map((row) => `${row.label}\n${row.partner_label}`),
  );
  const first = page.getByTestId('tie-change-row').first();
  await expect(first).toHaveAttribute('data-status', 'entered');
  const [actor, partner] = await first.getByRole('button').allTextContents();
  expect(enteredPairs.has(`${actor}\n${partner}`)).toBe(true);

  // Drawn on the canvas: every entered and lost tie has both actors on screen in 2023? Not all:
  // the view says how many, and offers the span of both waves.
  await expect(page.getByTestId('changes-drawn')).toContainText(`of ${summary.ties.entered} entered ties`);
  await expect(page.locator('canvas.sigma-changes')).toHaveCount(1);
  await page.getByRole('button', { name: 'Show 2019–2023 on the map' }).click();
  await expect(page.getByTestId('changes-drawn')).toContainText(
    `Drawn: ${summary.ties.entered} of ${summary.ties.entered} entered ties and ${summary.ties.left} of ${summary.ties.left} lost ties`,
    { timeout: 90_000 },
  );
  await screenshot(page, '95-time-changes');

  // The exports are the command line's table: all of it, and its actor rows by selection.
  const all = await saveDownload(page, () => page.getByRole('button', { name: 'All changes (CSV)' }).click());
  expect(withoutMark(all)).toBe(csv);
  const actorsOf = (selection: (row: Row) => boolean) =>
    rows(csv)
      .filter((row) => row.record === 'actor' && selection(row))
      .map((row) => row.id);
  const entered = rows(
    withoutMark(
      await saveDownload(page, () => page.getByRole('button', { name: 'Who entered (CSV)' }).click()),
    ),
  );
  expect(entered.map((row) => row.id)).toEqual(actorsOf((row) => row.change === 'entered'));
  expect(entered.length).toBe(summary.actors.entered);
  const left = rows(
    withoutMark(await saveDownload(page, () => page.getByRole('button', { name: 'Who left (CSV)' }).click())),
  );
  expect(left.map((row) => row.id)).toEqual(actorsOf((row) => row.change === 'left'));
  const abroad = rows(
    withoutMark(
      await saveDownload(page, () =>
        page.getByRole('button', { name: 'Whose ties went abroad (CSV)' }).click(),
      ),
    ),
  );
  expect(abroad.map((row) => row.id)).toEqual(actorsOf((row) => row.locality_change === 'detaching'));
  expect(abroad.length).toBe(summary.locality.detaching);

  // Paths, roles and communities are there, with the command line's numbers.
  await expect(page.getByTestId('detachment-path').first()).toBeVisible();
  await expect(page.getByTestId('became-gatekeeper').locator('li').first()).toBeVisible();
  await expect(page.getByTestId('community-stability')).toContainText(
    `${summary.communities.from} communities of two or more actors in A, ${summary.communities.to} in B`,
  );
  await expect(page.getByTestId('changes-command')).toContainText('--from 2019 --to 2023');
  expect(errors).toEqual([]);
});

test('a reload brings back the time window and the comparison, computed again from the saved choice', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = watchConsole(page);
  await page.goto('/');
  await waitForNetwork(page);
  await page.getByTestId('timeline-from').fill('1');
  await expect(page.getByTestId('timeline-window')).toHaveText('2023');
  await expect.poll(() => networkActors(page), { timeout: 90_000 }).toBe(926);
  await page.getByRole('tab', { name: 'Changes' }).click();
  await page.getByTestId('changes-compare').click();
  await expect(page.getByTestId('changes-status')).toHaveAttribute('data-status', 'ready', {
    timeout: 120_000,
  });
  const before = await figures(page);
  await expect(page.getByTestId('workspace-save-status')).toContainText('Saved', { timeout: 60_000 });

  await page.reload();
  await waitForNetwork(page);
  await expect(page.getByTestId('timeline-window')).toHaveText('2023', { timeout: 60_000 });
  await expect.poll(() => networkActors(page), { timeout: 90_000 }).toBe(926);
  await expect(page.getByRole('tab', { name: 'Changes' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('changes-status')).toHaveAttribute('data-status', 'ready', {
    timeout: 120_000,
  });
  expect(await figures(page)).toEqual(before);
  expect(errors).toEqual([]);
});

test('Horizon 2020: step through the years, compare 2015 with 2019, export who entered, left and went abroad', async ({
  page,
}) => {
  // 16,000 actors laid out, measured twice per step and compared in software WebGL on a shared
  // machine: minutes, not seconds.
  test.setTimeout(900_000);
  const errors = watchConsole(page);
  const sample = 'sample-networks/h2020-nl';
  await page.goto('/');
  await waitForNetwork(page);
  await page.getByRole('combobox', { name: 'Sample network' }).selectOption('h2020-nl');
  await expect(page.getByTestId('network-name')).toHaveText('Horizon 2020: the Dutch network', {
    timeout: 400_000,
  });
  // Started once the network is open, so the two do not compete for the processors while it loads.
  const cli = compareOnCommandLine(
    [`${sample}/actors.csv`, `${sample}/relations.csv`],
    ['--from', '2015', '--to', '2019', '--local-by', 'country'],
  );
  await page.getByTestId('layout-toggle').click({ timeout: 60_000 });
  await expect(page.getByTestId('timeline').locator('.timeline-ticks')).toContainText('2014');

  // 2015 alone, then a year at a time to 2019: the network on screen follows.
  await page.getByTestId('timeline-to').fill('1');
  await page.getByTestId('timeline-from').fill('1');
  await expect(page.getByTestId('timeline-window')).toHaveText('2015');
  const counts: number[] = [await networkActors(page)];
  for (const year of [2016, 2017, 2018, 2019]) {
    await page.getByRole('button', { name: 'Next year in the data' }).click();
    await expect(page.getByTestId('timeline-window')).toHaveText(String(year));
    counts.push(await networkActors(page));
  }
  await screenshot(page, '96-h2020-2019');
  const { csv, summary } = await cli;
  expect(counts[0]).toBe(summary.actors.from);
  expect(counts[4]).toBe(summary.actors.to);
  expect(new Set(counts).size).toBeGreaterThan(1);

  await page.getByRole('tab', { name: 'Changes' }).click();
  await page.getByRole('combobox', { name: 'A from' }).selectOption('2015');
  await page.getByRole('combobox', { name: 'A to' }).selectOption('2015');
  await page.getByRole('combobox', { name: 'B from' }).selectOption('2019');
  await page.getByRole('combobox', { name: 'B to' }).selectOption('2019');
  await page.getByTestId('changes-compare').click();
  await expect(page.getByTestId('changes-status')).toHaveAttribute('data-status', 'ready', {
    timeout: 300_000,
  });
  expectFiguresOf(await figures(page), summary);
  await expect(page.getByTestId('tie-change-row').first()).toHaveAttribute('data-status', 'entered');
  await screenshot(page, '97-h2020-changes-2015-2019');

  const all = await saveDownload(page, () => page.getByRole('button', { name: 'All changes (CSV)' }).click());
  expect(withoutMark(all)).toBe(csv);
  const abroad = rows(
    withoutMark(
      await saveDownload(page, () =>
        page.getByRole('button', { name: 'Whose ties went abroad (CSV)' }).click(),
      ),
    ),
  );
  expect(abroad.length).toBe(summary.locality.detaching);
  const entered = rows(
    withoutMark(
      await saveDownload(page, () => page.getByRole('button', { name: 'Who entered (CSV)' }).click()),
    ),
  );
  expect(entered.length).toBe(summary.actors.entered);
  const left = rows(
    withoutMark(await saveDownload(page, () => page.getByRole('button', { name: 'Who left (CSV)' }).click())),
  );
  expect(left.length).toBe(summary.actors.left);
  expect(errors).toEqual([]);
});
