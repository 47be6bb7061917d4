/**
 * The timeline's stops and steps, on yearly data (2014–2021) and on a survey with two waves
 * (2019, 2023); and the player, which waits for each recomputation before the next step.
 */
import { describe, expect, it } from 'vitest';
import { type Player, play } from '../../../src/app/timeline/play.ts';
import {
  covers,
  moveEnd,
  nextStep,
  playStart,
  previousStep,
  rangeOf,
  spanOf,
  windowOf,
} from '../../../src/app/timeline/timeline.ts';
import type { TimeWindow } from '../../../src/model/period.ts';

const YEARLY = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021];
const WAVES = [2019, 2023];

describe('stops and windows', () => {
  it('the whole network spans every stop, and every stop back is the whole network', () => {
    expect(rangeOf(YEARLY, null)).toEqual({ from: 0, to: 7 });
    expect(windowOf(YEARLY, { from: 0, to: 7 })).toBeNull();
    expect(windowOf(YEARLY, { from: 1, to: 5 })).toEqual({ from: 2015, to: 2019 });
    expect(rangeOf(YEARLY, { from: 2015, to: 2019 })).toEqual({ from: 1, to: 5 });
  });

  it('a window between two waves is shown at the next wave; one beyond the data at its end', () => {
    expect(rangeOf(WAVES, { from: 2020, to: 2022 })).toEqual({ from: 1, to: 1 });
    expect(rangeOf(WAVES, { from: 2030, to: 2031 })).toEqual({ from: 1, to: 1 });
    expect(rangeOf(WAVES, { from: 2000, to: 2001 })).toEqual({ from: 0, to: 0 });
    expect(rangeOf(WAVES, { from: 2019, to: 2019 })).toEqual({ from: 0, to: 0 });
    expect(windowOf(WAVES, { from: 1, to: 1 })).toEqual({ from: 2023, to: 2023 });
  });

  it('moving one end past the other pushes it along instead of inverting the window', () => {
    expect(moveEnd({ from: 2, to: 4 }, 'from', 6)).toEqual({ from: 6, to: 6 });
    expect(moveEnd({ from: 2, to: 4 }, 'to', 1)).toEqual({ from: 1, to: 1 });
    expect(moveEnd({ from: 2, to: 4 }, 'to', 5)).toEqual({ from: 2, to: 5 });
  });

  it('steps keep the width in stops', () => {
    expect(nextStep(YEARLY, { from: 2015, to: 2016 })).toEqual({ from: 2016, to: 2017 });
    expect(nextStep(YEARLY, { from: 2020, to: 2021 })).toBeNull();
    expect(nextStep(WAVES, { from: 2019, to: 2019 })).toEqual({ from: 2023, to: 2023 });
    expect(previousStep(YEARLY, { from: 2015, to: 2015 })).toEqual({ from: 2014, to: 2014 });
    expect(previousStep(YEARLY, { from: 2014, to: 2016 })).toBeNull();
  });

  it('playing starts at the first year from the whole network, and again from the start at the end', () => {
    expect(playStart(YEARLY, null)).toEqual({ from: 2014, to: 2014 });
    expect(playStart(YEARLY, { from: 2017, to: 2017 })).toEqual({ from: 2017, to: 2017 });
    expect(playStart(YEARLY, { from: 2021, to: 2021 })).toEqual({ from: 2014, to: 2014 });
    expect(playStart(YEARLY, { from: 2019, to: 2021 })).toEqual({ from: 2014, to: 2016 });
    expect(playStart([], null)).toBeNull();
  });

  it('the span of two windows, and whether a window holds another', () => {
    expect(spanOf({ from: 2019, to: 2019 }, { from: 2015, to: 2016 })).toEqual({ from: 2015, to: 2019 });
    expect(covers(null, { from: 2015, to: 2019 })).toBe(true);
    expect(covers({ from: 2015, to: 2019 }, { from: 2015, to: 2015 })).toBe(true);
    expect(covers({ from: 2016, to: 2019 }, { from: 2015, to: 2019 })).toBe(false);
  });
});

/** A player over a fake pipeline: each window is committed only when `finish` is called. */
function fakePlayer(years: readonly number[], start: TimeWindow | null) {
  let window = start;
  const shown: string[] = [];
  const pending: ((ok: boolean) => void)[] = [];
  const player: Player = {
    years,
    current: () => window,
    show: (next) => {
      window = next;
      shown.push(`${next.from}-${next.to}`);
    },
    settled: () => new Promise((resolve) => pending.push(resolve)),
    dwell: () => Promise.resolve(),
  };
  const flush = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  /** Commits the window waited for, then lets the player go on as far as it can. */
  const finish = async (ok = true) => {
    await flush();
    pending.shift()?.(ok);
    await flush();
  };
  return { player, shown, finish };
}

describe('play', () => {
  it('shows each stop once, and never the next before the last has been computed', async () => {
    const { player, shown, finish } = fakePlayer(WAVES, null);
    const done = play(player, new AbortController().signal);
    await finish();
    expect(shown).toEqual(['2019-2019', '2023-2023']);
    await finish();
    expect(await done).toBe(2);
  });

  it('waits for the recomputation: nothing moves while the pipeline is busy', async () => {
    const { player, shown, finish } = fakePlayer(YEARLY, { from: 2019, to: 2019 });
    const done = play(player, new AbortController().signal);
    for (let i = 0; i < 50; i++) await Promise.resolve();
    expect(shown).toEqual(['2019-2019']);
    await finish();
    await finish();
    await finish();
    expect(await done).toBe(3);
    expect(shown).toEqual(['2019-2019', '2020-2020', '2021-2021']);
  });

  it('stops when aborted, and when a recomputation fails', async () => {
    const controller = new AbortController();
    const aborted = fakePlayer(YEARLY, null);
    const first = play(aborted.player, controller.signal);
    await aborted.finish();
    controller.abort();
    await aborted.finish();
    expect(await first).toBe(2);

    const failing = fakePlayer(YEARLY, null);
    const second = play(failing.player, new AbortController().signal);
    await failing.finish(false);
    expect(await second).toBe(1);
    expect(failing.shown).toEqual(['2014-2014']);
  });

  it('stops when the window on screen is no longer the one it showed (a cancelled recomputation)', async () => {
    const { player, shown, finish } = fakePlayer(YEARLY, null);
    const cancelled = { ...player, current: () => ({ from: 2021, to: 2021 }) };
    const done = play(cancelled, new AbortController().signal);
    await finish();
    expect(await done).toBe(1);
    expect(shown).toEqual(['2014-2014']);
  });
});
