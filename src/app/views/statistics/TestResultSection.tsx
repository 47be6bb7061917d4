/**
 * A test's result in words, figures and pictures: the sentence of each statistic in the reader's
 * language, a table of the observed values with their p-values and Monte Carlo standard errors,
 * the permutation distribution of each statistic, the CSV export (the bytes `clusterscope test`
 * writes) and the command line that gives the same numbers.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { renderSentence, type Sentence } from '../../../analysis/statistics/sentences.ts';
import type { AnyTest, StatisticSubject, TestResult } from '../../../analysis/statistics/types.ts';
import { download } from '../../download.ts';
import { fileSafeName } from '../../file-names.ts';
import { useExplorer } from '../../store.ts';
import { testCommandLine } from './command-line.ts';
import { resultCsv } from './csv.ts';
import { NullDistributionChart } from './NullDistributionChart.tsx';
import { statisticRows } from './rows.ts';
import type { HeldTest } from './statistics-store.ts';

function useSentence(): (sentence: Sentence) => string {
  const { t, i18n } = useTranslation();
  return (sentence) =>
    renderSentence(sentence, {
      locale: i18n.language,
      translate: (message, params) => t(`statistics.sentence.${message}`, params),
    });
}

function useSubjectName(): (subject: StatisticSubject) => string {
  const { t } = useTranslation();
  return (subject) => {
    switch (subject.kind) {
      case 'network':
        return t('statistics.subjectNetwork');
      case 'group':
        return subject.group;
      case 'term':
        return subject.term;
      case 'role':
        return t(`statistics.sentence.role.${subject.role}`);
    }
  };
}

/** Memoised: typing in the options form redraws the form, not a result of many rows. */
export const TestResultSection = memo(function TestResultSection({
  test,
  held,
}: {
  test: AnyTest;
  held: HeldTest;
}) {
  const { t, i18n } = useTranslation();
  const sentence = useSentence();
  const subjectName = useSubjectName();
  const networkName = useExplorer((state) => state.networkName);
  const files = useExplorer((state) => state.sourceFiles);
  const filtered = useExplorer((state) => state.timeWindow !== null || state.ecosystem !== state.source);
  const { result } = held.outcome;
  const rows = statisticRows(result.statistics, i18n.language);
  const said = result.statistics.filter((statistic) => statistic.sentence !== null);
  return (
    <section
      className="statistics-section"
      aria-labelledby="statistics-result-title"
      data-testid="statistics-result"
    >
      <h3 id="statistics-result-title">{t('statistics.result')}</h3>
      <p className="muted small">
        {t('statistics.permutationsRun', { permutations: result.permutations, seed: result.seed })}
      </p>
      <div className="statistics-sentences" data-testid="statistics-sentences">
        {said.length > 0 && (
          <p className="statistics-headline" data-testid="statistics-sentence">
            {sentence(said[0].sentence as Sentence)}
          </p>
        )}
        {said.length > 1 && (
          <details>
            <summary>{t('statistics.moreSentences', { count: said.length - 1 })}</summary>
            {said.slice(1).map((statistic) => (
              <p key={statistic.id}>{sentence(statistic.sentence as Sentence)}</p>
            ))}
          </details>
        )}
      </div>
      <DistributionCharts result={result} subjectName={subjectName} part="first" />
      <div className="statistics-table-scroll">
        <table className="statistics-table" data-testid="statistics-table">
          <thead>
            <tr>
              <th scope="col">{t('statistics.statistic')}</th>
              <th scope="col">{t('statistics.observed')}</th>
              <th scope="col">{t('statistics.nullMean')}</th>
              <th scope="col">{t('statistics.z')}</th>
              <th scope="col">{t('statistics.pGreater')}</th>
              <th scope="col">{t('statistics.pLess')}</th>
              <th scope="col">{t('statistics.pTwoSided')}</th>
              <th scope="col">{t('statistics.standardError')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid="statistic-row" data-statistic={row.id}>
                <th scope="row">{subjectName(row.subject)}</th>
                <td data-testid="statistic-observed">{row.observed ?? t('statistics.undefinedStatistic')}</td>
                <td>{row.nullMean ?? '–'}</td>
                <td>{row.z ?? '–'}</td>
                <td>{row.pGreater ?? '–'}</td>
                <td>{row.pLess ?? '–'}</td>
                <td>{row.pTwoSided ?? '–'}</td>
                <td>{row.standardError === null ? '–' : `± ${row.standardError}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DistributionCharts result={result} subjectName={subjectName} part="rest" />
      <div className="statistics-export">
        <button
          type="button"
          data-testid="statistics-export"
          onClick={() =>
            download(
              `${fileSafeName(networkName)}-${result.test}.csv`,
              resultCsv(result),
              'text/csv;charset=utf-8',
            )
          }
        >
          {t('statistics.export')}
        </button>
      </div>
      <div className="statistics-reproduce">
        <h4>{t('statistics.reproduce')}</h4>
        <pre data-testid="statistics-command">
          <code>
            {testCommandLine(
              test,
              held.request,
              files.map((file) => file.name),
            )}
          </code>
        </pre>
        <p className="muted small">
          {filtered ? t('statistics.filteredNote') : t('statistics.reproduceNote')}
        </p>
      </div>
    </section>
  );
});

/**
 * The first statistic's distribution (the network's, or the first term's or role's) always; the
 * others, one per group for E-I by a field with many values, on request.
 */
function DistributionCharts({
  result,
  subjectName,
  part,
}: {
  result: TestResult;
  subjectName: (subject: StatisticSubject) => string;
  part: 'first' | 'rest';
}) {
  const { t } = useTranslation();
  const charted = result.statistics.filter((statistic) => statistic.histogram !== null);
  const chart = (statistic: (typeof charted)[number]) => (
    <NullDistributionChart
      key={statistic.id}
      name={subjectName(statistic.subject)}
      histogram={statistic.histogram as NonNullable<typeof statistic.histogram>}
      observed={statistic.observed}
      draws={statistic.draws}
    />
  );
  if (charted.length === 0) return null;
  const [first, ...rest] = charted;
  if (part === 'first') return <div className="statistics-charts">{chart(first)}</div>;
  if (rest.length === 0) return null;
  return (
    <details className="statistics-more-charts">
      <summary>{t('statistics.moreCharts', { count: rest.length })}</summary>
      <div className="statistics-charts">{rest.map(chart)}</div>
    </details>
  );
}
