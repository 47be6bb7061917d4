/**
 * Copies from the full CORDIS tables (the shared reference data, not part of the repository) the
 * raw rows the Horizon Europe samples and the Horizon 2020 names need, into data/cordis/, so that
 * the sample builders run from a clone alone. Rows are copied unchanged (same columns, same
 * text), filtered and sorted by their ids:
 *
 * - he_participations.csv.gz: every participation in a project with an organisation of a sample
 *   region (all of the project's members, so the builders can apply the size cap themselves);
 * - he_projects.csv.gz: those projects;
 * - he_organisations.csv.gz: the organisations of those projects, and those of the Dutch
 *   Horizon 2020 sample (for their Horizon Europe names);
 * - h2020_org_names_2017.csv.gz: the 2017 names of the Dutch Horizon 2020 sample's organisations.
 *
 *   npx tsx scripts/copy-cordis-rows.ts [SHARED_DATA_DIR]   (default ../shared/data)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { ECOSYSTEM_REGIONS, inRegion, readGzippedCsv } from './lib/cordis.ts';

const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT_DIRECTORY = join(REPOSITORY_ROOT, 'data', 'cordis');

function numericOrder(key: string) {
  return (a: Record<string, string>, b: Record<string, string>) => Number(a[key]) - Number(b[key]);
}

function write(fileName: string, rows: Record<string, string>[], columns: string[]): void {
  // gzipSync writes no timestamp: the same rows give the same bytes.
  const text = `${Papa.unparse(rows, { columns, newline: '\n' })}\n`;
  writeFileSync(join(OUTPUT_DIRECTORY, fileName), gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  console.log(`data/cordis/${fileName}: ${rows.length} rows`);
}

/** The column order of a source file, kept in the copy. */
function header(path: string): string[] {
  const firstLine = gunzipSync(readFileSync(path)).toString('utf8').split('\n', 1)[0];
  return Papa.parse<string[]>(firstLine).data[0];
}

function main(sharedDirectory: string): void {
  const source = (name: string) => join(sharedDirectory, name);
  const organisations = readGzippedCsv(source('cordis_he_organisations.csv.gz'));
  const participations = readGzippedCsv(source('cordis_he_participations.csv.gz'));
  const projects = readGzippedCsv(source('cordis_he_projects.csv.gz'));
  const names2017 = readGzippedCsv(source('cordis_h2020_org_names_2017.csv.gz'));

  const regional = new Set(
    organisations
      .filter((row) => ECOSYSTEM_REGIONS.some((region) => inRegion(region, row.nutsCode)))
      .map((row) => row.organisationID),
  );
  const projectIds = new Set(
    participations.filter((row) => regional.has(row.organisationID)).map((row) => row.projectID),
  );
  const keptParticipations = participations.filter((row) => projectIds.has(row.projectID));
  const h2020Pics = new Set(
    readFileSync(join(REPOSITORY_ROOT, 'sample-networks', 'h2020-nl', 'actors.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',', 1)[0])
      .filter((pic) => pic !== ''),
  );
  const pics = new Set([...keptParticipations.map((row) => row.organisationID), ...h2020Pics]);

  write(
    'he_participations.csv.gz',
    keptParticipations.sort(
      (a, b) => Number(a.projectID) - Number(b.projectID) || Number(a.order) - Number(b.order),
    ),
    header(source('cordis_he_participations.csv.gz')),
  );
  write(
    'he_projects.csv.gz',
    projects.filter((row) => projectIds.has(row.projectID)).sort(numericOrder('projectID')),
    header(source('cordis_he_projects.csv.gz')),
  );
  write(
    'he_organisations.csv.gz',
    organisations.filter((row) => pics.has(row.organisationID)).sort(numericOrder('organisationID')),
    header(source('cordis_he_organisations.csv.gz')),
  );
  write(
    'h2020_org_names_2017.csv.gz',
    names2017.filter((row) => h2020Pics.has(row.organisationID)).sort(numericOrder('organisationID')),
    header(source('cordis_h2020_org_names_2017.csv.gz')),
  );
}

main(resolve(process.argv[2] ?? join(REPOSITORY_ROOT, '..', 'shared', 'data')));
