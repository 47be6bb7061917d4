/**
 * The command line in Dutch, spawned as a user runs it: `--lang nl` or a Dutch locale
 * (LANG=nl_NL.UTF-8, LC_ALL=nl_BE.UTF-8) give the import report, errors and usage texts in Dutch;
 * LC_ALL outranks LANG; column ids and "." decimals in the CSV stay as they are.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, environmentLanguage } from '../../../src/cli/language.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/io');
const DUTCH_EXCEL = [join(FIXTURES, 'dutch-excel-actoren.csv'), join(FIXTURES, 'dutch-excel-relaties.csv')];
const BROKEN = [join(FIXTURES, 'broken-actors.csv'), join(FIXTURES, 'broken-relations.csv')];

function clusterscope(args: string[], locale: Record<string, string> = {}) {
  // The tests run in the C locale (vite.config.ts); each case sets the locale it is about.
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', LANGUAGE: '', ...locale };
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/clusterscope.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Words of the English report and usage texts that must not appear in the Dutch ones (flags aside). */
const ENGLISH =
  /(?<![-\w])(Files|Actors|Relations|Warnings|Errors|Placed|rows|kept|left out|delimiter|Usage|Options|show this help|name at least one file)\b/;

describe('the language of the command line', () => {
  it('is taken from --lang, else LANGUAGE, LC_ALL, LC_MESSAGES and LANG as gettext reads them', () => {
    expect(environmentLanguage({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(environmentLanguage({ LANG: 'nl_BE@euro' })).toBe('nl');
    expect(environmentLanguage({ LC_ALL: 'C.UTF-8', LANG: 'nl_NL.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LC_ALL: '', LC_MESSAGES: 'nl_NL', LANG: 'en_GB' })).toBe('nl');
    expect(environmentLanguage({ LANGUAGE: 'fr:nl', LANG: 'en_GB.UTF-8' })).toBe('nl');
    expect(environmentLanguage({ LANGUAGE: 'nl', LANG: 'C' })).toBe('en');
    expect(environmentLanguage({})).toBe('en');
    expect(chooseLanguage(['inspect', '--lang', 'nl', 'a.csv'], {})).toEqual({
      language: 'nl',
      args: ['inspect', 'a.csv'],
    });
    expect(chooseLanguage(['--lang=en', 'inspect'], { LANG: 'nl_NL' })).toEqual({
      language: 'en',
      args: ['inspect'],
    });
    expect(chooseLanguage(['inspect', '--lang', 'fr'], { LANG: 'nl_NL' })).toMatchObject({
      language: 'nl',
      wrong: 'fr',
    });
    // reproduce's --lang names the script's language: left to the command, the person's stays.
    expect(
      chooseLanguage(['reproduce', 'a.csv', '--lang', 'nl', '--lang', 'python', '--lang=r'], {}),
    ).toEqual({ language: 'nl', args: ['reproduce', 'a.csv', '--lang', 'python', '--lang=r'] });
  });
});

// Each spawn starts node and tsx: allow for a busy machine.
describe('clusterscope in Dutch', { timeout: 90_000 }, () => {
  it('says the import report of a Dutch Excel export in Dutch (--lang nl)', () => {
    const run = clusterscope(['inspect', ...DUTCH_EXCEL, '--lang', 'nl']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('dutch-excel-actoren.csv: actoren, csv, 5 rijen (5 bewaard, 0 weggelaten)');
    expect(run.stdout).toContain('scheidingsteken ";", decimaalteken ",", UTF-8 met BOM');
    expect(run.stdout).toContain('Actoren: 5 (bedrijf 2, kennisinstelling 1, overheid 1, intermediair 1)');
    expect(run.stdout).toContain('5 van 5 relaties zijn gedateerd, 2019–2022.');
    // The files' own headers and the field ids they map to stay as they are.
    expect(run.stdout).toContain('Naam → label, Soort → kind');
    expect(run.stdout).not.toMatch(ENGLISH);
  });

  it('says warnings and errors in Dutch with a Dutch LANG, naming file, row and column', () => {
    const run = clusterscope(['inspect', ...BROKEN], { LANG: 'nl_NL.UTF-8' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Fouten (2)');
    expect(run.stdout).toContain(
      'broken-relations.csv, rij 4, kolom ‘strength’: ‘abc’ in kolom ‘strength’ is niet te lezen als sterkte; leeg gelaten. (unreadable-cell)',
    );
    expect(run.stdout).toContain('Relatie a – b (kennis) komt opnieuw voor; sterktes opgeteld.');
    expect(run.stdout).toContain('4 rijen buiten het netwerk gelaten');
    expect(run.stdout).not.toMatch(ENGLISH);
    // LC_ALL outranks LANG, as in every program of the system.
    const english = clusterscope(['inspect', ...BROKEN], { LANG: 'nl_NL.UTF-8', LC_ALL: 'en_GB.UTF-8' });
    expect(english.stdout).toContain('Errors (2)');
  });

  it('gives usage errors and help in Dutch; flags, ids and values as they are typed', () => {
    const missing = clusterscope(['inspect'], { LC_ALL: 'nl_BE.UTF-8' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('clusterscope inspect: noem ten minste één bestand');
    expect(missing.stderr).toContain('Gebruik: clusterscope inspect <bestand>');
    expect(missing.stderr).toContain('--merge-similar        ook waarschijnlijk dubbele namen samenvoegen');
    expect(missing.stderr).not.toMatch(ENGLISH);
    const wrong = clusterscope(['analyze', ...DUTCH_EXCEL, '--option', 'pagerank.alpha=2', '--lang', 'nl']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      'clusterscope analyze: --option pagerank.alpha mag hoogstens 1 zijn (opgegeven: ‘2’)',
    );
    const help = clusterscope(['--help', '--lang', 'nl']);
    expect(help.stdout).toContain('Opdrachten:');
    expect(help.stdout).toContain('ontbrekende schakels voorstellen');
    const analyzeHelp = clusterscope(['analyze', '--help', '--lang', 'nl']);
    expect(analyzeHelp.stdout).toContain('Opties van maten (--option M.NAAM=WAARDE');
    expect(analyzeHelp.stdout).toMatch(/pagerank\.alpha\s+Dempingsfactor/i);
    const unknownLanguage = clusterscope(['inspect', '--lang', 'fr']);
    expect(unknownLanguage.code).toBe(2);
    expect(unknownLanguage.stderr).toContain('--lang must be en or nl (got "fr")');
  });

  it('keeps the CSV machine-readable: English column ids and "." decimals', () => {
    const run = clusterscope(['analyze', ...DUTCH_EXCEL, '--measures', 'degree,pagerank', '--lang', 'nl']);
    expect(run.code).toBe(0);
    const [header, first] = run.stdout.split('\n');
    expect(header.startsWith('id,label,kind,degree,')).toBe(true);
    expect(first).toMatch(/\d\.\d/);
    expect(first).not.toMatch(/\d,\d{3,}/);
    expect(run.stderr).toContain('Bestanden');
    expect(run.stderr).toMatch(/groepen maten op 5 actoren in \d+,\d\d s/);
  });
});
