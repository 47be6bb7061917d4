/**
 * The timeline: a brush over the years in which something is active (the pipeline worker lists
 * them at load) that sets the session's time window, steps of one year back and forth, and Play,
 * which walks the window through the years, waiting for each recomputation to finish. The
 * snapshot itself is built in the pipeline worker (stages.ts); actors keep their places, so the
 * network can be watched growing and shrinking. Hidden when nothing in the network is dated.
 */

import { useEffect, useRef, useState } from 'react';
import type { Phrase } from '../../i18n/phrase.ts';
import type { TimeWindow } from '../../model/period.ts';
import { labelStride } from '../charts/axis.ts';
import { useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { play } from './play.ts';
import { moveEnd, nextStep, previousStep, rangeOf, type StopRange, windowOf } from './timeline.ts';
import './timeline.css';

/** How long a step stays on screen at least while playing, once it is computed. */
const DWELL_MILLISECONDS = 800;
/** Room for one year's label on the track, in pixels (the track is about 300 pixels wide). */
// The narrowest the track gets beside the other controls; year labels are spaced for it.
const TRACK_PIXELS = 200;

/** Resolves once the pipeline is idle again: true when it committed, false when it failed. */
function pipelineSettled(): Promise<boolean> {
  return new Promise((resolve) => {
    let unsubscribe = () => {};
    const check = (state: { computing: boolean; error: Phrase | null; phase: string }) => {
      if (state.computing && state.phase === 'ready') return;
      unsubscribe();
      resolve(state.error === null && state.phase === 'ready');
    };
    unsubscribe = useExplorer.subscribe(check);
    check(useExplorer.getState());
  });
}

function label(window: TimeWindow): string {
  return window.from === window.to ? String(window.from) : `${window.from}–${window.to}`;
}

export function Timeline() {
  const { t } = useWording();
  const years = useExplorer((state) => state.years);
  const source = useExplorer((state) => state.source);
  const timeWindow = useExplorer((state) => state.timeWindow);
  const setTimeWindow = useExplorer((state) => state.setTimeWindow);
  const computing = useExplorer((state) => state.computing);
  const [playing, setPlaying] = useState(false);
  const player = useRef<AbortController | null>(null);

  const stop = () => {
    player.current?.abort();
    player.current = null;
    setPlaying(false);
  };
  // A new network, or leaving the page, ends the play.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the source is the trigger, not a value read
  useEffect(() => stop, [source]);

  if (!source || years.length === 0) return null;
  const range = rangeOf(years, timeWindow);
  const last = years.length - 1;
  const setRange = (next: StopRange) => {
    if (playing) stop();
    setTimeWindow(windowOf(years, next));
  };
  const step = (move: typeof nextStep) => {
    const current = timeWindow ?? { from: years[range.from], to: years[range.to] };
    const next = move(years, current);
    if (next) setRange(rangeOf(years, next));
  };
  const start = () => {
    const controller = new AbortController();
    player.current = controller;
    setPlaying(true);
    void play(
      {
        years,
        current: () => useExplorer.getState().timeWindow,
        show: (window) => useExplorer.getState().setTimeWindow(window),
        settled: pipelineSettled,
        dwell: () => new Promise((resolve) => setTimeout(resolve, DWELL_MILLISECONDS)),
      },
      controller.signal,
    ).finally(() => {
      if (player.current === controller) {
        player.current = null;
        setPlaying(false);
      }
    });
  };
  const stride = labelStride(TRACK_PIXELS / Math.max(1, years.length), 4);
  const percent = (stop: number) => (last === 0 ? 0 : (stop / last) * 100);
  const windowText = label({ from: years[range.from], to: years[range.to] });

  return (
    <fieldset className="timeline" data-testid="timeline" data-playing={playing}>
      <legend className="visually-hidden">{t('timeline.label')}</legend>
      <div className="timeline-controls">
        <button
          type="button"
          className="timeline-play"
          data-testid="timeline-play"
          aria-pressed={playing}
          aria-label={playing ? t('timeline.stop') : t('timeline.play')}
          title={playing ? t('timeline.stop') : t('timeline.play')}
          disabled={years.length < 2}
          onClick={() => (playing ? stop() : start())}
        >
          {playing ? '■' : '▶'}
        </button>
        <button
          type="button"
          aria-label={t('timeline.previous')}
          title={t('timeline.previous')}
          disabled={range.from === 0 || timeWindow === null}
          onClick={() => step(previousStep)}
        >
          ‹
        </button>
        <button
          type="button"
          aria-label={t('timeline.next')}
          title={t('timeline.next')}
          disabled={range.to === last || timeWindow === null}
          onClick={() => step(nextStep)}
        >
          ›
        </button>
        <button
          type="button"
          aria-pressed={timeWindow === null}
          disabled={timeWindow === null}
          onClick={() => setRange({ from: 0, to: last })}
        >
          {t('timeline.allButton')}
        </button>
        <output className="timeline-window" data-testid="timeline-window" aria-live="polite">
          {windowText}
        </output>
        {computing && <span className="muted timeline-busy">{t('timeline.computing')}</span>}
      </div>
      <div className="timeline-track">
        <div
          className="timeline-band"
          style={{ left: `${percent(range.from)}%`, width: `${percent(range.to) - percent(range.from)}%` }}
        />
        {(['from', 'to'] as const).map((end) => (
          <input
            key={end}
            type="range"
            className={`timeline-thumb timeline-${end}`}
            data-testid={`timeline-${end}`}
            min={0}
            max={last}
            step={1}
            value={range[end]}
            disabled={last === 0}
            aria-label={end === 'from' ? t('timeline.first') : t('timeline.last')}
            aria-valuetext={String(years[range[end]])}
            onChange={(event) => setRange(moveEnd(range, end, Number(event.target.value)))}
          />
        ))}
        <div className="timeline-ticks" aria-hidden="true">
          {years.map((year, stop) =>
            // Every stride-th year, and the last, never so close to it that the two overlap.
            stop === last || (stop % stride === 0 && last - stop >= stride) ? (
              <span key={year} style={{ left: `${percent(stop)}%` }}>
                {year}
              </span>
            ) : null,
          )}
        </div>
      </div>
    </fieldset>
  );
}
