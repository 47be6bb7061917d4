/**
 * One suggestion: the two actors (each opens its profile and brings it into view), what kind
 * of suggestion it is, both scorers' values, and the reason in words.
 */
import type { PlacedLink } from './filter.ts';
import { formatScore, SUGGESTION_KIND_LABELS } from './format.ts';

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
  const pair = `${link.sourceLabel} – ${link.targetLabel}`;
  return (
    <li
      className={`link-suggestion${drawn ? ' link-drawn' : ''}`}
      data-testid="link-suggestion"
      data-source={sourceId}
      data-target={targetId}
      data-kind={link.kind}
    >
      <div className="link-pair">
        <button type="button" className="link-actor" onClick={() => onOpenActor(link.source)}>
          {link.sourceLabel}
        </button>
        <span aria-hidden="true">↔</span>
        <span className="visually-hidden">and</span>
        <button type="button" className="link-actor" onClick={() => onOpenActor(link.target)}>
          {link.targetLabel}
        </button>
        <span className={`link-kind link-kind-${link.kind}`}>{SUGGESTION_KIND_LABELS[link.kind]}</span>
      </div>
      <p className="link-reason">{link.reason}</p>
      <div className="link-figures">
        <span title={String(link.adamicAdar)}>
          Adamic–Adar <strong>{formatScore(link.adamicAdar)}</strong>
        </span>
        <span title={String(link.resourceAllocation)}>
          Resource allocation <strong>{formatScore(link.resourceAllocation)}</strong>
        </span>
        {place && <span className="muted">{place}</span>}
        <button
          type="button"
          className="link-draw"
          aria-pressed={drawn}
          aria-label={`Draw ${pair} on the map`}
          onClick={() => onDraw(link)}
        >
          Draw
        </button>
      </div>
    </li>
  );
}
