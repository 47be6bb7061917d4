/**
 * The Clusterscope project file: versioned JSON holding the data (actors and relations as
 * records), how it was imported (files, column mapping, settings) and what the app keeps of a
 * session (positions, colours, filters, selection). It is validated field by field against the
 * schema below and never evaluated. Actor-keyed data are lists of `{ id, … }`, never objects
 * keyed by id, so an actor called `__proto__` is as harmless here as anywhere.
 */
import type { FieldValue } from '../model/fields.ts';
import type { ActorKind, RelationKind } from '../model/kinds.ts';

export const PROJECT_FORMAT = 'clusterscope-project';
/**
 * Version 2 adds `session`, the whole of what a person set (time window, filters, measure
 * options, appearance, positions, selection, camera, view); version 1 kept a part of it in
 * `settings` and `view`, which are still read.
 */
export const PROJECT_VERSION = 2;

export interface ProjectActor {
  id: string;
  label: string;
  kind: ActorKind;
  /** Created because a relation named it. */
  implicit?: boolean;
  fields: Record<string, FieldValue>;
}

export interface ProjectRelation {
  source: string;
  target: string;
  kind: RelationKind;
  strength: number;
  directed: boolean;
  fields: Record<string, FieldValue>;
}

/** How one source file was read, so a re-import can repeat it. */
export interface ProjectSource {
  name: string;
  format: string;
  role?: string;
  delimiter?: string;
  decimalMark?: string;
  encoding?: string;
  /** Header → field as used (after the user's mapping). */
  columns?: { header: string; field: string }[];
}

export interface ProjectSettings {
  symmetrise?: 'union' | 'reciprocated';
  mergeSimilar?: boolean;
  /** Merges a person accepted in the review list: spellings folded into `into`. */
  acceptedMerges?: { into: string; names: string[] }[];
  groupBy?: string;
  localBy?: string;
  localKm?: number;
  seed?: number;
}

/** Any JSON value: what the app stores about filters and appearance is its own business. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface ProjectView {
  positions?: { id: string; x: number; y: number }[];
  colors?: { id: string; color: string }[];
  selection?: string[];
  filters?: JsonValue;
  appearance?: JsonValue;
}

export interface ClusterscopeProject {
  format: typeof PROJECT_FORMAT;
  /** 1 or 2 when read; files are written as PROJECT_VERSION. */
  version: number;
  name?: string;
  savedAt?: string;
  data: { actors: ProjectActor[]; relations: ProjectRelation[] };
  sources?: ProjectSource[];
  settings?: ProjectSettings;
  view?: ProjectView;
  /** The explorer's session; the app validates it (io only checks that it is plain JSON). */
  session?: JsonValue;
}
