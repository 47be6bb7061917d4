/**
 * One suggestion: the two actors (each opens its profile and brings it into view), what kind
 * of suggestion it is, both scorers' values, and the reason in words.
 */
import { formatFull } from '../../charts/format.ts';
import { DATA, useWording } from '../../i18n.ts';
import type { PlacedLink } from './filter.ts';
import { formatScore, reasonText, suggestionKindLabel } from './format.ts';

interface SuggestionRowProps {
  link: PlacedLink;
  /** Steps, distance and locality in words ("2 steps away · 12 km apart · same region"). */
  place: string;
  sourceId: string;
  targetId: string;
  drawn: boolean;
  onOpenActor(key: string): void;
  onDraw(link: PlacedLink): void;
}

export function SuggestionRow({
  link,
  place,
  sourceId,
  targetId,
  drawn,
  onOpenActor,
  onDraw,
}: SuggestionRowProps) {
  const wording = useWording();
  const { t } = wording;
  return (
    <li
      className={`link-suggestion${drawn ? ' link-drawn' : ''}`}
      data-testid="link-suggestion"
      data-source={sourceId}
      data-target={targetId}
      data-kind={link.kind}
    >
      <div className="link-pair">
        <button type="button" className="link-actor" onClick={() => onOpenActor(link.source)} {...DATA}>
          {link.sourceLabel}
        </button>
        <span aria-hidden="true">↔</span>
        <span className="visually-hidden">{t('links.row.and')}</span>
        <button type="button" className="link-actor" onClick={() => onOpenActor(link.target)} {...DATA}>
          {link.targetLabel}
        </button>
        <span className={`link-kind link-kind-${link.kind}`}>{suggestionKindLabel(t, link.kind)}</span>
      </div>
      <p className="link-reason">{reasonText(link, t)}</p>
      <div className="link-figures">
        <span title={formatFull(link.adamicAdar, wording.language)}>
          {t('links.row.adamicAdar')} <strong>{formatScore(link.adamicAdar, wording)}</strong>
        </span>
        <span title={formatFull(link.resourceAllocation, wording.language)}>
          {t('links.row.resourceAllocation')} <strong>{formatScore(link.resourceAllocation, wording)}</strong>
        </span>
        {place && <span className="muted">{place}</span>}
        <button
          type="button"
          className="link-draw"
          aria-pressed={drawn}
          aria-label={t('links.row.drawPair', { source: link.sourceLabel, target: link.targetLabel })}
          onClick={() => onDraw(link)}
        >
          {t('links.row.draw')}
        </button>
      </div>
    </li>
  );
}
