/**
 * Every import fixture gives the same network in the browser as on the command line: counts of
 * actors and relations from the file picker equal `clusterscope inspect --json`. A file from
 * which nothing usable can be read keeps the Import button off, says why, and leaves the network
 * on screen as it was; `inspect` exits 1 on it. The format fixtures and their committed counts
 * are listed in tests/fixtures/io/formats/expected.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { wordingFor } from '../../src/i18n/i18n.ts';
import { waitForNetwork, watchConsole } from './helpers.ts';

/** The counts as the status bar says them in English (singular and plural, thousands grouped). */
function countsText(report: { actorCount: number; relationCount: number }): string {
  return wordingFor('en').t('explorer.status.counts', {
    actors: report.actorCount,
    relations: report.relationCount,
  });
}

const FIXTURES = 'tests/fixtures/io';
const SETS = [
  ['dutch-excel-actoren.csv', 'dutch-excel-relaties.csv'],
  ['windows-1252-edges.csv'],
  ['utf16-unicode-text.txt'],
  ['quoted-newlines.csv'],
  ['survey-three-spellings.csv'],
  ['broken-actors.csv', 'broken-relations.csv'],
  ['workbook-two-sheets.xlsx'],
  ['workbook-survey.xlsx'],
  ['network.gexf'],
  ['network.graphml'],
  ['project.clusterscope.json'],
];

interface Expected {
  files: string[];
  actors: number;
  relations: number;
  outcome: 'complete' | 'partial' | 'failed';
}

const FORMAT_SETS: Expected[] = JSON.parse(readFileSync(`${FIXTURES}/formats/expected.json`, 'utf8'));

function inspect(paths: string[]): {
  code: number | null;
  report: { actorCount: number; relationCount: number };
} {
  const run = spawnSync(process.execPath, ['bin/clusterscope.mjs', 'inspect', '--json', ...paths], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, report: JSON.parse(run.stdout) };
}

/** A project file opens under the name it was saved with; other files under their file names. */
function networkName(files: string[]): string {
  if (files.length === 1 && files[0].endsWith('.clusterscope.json'))
    return JSON.parse(readFileSync(`${FIXTURES}/${files[0]}`, 'utf8')).name;
  return files.map((file) => file.replace(/^.*\//, '')).join(' + ');
}

async function importInBrowser(page: Page, paths: string[], name: string, counts: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(paths);
  const dialog = page.getByRole('dialog', { name: 'Import files' });
  await expect(dialog.getByTestId('import-verdict')).toHaveCount(paths.length, { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('network-name')).toHaveText(name, { timeout: 60_000 });
  await expect(page.getByTestId('network-counts')).toContainText(counts);
}

for (const files of SETS) {
  test(`${files.join(' + ')}: the browser imports what the command line reports`, async ({ page }) => {
    const errors = watchConsole(page);
    const { report } = inspect(files.map((file) => `${FIXTURES}/${file}`));
    expect(report.actorCount).toBeGreaterThan(0);
    await page.goto('/');
    await waitForNetwork(page);
    await importInBrowser(
      page,
      files.map((file) => `${FIXTURES}/${file}`),
      networkName(files),
      countsText(report),
    );
    expect(errors).toEqual([]);
  });
}

test.describe('format fixtures: the file picker and inspect agree', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let errors: string[];

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    errors = watchConsole(page);
    await page.goto('/');
    await waitForNetwork(page);
  });

  test.afterAll(async () => {
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const expected of FORMAT_SETS) {
    const paths = expected.files.map((file) => `${FIXTURES}/formats/${file}`);
    test(`${expected.files.join(' + ')}: ${expected.outcome}`, async () => {
      const { code, report } = inspect(paths);
      expect([report.actorCount, report.relationCount]).toEqual([expected.actors, expected.relations]);
      if (expected.outcome !== 'failed') {
        expect(code).toBe(0);
        await importInBrowser(page, paths, networkName(expected.files), countsText(report));
        return;
      }
      // Nothing usable: inspect exits 1; the dialog says why, Import stays off, the network stays.
      expect(code).toBe(1);
      const before = await page.getByTestId('network-name').textContent();
      await page.getByTestId('file-input').setInputFiles(paths);
      const dialog = page.getByRole('dialog', { name: 'Import files' });
      await expect(dialog.getByTestId('import-blocked')).toBeVisible({ timeout: 60_000 });
      await expect(dialog.locator('[data-testid="import-verdict"][data-tone="failed"]').first()).toHaveText(
        /\w/,
      );
      await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByTestId('network-name')).toHaveText(before ?? '');
    });
  }
});
