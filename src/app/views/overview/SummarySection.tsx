/** The network in plain language: one short paragraph per topic, words beside their numbers. */
import { useWording } from '../../i18n.ts';
import type { SummaryParagraph } from './network-figures.ts';

export function SummarySection({
  paragraphs,
  analysing,
}: {
  paragraphs: SummaryParagraph[];
  analysing: boolean;
}) {
  const { t } = useWording();
  return (
    <section className="overview-section" aria-labelledby="overview-summary-title">
      <h2 id="overview-summary-title">{t('overview.summary.title')}</h2>
      <div className="overview-summary" data-testid="overview-summary">
        {paragraphs.map((paragraph) => (
          <p key={paragraph.topic} data-topic={paragraph.topic}>
            <strong>{t('overview.summary.heading', { heading: paragraph.heading })}</strong> {paragraph.text}
          </p>
        ))}
        {analysing && <p className="muted">{t('overview.summary.analysing')}</p>}
      </div>
    </section>
  );
}
