/**
 * The product's own words for the domain's ids — actor and relation kinds, known field names,
 * the missing-value group — in the language on screen. Anything else is the network's data
 * (a kind or field name a file brought, a region's name) and is shown as written.
 */
import { MISSING_GROUP } from '../analysis/groups.ts';
import type { Translate } from '../i18n/i18n.ts';
import { ACTOR_FIELDS, RELATION_FIELDS } from '../model/fields.ts';
import { isActorKind, isRelationKind } from '../model/kinds.ts';

export function actorKindLabel(t: Translate, kind: string): string {
  return isActorKind(kind) ? t(`kind.actor.${kind}`) : kind;
}

export function relationKindLabel(t: Translate, kind: string): string {
  return isRelationKind(kind) ? t(`kind.relation.${kind}`) : kind;
}

/** Field names the product knows (the guide's §4 and the import's columns), so it can name them. */
export const KNOWN_FIELD_NAMES: readonly string[] = [
  'id',
  'label',
  'kind',
  ...ACTOR_FIELDS.map((spec) => spec.name),
  'city',
  'source',
  'target',
  'strength',
  'directed',
  ...RELATION_FIELDS.map((spec) => spec.name),
];

export function isKnownField(name: string): boolean {
  return KNOWN_FIELD_NAMES.includes(name);
}

/** A field's name in words: the product's word for a field it knows, the file's own name otherwise. */
export function fieldLabel(t: Translate, name: string): string {
  return isKnownField(name) ? t(`field.name.${name}`) : name;
}

/** A group's name: the value itself, or the words for "no value" for actors without one. */
export function groupName(t: Translate, group: string): string {
  return group === MISSING_GROUP ? t('common.missingGroup') : group;
}
