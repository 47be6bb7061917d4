/**
 * The choices above the suggestion list: how to rank, which relations count as partnership,
 * which kinds of suggestion, and where the two actors may be. Every control writes the
 * view's settings store; nothing here computes.
 */
import { useId } from 'react';
import { LINK_SUGGESTION_OPTIONS, type RankingScorer } from '../../../analysis/link-suggester.ts';
import type { LocalityRule } from '../../../analysis/locality.ts';
import type { RelationKind } from '../../../model/kinds.ts';
import { RELATION_KIND_LABELS } from '../../../model/kinds.ts';
import { type LocalityChoice, localityChoiceLabels } from './filter.ts';
import { SUGGESTION_KIND_LABELS, SUGGESTION_KINDS } from './format.ts';
import { TOP_K_CHOICES, useLinksSettings } from './settings.ts';

interface LinksControlsProps {
  relationKinds: readonly RelationKind[];
  rule: LocalityRule;
  withCoordinates: boolean;
}

const SCORER_NAMES: Record<RankingScorer, string> = {
  adamic_adar: 'Adamic–Adar',
  resource_allocation: 'Resource allocation',
};

export function LinksControls({ relationKinds, rule, withCoordinates }: LinksControlsProps) {
  const settings = useLinksSettings();
  const kindsId = useId();
  const localityLabels = localityChoiceLabels(rule);
  return (
    <div className="links-controls">
      <label>
        Rank by
        <select
          value={settings.scorer}
          onChange={(event) => settings.set({ scorer: event.target.value as RankingScorer })}
        >
          {LINK_SUGGESTION_OPTIONS.scorer.choices.map((scorer) => (
            <option key={scorer} value={scorer}>
              {SCORER_NAMES[scorer]}
            </option>
          ))}
        </select>
      </label>
      {relationKinds.length > 1 && (
        <label>
          Partners through
          <select
            value={settings.relationKind ?? ''}
            onChange={(event) =>
              settings.set({ relationKind: (event.target.value || null) as RelationKind | null })
            }
          >
            <option value="">every relation</option>
            {relationKinds.map((kind) => (
              <option key={kind} value={kind}>
                {RELATION_KIND_LABELS[kind].toLowerCase()} relations
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Place
        <select
          value={settings.locality}
          onChange={(event) => settings.set({ locality: event.target.value as LocalityChoice })}
        >
          {(['any', 'local', 'external'] as const).map((choice) => (
            <option key={choice} value={choice}>
              {localityLabels[choice]}
            </option>
          ))}
        </select>
      </label>
      {withCoordinates && (
        <label>
          At most
          <input
            type="number"
            min={0}
            step={10}
            className="links-km"
            placeholder="any"
            value={settings.maxKm ?? ''}
            onChange={(event) => {
              const km = event.target.valueAsNumber;
              settings.set({ maxKm: Number.isFinite(km) && km >= 0 ? km : null });
            }}
          />
          km apart
        </label>
      )}
      <label>
        Top
        <select
          value={settings.topK}
          onChange={(event) => settings.set({ topK: Number(event.target.value) })}
        >
          {TOP_K_CHOICES.map((count) => (
            <option key={count} value={count}>
              {count}
            </option>
          ))}
        </select>
        of each kind
      </label>
      <fieldset className="links-kinds" aria-labelledby={kindsId}>
        <span id={kindsId} className="links-kinds-title">
          Kinds
        </span>
        {SUGGESTION_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={settings.kinds.has(kind)}
              onChange={(event) => settings.toggleKind(kind, event.target.checked)}
            />
            {SUGGESTION_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
