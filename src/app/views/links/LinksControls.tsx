/**
 * The choices above the suggestion list: how to rank, which relations count as partnership,
 * which kinds of suggestion, and where the two actors may be. Every control writes the
 * view's settings store; nothing here computes.
 */
import { useId } from 'react';
import { LINK_SUGGESTION_OPTIONS, type RankingScorer } from '../../../analysis/link-suggester.ts';
import type { LocalityRule } from '../../../analysis/locality.ts';
import { choiceLabel } from '../../../i18n/registry-texts.ts';
import type { RelationKind } from '../../../model/kinds.ts';
import { useWording } from '../../i18n.ts';
import { type LocalityChoice, localityChoiceLabels } from './filter.ts';
import { SUGGESTION_KINDS, suggestionKindLabel } from './format.ts';
import { TOP_K_CHOICES, useLinksSettings } from './settings.ts';

interface LinksControlsProps {
  relationKinds: readonly RelationKind[];
  rule: LocalityRule;
  withCoordinates: boolean;
}

export function LinksControls({ relationKinds, rule, withCoordinates }: LinksControlsProps) {
  const settings = useLinksSettings();
  const kindsId = useId();
  const wording = useWording();
  const { t } = wording;
  const localityLabels = localityChoiceLabels(rule, wording);
  return (
    <div className="links-controls">
      <label>
        {t('links.controls.rankBy')}
        <select
          value={settings.scorer}
          onChange={(event) => settings.set({ scorer: event.target.value as RankingScorer })}
        >
          {LINK_SUGGESTION_OPTIONS.scorer.choices.map((scorer) => (
            <option key={scorer} value={scorer}>
              {choiceLabel(t, 'link-suggestions', 'scorer', scorer)}
            </option>
          ))}
        </select>
      </label>
      {relationKinds.length > 1 && (
        <label>
          {t('links.controls.through')}
          <select
            value={settings.relationKind ?? ''}
            onChange={(event) =>
              settings.set({ relationKind: (event.target.value || null) as RelationKind | null })
            }
          >
            <option value="">{t('links.controls.everyRelation')}</option>
            {relationKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.relationsOfKind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('links.controls.place')}
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
          {t('links.controls.atMost')}
          <input
            type="number"
            min={0}
            step={10}
            className="links-km"
            placeholder={t('links.controls.any')}
            value={settings.maxKm ?? ''}
            onChange={(event) => {
              const km = event.target.valueAsNumber;
              settings.set({ maxKm: Number.isFinite(km) && km >= 0 ? km : null });
            }}
          />
          {t('links.controls.kmApart')}
        </label>
      )}
      <label>
        {t('links.controls.top')}
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
        {t('links.controls.ofEachKind')}
      </label>
      <fieldset className="links-kinds" aria-labelledby={kindsId}>
        <span id={kindsId} className="links-kinds-title">
          {t('links.controls.kinds')}
        </span>
        {SUGGESTION_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={settings.kinds.has(kind)}
              onChange={(event) => settings.toggleKind(kind, event.target.checked)}
            />
            {suggestionKindLabel(t, kind)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
