/**
 * How far ties reach: the network's tie lengths in one sentence (the tie-length measure's graph
 * figures) and its distance-decay curve as bars, the share of ties in each distance band (the
 * distance-decay table). Ties with an end without coordinates are counted, never left out.
 */

import { BarChart } from '../../charts/BarChart.tsx';
import { useWording } from '../../i18n.ts';
import { useExplorer } from '../../store.ts';
import { decayBands } from './geography.ts';
import { withinKmOf } from './MapSettingsSection.tsx';

export function DistanceSection() {
  const { t, language } = useWording();
  const analysis = useExplorer((state) => state.analysis);
  const options = useExplorer((state) => state.analysisSettings.options?.['tie-length']);
  if (!analysis) return null;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const graph = analysis.graph;
  const withLength = Number(graph.ties_with_length ?? 0);
  const { bands, withoutLength } = decayBands(analysis.tables.distance_decay);
  const items = bands.map((band) => ({
    key: band.key,
    label:
      band.to === null
        ? t('geography.decay.open', { from: number.format(band.from) })
        : t('geography.decay.band', { from: number.format(band.from), to: number.format(band.to) }),
    value: band.ties,
  }));
  const title = t('geography.decay.title');
  const summary = t('geography.decay.summary', {
    count: withLength,
    bands: bands
      .filter((band) => band.share !== null)
      .map((band, i) => `${items[i].label}: ${percent.format(band.share ?? 0)}`)
      .join('; '),
  });
  return (
    <section
      className="geography-section"
      aria-labelledby="geography-distance-title"
      data-testid="distance-decay"
    >
      <h2 id="geography-distance-title">{t('geography.distance.title')}</h2>
      {withLength === 0 ? (
        <p className="muted">{t('geography.distance.none')}</p>
      ) : (
        <>
          <p>
            {t('geography.distance.median', {
              median: number.format(Number(graph.median_tie_km)),
              mean: number.format(Number(graph.mean_tie_km)),
            })}{' '}
            {t('geography.distance.within', {
              share: percent.format(Number(graph.share_ties_within_km)),
              radius: number.format(withinKmOf(options)),
            })}
          </p>
          <BarChart title={title} items={items} summary={summary} unit="ties" testId="decay-chart" />
        </>
      )}
      {withoutLength > 0 && (
        <p className="muted small">{t('geography.distance.withoutLength', { count: withoutLength })}</p>
      )}
    </section>
  );
}
