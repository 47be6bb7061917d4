/**
 * Actor and relation kinds of an inter-firm ecosystem (design guide §4).
 * Everything else in the product speaks these words; io/ maps file values onto them.
 */

export const ACTOR_KINDS = ['firm', 'knowledge', 'government', 'intermediary', 'other'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const RELATION_KINDS = [
  'supply',
  'knowledge',
  'cooperation',
  'government',
  'intermediary',
  'competitor',
  'ownership',
  'other',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  firm: 'Firm',
  knowledge: 'Knowledge institution',
  government: 'Government',
  intermediary: 'Intermediary',
  other: 'Other',
};

export const RELATION_KIND_LABELS: Record<RelationKind, string> = {
  supply: 'Supply',
  knowledge: 'Knowledge',
  cooperation: 'Cooperation',
  government: 'Government',
  intermediary: 'Intermediary',
  competitor: 'Competitor',
  ownership: 'Ownership',
  other: 'Other',
};

/**
 * Relations that have a direction unless a file says otherwise: goods flow from supplier
 * to client, control from parent to subsidiary. The rest are mutual by nature.
 */
export const DIRECTED_BY_DEFAULT: ReadonlySet<RelationKind> = new Set<RelationKind>(['supply', 'ownership']);

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** Contact frequency as tie strength: daily 5, weekly 4, monthly 3, yearly 2, rarer 1. */
export const FREQUENCY_STRENGTH = { daily: 5, weekly: 4, monthly: 3, yearly: 2, rarely: 1 } as const;

export function isActorKind(value: string): value is ActorKind {
  return (ACTOR_KINDS as readonly string[]).includes(value);
}

export function isRelationKind(value: string): value is RelationKind {
  return (RELATION_KINDS as readonly string[]).includes(value);
}

/** Size class from a head count: micro < 10, small < 50, medium < 250, large otherwise. */
export function sizeClassOf(employees: number): SizeClass {
  if (employees < 10) return 'micro';
  if (employees < 50) return 'small';
  if (employees < 250) return 'medium';
  return 'large';
}
