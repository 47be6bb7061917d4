import { describe, expect, it } from 'vitest';
import { duration, progressPrinter, timeLeft } from '../../../src/cli/progress-line.ts';
import { formatTimings, StageClock } from '../../../src/cli/stage-clock.ts';
import { wordingFor } from '../../../src/i18n/i18n.ts';

const ENGLISH = wordingFor('en');

describe('progress on standard error', () => {
  it('prints each tenth with the units of the running measure and the time left from the pace', () => {
    let now = 0;
    const lines: string[] = [];
    const printer = progressPrinter(
      (text) => lines.push(text),
      ENGLISH,
      () => now,
    );
    now = 10_000;
    printer.report(0.5, 'paths', { done: 500, total: 1000, unit: 'searches' });
    printer.report(0.55, 'paths', { done: 550, total: 1000, unit: 'searches' });
    expect(lines).toEqual(['analysing… 50% — paths: 500 of 1,000 searches, about 10 s left\n']);
  });

  it('repeats the last state when nothing moved for a while, so a long stage never looks stuck', () => {
    let now = 0;
    const lines: string[] = [];
    const printer = progressPrinter(
      (text) => lines.push(text),
      ENGLISH,
      () => now,
    );
    printer.report(0.31, 'communities');
    now = 5_000;
    printer.heartbeat();
    now = 20_000;
    printer.heartbeat();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^analysing… 31% — communities, about 45 s left/);
  });

  it('says nothing of the time left before the pace means something', () => {
    const { t } = ENGLISH;
    expect(timeLeft(0.01, 60_000, t)).toBe('');
    expect(timeLeft(0.5, 1000, t)).toBe('');
    expect(duration(30, t)).toBe('30 s');
    expect(duration(150, t)).toBe('3 min');
    expect(duration(3 * 3600 + 600, t)).toBe('3 h 10 min');
  });

  it('speaks Dutch: units, the time left and the thousands separator', () => {
    let now = 0;
    const lines: string[] = [];
    const printer = progressPrinter(
      (text) => lines.push(text),
      wordingFor('nl'),
      () => now,
    );
    now = 10_000;
    printer.report(0.5, 'paths', { done: 5000, total: 10000, unit: 'searches' });
    expect(lines).toEqual(['analyseren… 50% — paths: 5.000 van 10.000 zoektochten, nog ongeveer 10 s\n']);
    expect(duration(3 * 3600 + 600, wordingFor('nl').t)).toBe('3 u 10 min');
  });
});

describe('--timings', () => {
  it('lists every stage, each measure under the measure stage, and each worker’s busy share', async () => {
    const clock = new StageClock();
    await clock.time('read', () => 1);
    await clock.time('measures', () => 2);
    const text = formatTimings(
      clock,
      {
        columns: {},
        graph: {},
        tables: {},
        timings: { paths: 1500, degree: 2 },
        spans: { paths: 800, degree: 2 },
        workerBusy: [0, 0],
      },
      ENGLISH,
    );
    expect(text).toMatch(/read/);
    expect(text).toMatch(/paths\s+wall 0\.80 s, cpu 1\.50 s/);
    expect(text.indexOf('paths')).toBeLessThan(text.indexOf('degree'));
    expect(text).toMatch(/worker 2: busy 0\.00 s/);
    expect(text).toMatch(/total/);
  });
});
