/**
 * Which communities talk to which: the pairs of communities with the most ties between them,
 * or, when a community is chosen, the communities it is tied to. A bar gives each count its
 * weight against the busiest pair; a click points both communities out on the map.
 */
import { countOf, formatCount } from '../../charts/format.ts';
import { type CommunityLinks, type CommunityPair, linksOf } from './community-links.ts';
import { communityName } from './community-rows.ts';

/** Enough pairs to see the backbone between communities without a long list to scroll. */
const PAIRS_SHOWN = 12;

export function CommunityLinksList({
  links,
  chosen,
  onChoosePair,
}: {
  links: CommunityLinks;
  chosen: number | null;
  onChoosePair: (pair: CommunityPair) => void;
}) {
  const pairs = chosen === null ? links.pairs.slice(0, PAIRS_SHOWN) : linksOf(links, chosen);
  const busiest = Math.max(1, ...pairs.map((pair) => pair.ties));
  return (
    <section
      className="clusters-section"
      data-testid="community-links"
      aria-labelledby="community-links-title"
    >
      <h2 id="community-links-title">
        {chosen === null
          ? 'Ties between communities'
          : `Ties of ${communityName(chosen)} with other communities`}
      </h2>
      {pairs.length === 0 ? (
        <p className="muted">
          No ties run between {chosen === null ? 'communities' : 'this community and another'}.
        </p>
      ) : (
        <ol className="community-links">
          {pairs.map((pair) => (
            <li key={`${pair.first}-${pair.second}`}>
              <button
                type="button"
                className="link-button"
                onClick={() => onChoosePair(pair)}
                title="Highlight both communities on the map"
              >
                {communityName(pair.first)} ↔ {communityName(pair.second)}
              </button>
              <span className="community-link-bar" aria-hidden="true">
                <span style={{ width: `${(100 * pair.ties) / busiest}%` }} />
              </span>
              <span className="number">{countOf(pair.ties, 'tie', 'ties')}</span>
            </li>
          ))}
        </ol>
      )}
      {chosen === null && links.pairs.length > PAIRS_SHOWN && (
        <p className="muted small">
          The {PAIRS_SHOWN} busiest of {formatCount(links.pairs.length)} linked pairs; choose a community to
          see all of its links.
        </p>
      )}
    </section>
  );
}
