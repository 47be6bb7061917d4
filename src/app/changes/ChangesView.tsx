/**
 * Changes: the network in two windows, A and B, compared — ties entered, left and persisted,
 * churn and tie half-life, actors entering and leaving, changes in rank, community stability,
 * local detachment paths and Giuliani–Bell role transitions. The comparison runs in the pipeline
 * worker on the whole network as read (not the time window or filters on screen), so its numbers
 * are those of `clusterscope compare`; the view says which command gives them.
 */

import { useDeferredValue, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { ActorChanges } from './ActorChanges.tsx';
import { ChangesFigures } from './ChangesFigures.tsx';
import { ChangesPicker } from './ChangesPicker.tsx';
import {
  answers,
  requestFor,
  startComparison,
  stopComparison,
  useChanges,
  useHeldComparison,
} from './changes-store.ts';
import { type ComparisonChoice, defaultChoice } from './choice.ts';
import { DetachmentSection } from './DetachmentSection.tsx';
import { CommunitiesSection, RolesSection } from './StabilitySections.tsx';
import { TieChanges } from './TieChanges.tsx';
import './changes.css';

/** Sets the windows to compare and computes the comparison unless the one held answers it. */
export function choose(choice: ComparisonChoice): void {
  const { analysisSettings } = useExplorer.getState();
  useExplorer.setState({ comparison: choice });
  const { held, status } = useChanges.getState();
  if (answers(held, requestFor(choice, analysisSettings)) && status !== 'computing') return;
  void startComparison(choice);
}

export function ChangesView() {
  const { t } = useWording();
  const registry = useTranslation('registry').t;
  const source = useExplorer((state) => state.source);
  const years = useExplorer((state) => state.years);
  const saved = useExplorer((state) => state.comparison);
  const settings = useExplorer((state) => state.analysisSettings);
  const status = useChanges((state) => state.status);
  const progress = useChanges((state) => state.progress);
  const measureId = useChanges((state) => state.measureId);
  const error = useChanges((state) => state.error);
  // A new result is rendered in the background, in slices, so the page stays responsive while
  // the sections of a large comparison are built.
  const held = useDeferredValue(useHeldComparison());

  // A session that was saved with a comparison shows it again when it is opened.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when a network opens
  useEffect(() => {
    const { comparison } = useExplorer.getState();
    const state = useChanges.getState();
    if (comparison && state.status !== 'computing') choose(comparison);
  }, [source]);

  if (!source) return <p className="muted view-empty">{t('changes.empty')}</p>;
  if (years.length < 2)
    return (
      <section className="view changes-view" data-testid="changes-view" aria-label={t('changes.title')}>
        <p className="muted view-empty">{t('changes.undated', { count: years.length })}</p>
      </section>
    );
  const choice = saved ?? (defaultChoice(years) as ComparisonChoice);
  const request = requestFor(choice, settings);
  const current = held !== null && answers(held, request);
  return (
    <section className="view changes-view" data-testid="changes-view" aria-label={t('changes.title')}>
      <div className="changes-head">
        <h2>{t('changes.title')}</h2>
        <p className="muted small">{t('changes.intro')}</p>
        <ChangesPicker years={years} choice={choice} onCompare={choose} busy={status === 'computing'} />
        <div className="changes-status" aria-live="polite" data-testid="changes-status" data-status={status}>
          {status === 'computing' && (
            <>
              <label>
                {measureId ? registry(`measure.${measureId}.label`) : t('changes.preparing')}
                <progress value={progress} max={1} />
              </label>
              <button type="button" onClick={stopComparison}>
                {t('changes.cancel')}
              </button>
            </>
          )}
          {status === 'error' && <p role="alert">{t('changes.failed', { message: error ?? '' })}</p>}
          {held && !current && status !== 'computing' && (
            <p>
              {t('changes.outdated')}{' '}
              <button type="button" onClick={() => choose(choice)}>
                {t('changes.compareAgain')}
              </button>
            </p>
          )}
        </div>
      </div>
      {held && (
        <div className="changes-body" data-testid="changes-result">
          <ChangesFigures held={held} />
          <TieChanges held={held} />
          <ActorChanges
            held={held}
            rankBy={choice.rankBy}
            onRankBy={(rankBy) => choose({ ...choice, rankBy })}
          />
          <CommunitiesSection held={held} />
          <DetachmentSection held={held} />
          <RolesSection held={held} />
        </div>
      )}
    </section>
  );
}
