/**
 * Every import fixture gives the same network in the browser as on the command line:
 * counts of actors and relations from the file picker equal `clusterscope inspect --json`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { waitForNetwork, watchConsole } from './helpers.ts';

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

function inspect(files: string[]): { actorCount: number; relationCount: number } {
  const run = spawnSync(
    process.execPath,
    ['bin/clusterscope.mjs', 'inspect', '--json', ...files.map((file) => `${FIXTURES}/${file}`)],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return JSON.parse(run.stdout);
}

/** A project file opens under the name it was saved with; other files under their file names. */
function networkName(files: string[]): string {
  if (files.length === 1 && files[0].endsWith('.clusterscope.json'))
    return JSON.parse(readFileSync(`${FIXTURES}/${files[0]}`, 'utf8')).name;
  return files.join(' + ');
}

for (const files of SETS) {
  test(`${files.join(' + ')}: the browser imports what the command line reports`, async ({ page }) => {
    const errors = watchConsole(page);
    const expected = inspect(files);
    expect(expected.actorCount).toBeGreaterThan(0);
    await page.goto('/');
    await waitForNetwork(page);
    await page.getByTestId('file-input').setInputFiles(files.map((file) => `${FIXTURES}/${file}`));
    await page
      .getByRole('dialog', { name: 'Import files' })
      .getByRole('button', { name: 'Import', exact: true })
      .click();
    await expect(page.getByTestId('network-name')).toHaveText(networkName(files), { timeout: 60_000 });
    await expect(page.getByTestId('network-counts')).toContainText(
      `${expected.actorCount} actors · ${expected.relationCount} relations`,
    );
    expect(errors).toEqual([]);
  });
}
