/**
 * Statistics: tests against chance on the network on screen. The researcher picks a test from
 * the statistics registry, sets its declared options, and runs it in the pipeline worker (progress,
 * cancel; a new network, time window or filter drops a result that no longer fits). The result
 * reads as sentences in the reader's language, a table of p-values with their Monte Carlo
 * standard errors, and a histogram of each permutation distribution; beside it the mixing matrix
 * of the test's grouping field and the core/periphery fit of the network.
 */
import { useTranslation } from 'react-i18next';
import { TESTS, testById } from '../../analysis/statistics/registry.ts';
import { useExplorer } from '../store.ts';
import { CorePeripherySection } from './statistics/CorePeripherySection.tsx';
import { sameRequest, testForm } from './statistics/form.ts';
import { MixingMatrix } from './statistics/MixingMatrix.tsx';
import {
  chooseTest,
  startTest,
  stopTest,
  useHeldTest,
  useStatistics,
} from './statistics/statistics-store.ts';
import { TestOptionsForm } from './statistics/TestOptionsForm.tsx';
import { TestResultSection } from './statistics/TestResultSection.tsx';
import './statistics/statistics.css';

export function StatisticsView() {
  const { t } = useTranslation();
  const registry = useTranslation('registry').t;
  const ecosystem = useExplorer((state) => state.ecosystem);
  const computing = useExplorer((state) => state.computing);
  const { testId, drafts } = useExplorer((state) => state.statistics);
  const status = useStatistics((state) => state.status);
  const error = useStatistics((state) => state.error);
  const held = useHeldTest();
  if (!ecosystem) return <p className="muted view-empty">{t('statistics.empty')}</p>;
  const test = testById(testId) ?? TESTS[0];
  const form = testForm(test, drafts[test.id] ?? {});
  const shownTest = held ? (testById(held.request.testId) ?? test) : test;
  const running = status === 'running';
  const outdated = held !== null && (form.request === null || !sameRequest(held.request, form.request));

  return (
    <section
      className="view view-scroll statistics-view"
      data-testid="statistics-view"
      aria-label={t('statistics.title')}
    >
      <h2>{t('statistics.title')}</h2>
      <p className="muted small">{t('statistics.intro')}</p>
      <form
        className="statistics-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (form.request && !running && !computing) void startTest(form.request);
        }}
      >
        <label className="statistics-test-choice">
          {t('statistics.test')}{' '}
          <select
            data-testid="test-select"
            value={test.id}
            onChange={(event) => chooseTest(event.target.value)}
          >
            {TESTS.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {registry(`test.${entry.id}.label`)}
              </option>
            ))}
          </select>
        </label>
        <details className="statistics-method">
          <summary>{t('statistics.method')}</summary>
          <p className="small">{registry(`test.${test.id}.method`)}</p>
        </details>
        <TestOptionsForm test={test} form={form} />
        <div
          className="statistics-actions"
          aria-live="polite"
          data-testid="statistics-status"
          data-status={status}
        >
          <button
            type="submit"
            data-testid="run-test"
            disabled={form.request === null || running || computing}
          >
            {t('statistics.run')}
          </button>
          {running && <TestProgress />}
          {status === 'error' && <p role="alert">{t('statistics.failed', { message: error ?? '' })}</p>}
          {outdated && !running && <p className="muted">{t('statistics.outdated')}</p>}
        </div>
      </form>
      {held && <TestResultSection test={shownTest} held={held} />}
      {held?.outcome.mixing && <MixingMatrix mixing={held.outcome.mixing} />}
      <CorePeripherySection />
    </section>
  );
}

/**
 * The progress bar and the cancel button, on their own: only they follow the progress, so a
 * result on screen (a table, charts, a mixing matrix of many groups) is not drawn again each step.
 */
function TestProgress() {
  const { t } = useTranslation();
  const progress = useStatistics((state) => state.progress);
  return (
    <>
      <label>
        {t('statistics.running')} <progress data-testid="test-progress" value={progress} max={1} />
      </label>
      <button type="button" data-testid="cancel-test" onClick={stopTest}>
        {t('statistics.cancel')}
      </button>
    </>
  );
}
