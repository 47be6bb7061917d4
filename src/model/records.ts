/**
 * Records: the plain rows that io/ readers produce and the model turns into an Ecosystem.
 * Values are already typed (numbers, booleans) but kinds are still the words of the file.
 */
import type { FieldValue } from './fields.ts';
import type { Origin } from './issues.ts';

export interface ActorRecord {
  id: string;
  label?: string;
  /** Actor kind as written in the file; unknown words become `other` with a warning. */
  kind?: string;
  fields?: Record<string, FieldValue>;
  origin?: Origin;
}

export interface RelationRecord {
  source: string;
  target: string;
  /** Relation kind as written in the file; unknown words become `other` with a warning. */
  kind?: string;
  /** Tie strength; missing means 1. */
  strength?: number | null;
  /** Explicit direction; missing means the kind's default (supply and ownership are directed). */
  directed?: boolean | null;
  fields?: Record<string, FieldValue>;
  origin?: Origin;
}

export interface EcosystemRecords {
  actors: ActorRecord[];
  relations: RelationRecord[];
}
