/** The network in plain language: one short paragraph per topic, words beside their numbers. */
import type { SummaryParagraph } from './network-figures.ts';

export function SummarySection({
  paragraphs,
  analysing,
}: {
  paragraphs: SummaryParagraph[];
  analysing: boolean;
}) {
  return (
    <section className="overview-section" aria-labelledby="overview-summary-title">
      <h2 id="overview-summary-title">The network in brief</h2>
      <div className="overview-summary" data-testid="overview-summary">
        {paragraphs.map((paragraph) => (
          <p key={paragraph.topic} data-topic={paragraph.topic}>
            <strong>{paragraph.heading}.</strong> {paragraph.text}
          </p>
        ))}
        {analysing && (
          <p className="muted">The analysis is running; the figures on structure follow when it is done.</p>
        )}
      </div>
    </section>
  );
}
