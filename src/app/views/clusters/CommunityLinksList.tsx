/**
 * Which communities talk to which: the pairs of communities with the most ties between them,
 * or, when a community is chosen, the communities it is tied to. A bar gives each count its
 * weight against the busiest pair; a click points both communities out on the map.
 */
import { useWording } from '../../i18n.ts';
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
  const { t } = useWording();
  return (
    <section
      className="clusters-section"
      data-testid="community-links"
      aria-labelledby="community-links-title"
    >
      <h2 id="community-links-title">
        {chosen === null
          ? t('clusters.links.title')
          : t('clusters.links.titleOf', { name: communityName(t, chosen) })}
      </h2>
      {pairs.length === 0 ? (
        <p className="muted">{chosen === null ? t('clusters.links.none') : t('clusters.links.noneOf')}</p>
      ) : (
        <ol className="community-links">
          {pairs.map((pair) => (
            <li key={`${pair.first}-${pair.second}`}>
              <button
                type="button"
                className="link-button"
                onClick={() => onChoosePair(pair)}
                title={t('clusters.links.highlight')}
              >
                {t('clusters.links.pair', {
                  first: communityName(t, pair.first),
                  second: communityName(t, pair.second),
                })}
              </button>
              <span className="community-link-bar" aria-hidden="true">
                <span style={{ width: `${(100 * pair.ties) / busiest}%` }} />
              </span>
              <span className="number">{t('common.ties', { count: pair.ties })}</span>
            </li>
          ))}
        </ol>
      )}
      {chosen === null && links.pairs.length > PAIRS_SHOWN && (
        <p className="muted small">
          {t('clusters.links.more', { shown: PAIRS_SHOWN, total: links.pairs.length })}
        </p>
      )}
    </section>
  );
}
