/** Relation ends that name an actor by its label where an id was expected. */
import type { ImportIssue } from '../model/issues.ts';
import type { ActorRecord, RelationRecord } from '../model/records.ts';
import { issue } from './issue.ts';

/**
 * Tables with ids whose relations name actors by their label instead: an endpoint that is no id
 * but exactly one actor's label is read as that actor, and the report says how often.
 */
export function resolveEndpointsByLabel(
  actors: readonly ActorRecord[],
  relations: RelationRecord[],
): ImportIssue[] {
  const ids = new Set(actors.map((actor) => actor.id.trim()));
  const byLabel = new Map<string, string | null>();
  for (const actor of actors) {
    const label = actor.label?.trim();
    if (!label || ids.has(label)) continue;
    byLabel.set(label, byLabel.has(label) ? null : actor.id.trim());
  }
  if (byLabel.size === 0) return [];
  let resolved = 0;
  const resolve = (end: string) => {
    const id = ids.has(end.trim()) ? undefined : byLabel.get(end.trim());
    if (id) resolved++;
    return id ?? end;
  };
  for (const relation of relations) {
    relation.source = resolve(relation.source);
    relation.target = resolve(relation.target);
  }
  return resolved === 0 ? [] : [issue('warning', 'endpoint-by-label', { count: resolved }, {})];
}
