/**
 * Missing links, for innovation brokers: whom the selected actor could meet, or the most
 * promising introductions across the network, each with its scores and its reason in words.
 * Suggestions are computed in the links worker; this view filters, draws and exports them.
 */
import { useEffect, useMemo } from 'react';
import { localityRule } from '../../analysis/locality.ts';
import type { Translate, Wording } from '../../i18n/i18n.ts';
import { actorId, type Ecosystem } from '../../model/ecosystem.ts';
import { RELATION_KINDS, type RelationKind } from '../../model/kinds.ts';
import { focusActor } from '../canvas/renderer.ts';
import { download } from '../download.ts';
import { useWording } from '../i18n.ts';
import { type ProposedTie, useExplorer } from '../store.ts';
import { linksCsv, linksFileName } from './links/csv.ts';
import {
  filterLinks,
  hasCoordinates,
  localityChoiceLabels,
  type PlacedLink,
  placeLinks,
  topOfEachKind,
} from './links/filter.ts';
import { placeText, proposedTieLabel } from './links/format.ts';
import { LinksControls } from './links/LinksControls.tsx';
import { LinksModeChoice } from './links/LinksModeChoice.tsx';
import { SuggestionRow } from './links/SuggestionRow.tsx';
import { poolSize, useLinksSettings } from './links/settings.ts';
import { type SuggestionsState, useLinkSuggestions } from './links/useLinkSuggestions.ts';
import './views.css';
import './links/links.css';

export function LinksView() {
  const ecosystem = useExplorer((state) => state.ecosystem);
  // Drawn ties belong to this view: leaving it takes them off the map.
  useEffect(() => () => useExplorer.getState().setProposedTies([]), []);
  const { t } = useWording();
  if (!ecosystem)
    return (
      <section className="view links-view" data-testid="links-view" aria-label={t('links.label')}>
        <p className="muted view-empty">{t('common.openNetworkFirst')}</p>
      </section>
    );
  return <Links ecosystem={ecosystem} />;
}

function openActor(key: string): void {
  useExplorer.getState().select(key);
  focusActor(key);
}

function tieOf(link: PlacedLink, t: Translate): ProposedTie {
  return { source: link.source, target: link.target, label: proposedTieLabel(link, t) };
}

function relationKindsIn(ecosystem: Ecosystem): RelationKind[] {
  const present = new Set<RelationKind>();
  ecosystem.forEachEdge((_edge, attributes) => {
    present.add(attributes.kind);
  });
  return RELATION_KINDS.filter((kind) => present.has(kind));
}

function Links({ ecosystem }: { ecosystem: Ecosystem }) {
  const settings = useLinksSettings();
  const selected = useExplorer((state) => state.selected);
  const analysisSettings = useExplorer((state) => state.analysisSettings);
  const proposedTies = useExplorer((state) => state.proposedTies);
  const networkName = useExplorer((state) => state.networkName);
  const wording = useWording();
  const { t } = wording;

  const relationKinds = useMemo(() => relationKindsIn(ecosystem), [ecosystem]);
  const withCoordinates = useMemo(() => hasCoordinates(ecosystem), [ecosystem]);
  const rule = useMemo(() => localityRule(analysisSettings), [analysisSettings]);
  const localityLabels = localityChoiceLabels(rule, wording);
  const actorKey = selected !== null && ecosystem.hasNode(selected) ? selected : null;
  const relationKind =
    settings.relationKind !== null && relationKinds.includes(settings.relationKind)
      ? settings.relationKind
      : null;
  const query = useMemo(
    () => ({
      scorer: settings.scorer,
      limit: poolSize(settings),
      relationKinds: relationKind ? [relationKind] : null,
    }),
    [settings, relationKind],
  );
  const suggestions = useLinkSuggestions(settings.mode, actorKey, query);

  const placed = useMemo(
    () => (suggestions.status === 'ready' ? placeLinks(ecosystem, suggestions.links, rule) : []),
    [suggestions, ecosystem, rule],
  );
  const shown = useMemo(
    () =>
      topOfEachKind(
        filterLinks(placed, { kinds: settings.kinds, locality: settings.locality, maxKm: settings.maxKm }),
        settings.topK,
      ),
    [placed, settings.kinds, settings.locality, settings.maxKm, settings.topK],
  );

  const drawn = new Set(proposedTies.map((tie) => `${tie.source}\n${tie.target}`));
  const isDrawn = (link: PlacedLink) => drawn.has(`${link.source}\n${link.target}`);
  const setTies = useExplorer.getState().setProposedTies;
  const draw = (link: PlacedLink) => setTies(isDrawn(link) ? [] : [tieOf(link, t)]);
  const actorLabel = actorKey ? ecosystem.getNodeAttribute(actorKey, 'label') : null;
  const exportShown = () =>
    download(
      linksFileName(networkName, settings.mode === 'actor' ? actorLabel : null),
      linksCsv(shown, t),
      'text/csv;charset=utf-8',
    );

  return (
    <section className="view links-view" data-testid="links-view" aria-label={t('links.label')}>
      <div className="links-head">
        <LinksModeChoice />
        <LinksControls relationKinds={relationKinds} rule={rule} withCoordinates={withCoordinates} />
        <div className="links-actions">
          <p className="links-status" aria-live="polite">
            {statusText(suggestions, settings.mode, actorLabel, shown.length, placed.length, wording)}
          </p>
          <button
            type="button"
            disabled={shown.length === 0}
            onClick={() => setTies(shown.map((link) => tieOf(link, t)))}
          >
            {t('links.showOnMap')}
          </button>
          {proposedTies.length > 0 && (
            <button type="button" onClick={() => setTies([])}>
              {t('links.hide')}
            </button>
          )}
          <button
            type="button"
            disabled={shown.length === 0}
            onClick={exportShown}
            title={t('links.exportTitle')}
          >
            {t('links.exportList')}
          </button>
        </div>
      </div>
      <div className="links-body">
        {settings.mode === 'actor' && actorKey === null ? (
          <p className="muted view-empty">{t('links.selectActor')}</p>
        ) : (
          <ol className="links-list">
            {shown.map((link) => (
              <SuggestionRow
                key={`${link.kind}\n${link.source}\n${link.target}`}
                link={link}
                place={placeText(link, localityLabels, wording)}
                sourceId={actorId(link.source)}
                targetId={actorId(link.target)}
                drawn={isDrawn(link)}
                onOpenActor={openActor}
                onDraw={draw}
              />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

function statusText(
  suggestions: SuggestionsState,
  mode: 'actor' | 'network',
  actorLabel: string | null,
  shown: number,
  found: number,
  { t }: Wording,
): string {
  if (suggestions.status === 'computing') return t('links.status.computing');
  if (suggestions.status === 'error') return t('links.status.failed', { detail: suggestions.message });
  if (suggestions.status === 'idle') return '';
  const subject = { mode, actor: actorLabel ?? '' };
  if (found === 0) return t('links.status.none', subject);
  if (shown === 0) return t('links.status.filtered', subject);
  return t('links.status.found', { ...subject, count: shown });
}
