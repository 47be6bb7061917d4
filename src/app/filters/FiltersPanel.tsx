/**
 * Filter controls: actor and relation kinds, localities, tie strength, a measure range, the ego
 * network of the selected actor and the largest component. The counts of what remains are always
 * in view. Years are not a filter: the timeline (../timeline/) sets the time window.
 */
import { useMemo } from 'react';
import { isOutputId, MEASURES } from '../../analysis/registry.ts';
import { outputLabel } from '../../i18n/registry-texts.ts';
import { ACTOR_KINDS, type ActorKind, RELATION_KINDS, type RelationKind } from '../../model/kinds.ts';
import { DATA, useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { fieldLabel, groupName } from '../words.ts';
import { isFiltering, localityOfActor, NO_FILTERS } from './filters.ts';

const NUMERIC_OUTPUTS = MEASURES.flatMap((measure) => measure.outputs).filter(
  (output) => !output.categories && output.id !== 'community',
);
const MAX_LOCALITIES = 40;

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((item) => item !== value);
}

export function FiltersPanel() {
  const full = useExplorer((state) => state.source);
  const shown = useExplorer((state) => state.ecosystem);
  const filters = useExplorer((state) => state.filters);
  const setFilters = useExplorer((state) => state.setFilters);
  const computing = useExplorer((state) => state.computing);
  const selected = useExplorer((state) => state.selected);
  const localBy = useExplorer((state) => state.analysisSettings.localBy ?? 'region');
  const { t } = useWording();

  const summary = useMemo(() => {
    const actorKinds = new Map<string, number>();
    const relationKinds = new Map<string, number>();
    const localities = new Map<string, number>();
    full?.forEachNode((_key, actor) => {
      actorKinds.set(actor.kind, (actorKinds.get(actor.kind) ?? 0) + 1);
      const locality = localityOfActor(actor.fields, localBy);
      localities.set(locality, (localities.get(locality) ?? 0) + 1);
    });
    full?.forEachEdge((_edge, relation) => {
      relationKinds.set(relation.kind, (relationKinds.get(relation.kind) ?? 0) + 1);
    });
    const topLocalities = [...localities].sort((a, b) => b[1] - a[1]).slice(0, MAX_LOCALITIES);
    return { actorKinds, relationKinds, topLocalities };
  }, [full, localBy]);

  if (!full || !shown) return null;
  const measure = filters.measure;
  return (
    <details className="panel filters" data-testid="filters">
      <summary>
        {t('filters.title')}{' '}
        <span className="muted" data-testid="filter-counts" aria-live="polite">
          {t('filters.counts', {
            actors: shown.order,
            totalActors: full.order,
            relations: shown.size,
            totalRelations: full.size,
          })}
          {computing && t('filters.recomputing')}
        </span>
      </summary>
      <fieldset>
        <legend>{t('filters.actorKinds')}</legend>
        {ACTOR_KINDS.filter((kind) => summary.actorKinds.has(kind)).map((kind: ActorKind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={filters.actorKinds.length === 0 || filters.actorKinds.includes(kind)}
              onChange={(event) => {
                const all = ACTOR_KINDS.filter((candidate) => summary.actorKinds.has(candidate));
                const current = filters.actorKinds.length === 0 ? all : filters.actorKinds;
                const next = toggle(current, kind, event.target.checked);
                setFilters({ actorKinds: next.length === all.length ? [] : next });
              }}
            />
            {t(`kind.actor.${kind}`)} <span className="muted">{summary.actorKinds.get(kind)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.relationKinds')}</legend>
        {RELATION_KINDS.filter((kind) => summary.relationKinds.has(kind)).map((kind: RelationKind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={filters.relationKinds.length === 0 || filters.relationKinds.includes(kind)}
              onChange={(event) => {
                const all = RELATION_KINDS.filter((candidate) => summary.relationKinds.has(candidate));
                const current = filters.relationKinds.length === 0 ? all : filters.relationKinds;
                const next = toggle(current, kind, event.target.checked);
                setFilters({ relationKinds: next.length === all.length ? [] : next });
              }}
            />
            {t(`kind.relation.${kind}`)} <span className="muted">{summary.relationKinds.get(kind)}</span>
          </label>
        ))}
      </fieldset>
      {summary.topLocalities.length > 0 && (
        <fieldset>
          <legend>
            {fieldLabel(t, localBy)} <span className="muted">{t('filters.noneTicked')}</span>
          </legend>
          <div className="locality-list">
            {summary.topLocalities.map(([value, count]) => (
              <label key={value}>
                <input
                  type="checkbox"
                  checked={filters.localities.includes(value)}
                  onChange={(event) =>
                    setFilters({ localities: toggle(filters.localities, value, event.target.checked) })
                  }
                />
                <span {...DATA}>{groupName(t, value)}</span> <span className="muted">{count}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset>
        <legend>{t('filters.ties')}</legend>
        <label>
          {t('filters.minStrength')}
          <input
            type="number"
            min={0}
            step={1}
            value={filters.minStrength}
            aria-label={t('filters.minStrengthLabel')}
            onChange={(event) => setFilters({ minStrength: Number(event.target.value) || 0 })}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('filters.measure')}</legend>
        <select
          aria-label={t('filters.measureLabel')}
          value={measure?.id ?? ''}
          onChange={(event) =>
            setFilters({
              measure: isOutputId(event.target.value)
                ? { id: event.target.value, min: null, max: null }
                : null,
            })
          }
        >
          <option value="">{t('filters.noMeasure')}</option>
          {NUMERIC_OUTPUTS.map((output) => (
            <option key={output.id} value={output.id}>
              {outputLabel(t, output.id)}
            </option>
          ))}
        </select>
        {measure && (
          <div className="year-range">
            <input
              type="number"
              aria-label={t('filters.minLabel')}
              placeholder={t('filters.min')}
              value={measure.min ?? ''}
              onChange={(event) =>
                setFilters({
                  measure: { ...measure, min: event.target.value === '' ? null : Number(event.target.value) },
                })
              }
            />
            –
            <input
              type="number"
              aria-label={t('filters.maxLabel')}
              placeholder={t('filters.max')}
              value={measure.max ?? ''}
              onChange={(event) =>
                setFilters({
                  measure: { ...measure, max: event.target.value === '' ? null : Number(event.target.value) },
                })
              }
            />
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('filters.structure')}</legend>
        <label>
          <input
            type="checkbox"
            checked={filters.ego !== null}
            disabled={!selected && filters.ego === null}
            onChange={(event) =>
              setFilters({ ego: event.target.checked && selected ? { actor: selected, depth: 1 } : null })
            }
          />
          {t('filters.ego')}
        </label>
        {filters.ego && (
          <label>
            {t('filters.steps')}
            <select
              aria-label={t('filters.stepsLabel')}
              value={filters.ego.depth}
              onChange={(event) =>
                setFilters({
                  ego: { ...(filters.ego as { actor: string }), depth: Number(event.target.value) as 1 | 2 },
                })
              }
            >
              <option value={1}>1</option>
              <option value={2}>2</option>
            </select>
          </label>
        )}
        <label>
          <input
            type="checkbox"
            checked={filters.largestComponentOnly}
            onChange={(event) => setFilters({ largestComponentOnly: event.target.checked })}
          />
          {t('filters.largest')}
        </label>
      </fieldset>
      <button type="button" onClick={() => setFilters(NO_FILTERS)} disabled={!isFiltering(filters)}>
        {t('filters.clear')}
      </button>
    </details>
  );
}
