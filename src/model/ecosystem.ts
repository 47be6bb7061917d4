/**
 * The Ecosystem: actors and their relations as a graphology multigraph.
 *
 * Several relations may join the same two actors (a client can also be a knowledge partner),
 * so the graph is a mixed multigraph: directed relations are directed edges, mutual ones
 * undirected edges. Construction validates records and reports everything it changes or
 * leaves out; it never drops a row silently.
 */
import { MultiGraph } from 'graphology';
import { createFields, type Fields, type FieldValue } from './fields.ts';
import { type ImportIssue, type ModelMessageCode, modelIssue, type Origin } from './issues.ts';
import {
  type ActorKind,
  DIRECTED_BY_DEFAULT,
  isActorKind,
  isRelationKind,
  type RelationKind,
  SIZE_CLASSES,
} from './kinds.ts';
import type { MessageParams } from './messages.ts';
import { periodKey, readPeriod } from './period.ts';
import type { ActorRecord, EcosystemRecords, RelationRecord } from './records.ts';

export interface ActorAttributes {
  label: string;
  kind: ActorKind;
  /** Created because a relation named it; no row of the actors table describes it. */
  implicit: boolean;
  fields: Fields;
}

export interface RelationAttributes {
  kind: RelationKind;
  strength: number;
  directed: boolean;
  /** How many input rows were merged into this relation (1 when unique). */
  rows: number;
  fields: Fields;
}

export type Ecosystem = MultiGraph<ActorAttributes, RelationAttributes>;

export interface MergedRelation {
  source: string;
  target: string;
  kind: RelationKind;
  /** The file's own word for a kind the model does not know (kept as the `type` field). */
  type?: string;
  rows: number;
  strength: number;
}

/**
 * The field that keeps a kind word the model does not know ("employee", "investor"): the
 * relation or actor is of kind `other`, and the word is kept so nothing is flattened away.
 */
export const TYPE_FIELD = 'type';

export interface BuildResult {
  ecosystem: Ecosystem;
  issues: ImportIssue[];
  /** Duplicate relations folded into one, with their summed strength. */
  merged: MergedRelation[];
}

export function createEcosystem(): Ecosystem {
  return new MultiGraph<ActorAttributes, RelationAttributes>({ type: 'mixed', allowSelfLoops: false });
}

/**
 * Graph keys for actor ids. graphology keeps neighbours in plain objects, so an actor named
 * after an Object.prototype member ("constructor", "toString", "__proto__") would find a
 * phantom neighbour there. Those ids, and ids that already start with the marker, get an
 * invisible marker in front; `actorId` takes it off again wherever an id is shown or written.
 */
const KEY_MARKER = '\u2063';
const PROTOTYPE_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);

export function actorKey(id: string): string {
  return PROTOTYPE_NAMES.has(id) || id.startsWith(KEY_MARKER) ? KEY_MARKER + id : id;
}

export function actorId(key: string): string {
  return key.startsWith(KEY_MARKER) ? key.slice(KEY_MARKER.length) : key;
}

/**
 * Relations already added, for merging duplicates: a duplicate joins the same endpoints in the
 * same direction and has the same kind, type word and period. Relations of different kinds or
 * types between one pair stay apart (an employee tie is not an investor tie); the tie view joins
 * them again.
 *
 * A relation can only duplicate one that joins the same pair, which graphology's adjacency answers
 * without a lookup table, so only the rest is compared: its variant (kind, type word, direction and
 * period), numbered once per distinct variant. Each relation's edge key is its ordinal, and
 * `variantOf[ordinal]` its variant's number. A Map of every relation's whole key cost about half a
 * second and as much again in garbage collection on the 561,000 relations of Horizon 2020; a key
 * string per relation kept 30 MB that every young collection copied.
 */
class RelationIndex {
  private readonly variantOf: number[] = [];
  private readonly variants = new Map<string, number>();

  constructor(private readonly ecosystem: Ecosystem) {}

  /** The number of a relation's variant: relations that differ only in their period are two relations. */
  variant(kind: RelationKind, type: string, directed: boolean, fields: Fields): number {
    // The type word is prefixed by its length, so no two variants share a key whatever it holds.
    const key = `${kind}:${type.length}:${type}${directed ? 1 : 0}${periodKey(fields)}`;
    let variant = this.variants.get(key);
    if (variant === undefined) {
      variant = this.variants.size;
      this.variants.set(key, variant);
    }
    return variant;
  }

  /** The edge already holding a relation of this variant between these ends, if any. */
  find(sourceKey: string, targetKey: string, directed: boolean, variant: number): string | undefined {
    const { ecosystem } = this;
    const joined = directed
      ? ecosystem.hasDirectedEdge(sourceKey, targetKey)
      : ecosystem.hasUndirectedEdge(sourceKey, targetKey);
    if (!joined) return undefined;
    const candidates = directed
      ? ecosystem.outEdges(sourceKey, targetKey)
      : ecosystem.undirectedEdges(sourceKey, targetKey);
    return candidates.find((edge) => this.variantOf[Number(edge)] === variant);
  }

  add(sourceKey: string, targetKey: string, attributes: RelationAttributes, variant: number): void {
    const edge = String(this.variantOf.length);
    this.variantOf.push(variant);
    if (attributes.directed) this.ecosystem.addDirectedEdgeWithKey(edge, sourceKey, targetKey, attributes);
    else this.ecosystem.addUndirectedEdgeWithKey(edge, sourceKey, targetKey, attributes);
  }
}

export function buildEcosystem(records: EcosystemRecords): BuildResult {
  const ecosystem = createEcosystem();
  const issues: ImportIssue[] = [];
  for (const record of records.actors) addActor(ecosystem, record, issues);
  const mergedByKey = new Map<string, MergedRelation>();
  const relations = new RelationIndex(ecosystem);
  for (const record of records.relations) addRelation(ecosystem, record, issues, mergedByKey, relations);
  return { ecosystem, issues, merged: [...mergedByKey.values()] };
}

type At = { column?: string; value?: string };

function warn(
  issues: ImportIssue[],
  origin: Origin | undefined,
  code: ModelMessageCode,
  params: MessageParams,
  at: At,
) {
  issues.push(modelIssue('warning', code, params, { ...origin, ...at }));
}

function fail(issues: ImportIssue[], origin: Origin | undefined, code: ModelMessageCode, at: At) {
  issues.push(modelIssue('error', code, {}, { ...origin, ...at }));
}

function addActor(ecosystem: Ecosystem, record: ActorRecord, issues: ImportIssue[]): void {
  const id = record.id.trim();
  if (id === '') {
    fail(issues, record.origin, 'missing-actor-id', { column: 'id' });
    return;
  }
  const key = actorKey(id);
  if (ecosystem.hasNode(key)) {
    warn(issues, record.origin, 'duplicate-actor', { id }, { column: 'id', value: id });
    return;
  }
  const { kind, type } = actorKindOf(record.kind, record.origin, issues);
  const fields = validateActorFields(record.fields, record.origin, issues);
  warnIfInverted(fields, record.origin, issues);
  if (type !== '' && fields[TYPE_FIELD] === undefined) fields[TYPE_FIELD] = type;
  ecosystem.addNode(key, { label: record.label?.trim() || id, kind, implicit: false, fields });
}

/** A start after the end cannot be read as a period: said once, and the item counts as undated. */
function warnIfInverted(fields: Fields, origin: Origin | undefined, issues: ImportIssue[]): void {
  const reading = readPeriod(fields);
  if (reading.status !== 'inverted') return;
  const { start, end } = reading;
  warn(issues, origin, 'inverted-period', { start, end }, { column: 'end', value: String(end) });
}

/** The model's kind for a file's word, and the word itself when the model does not know it. */
function actorKindOf(
  raw: string | undefined,
  origin: Origin | undefined,
  issues: ImportIssue[],
): { kind: ActorKind; type: string } {
  const kind = raw?.trim().toLowerCase() ?? '';
  if (kind === '') return { kind: 'other', type: '' };
  if (isActorKind(kind)) return { kind, type: '' };
  const type = raw?.trim() ?? '';
  warn(
    issues,
    origin,
    'unknown-actor-kind',
    { kind: type, field: TYPE_FIELD },
    { column: 'kind', value: type },
  );
  return { kind: 'other', type };
}

function relationKindOf(
  raw: string | undefined,
  origin: Origin | undefined,
  issues: ImportIssue[],
): { kind: RelationKind; type: string } {
  const kind = raw?.trim().toLowerCase() ?? '';
  if (kind === '') return { kind: 'other', type: '' };
  if (isRelationKind(kind)) return { kind, type: '' };
  const type = raw?.trim() ?? '';
  const params = { kind: type, field: TYPE_FIELD };
  warn(issues, origin, 'unknown-relation-kind', params, { column: 'kind', value: type });
  return { kind: 'other', type };
}

function validateActorFields(
  input: Record<string, FieldValue> | undefined,
  origin: Origin | undefined,
  issues: ImportIssue[],
): Fields {
  const fields = createFields();
  if (!input) return fields;
  for (const name of Object.keys(input)) {
    const value = input[name];
    if (value === null || value === '') continue;
    const problem = fieldProblem(name, value);
    if (problem) {
      const params = { problem, field: name, value: String(value), sizes: SIZE_CLASSES.join(', ') };
      warn(issues, origin, 'invalid-field', params, { column: name, value: String(value) });
      continue;
    }
    fields[name] = name === 'country' && typeof value === 'string' ? value.toUpperCase() : value;
  }
  return fields;
}

function fieldProblem(name: string, value: FieldValue): string | undefined {
  switch (name) {
    case 'lat':
      return typeof value === 'number' && value >= -90 && value <= 90
        ? undefined
        : `Latitude "${value}" is not between -90 and 90`;
    case 'lon':
      return typeof value === 'number' && value >= -180 && value <= 180
        ? undefined
        : `Longitude "${value}" is not between -180 and 180`;
    case 'size':
      return (SIZE_CLASSES as readonly FieldValue[]).includes(value)
        ? undefined
        : `Size "${value}" is not one of ${SIZE_CLASSES.join(', ')}`;
    case 'frontier':
    case 'respondent':
      return typeof value === 'boolean' ? undefined : `"${value}" is not true or false`;
    default:
      return undefined;
  }
}

function addRelation(
  ecosystem: Ecosystem,
  record: RelationRecord,
  issues: ImportIssue[],
  mergedByKey: Map<string, MergedRelation>,
  relations: RelationIndex,
): void {
  const { origin } = record;
  const source = record.source.trim();
  const target = record.target.trim();
  if (source === '' || target === '') {
    fail(issues, origin, 'missing-endpoint', { column: source === '' ? 'source' : 'target' });
    return;
  }
  if (source === target) {
    warn(issues, origin, 'self-loop', { actor: source }, { column: 'target', value: target });
    return;
  }
  let strength = record.strength ?? 1;
  if (!Number.isFinite(strength) || strength <= 0) {
    const value = String(record.strength);
    warn(issues, origin, 'invalid-strength', { strength: value }, { column: 'strength', value });
    strength = 1;
  }
  const { kind, type } = relationKindOf(record.kind, origin, issues);
  const directed = record.directed ?? DIRECTED_BY_DEFAULT.has(kind);
  const sourceKey = actorKey(source);
  const targetKey = actorKey(target);
  addImplicitActor(ecosystem, source, sourceKey, 'source', origin, issues);
  addImplicitActor(ecosystem, target, targetKey, 'target', origin, issues);

  const fields = copyFields(record.fields);
  const variant = relations.variant(kind, type.toLowerCase(), directed, fields);
  const existing = relations.find(sourceKey, targetKey, directed, variant);
  if (existing !== undefined) {
    const attributes = ecosystem.getEdgeAttributes(existing);
    attributes.strength += strength;
    attributes.rows += 1;
    const key = existing;
    const entry = mergedByKey.get(key) ?? {
      source,
      target,
      kind,
      ...(type !== '' ? { type: String(attributes.fields[TYPE_FIELD] ?? type) } : {}),
      rows: 1,
      strength: 0,
    };
    entry.rows = attributes.rows;
    entry.strength = attributes.strength;
    mergedByKey.set(key, entry);
    const params = {
      source,
      target,
      kind: type || kind,
      directed: directed ? 'yes' : 'no',
      arrow: directed ? '→' : '–',
    };
    warn(issues, origin, 'duplicate-relation', params, { column: 'target', value: target });
    return;
  }
  warnIfInverted(fields, origin, issues);
  if (type !== '' && fields[TYPE_FIELD] === undefined) fields[TYPE_FIELD] = type;
  const attributes: RelationAttributes = { kind, strength, directed, rows: 1, fields };
  relations.add(sourceKey, targetKey, attributes, variant);
}

/** An actor a relation names and no actor row describes: created, and said. */
function addImplicitActor(
  ecosystem: Ecosystem,
  id: string,
  key: string,
  column: 'source' | 'target',
  origin: Origin | undefined,
  issues: ImportIssue[],
): void {
  if (ecosystem.hasNode(key)) return;
  ecosystem.addNode(key, { label: id, kind: 'other', implicit: true, fields: createFields() });
  warn(issues, origin, 'implicit-actor', { id }, { column, value: id });
}

/** The relation's own field bag: the record's stays as it was read (a type word is added to the copy). */
function copyFields(input: Readonly<Record<string, FieldValue>> | undefined): Fields {
  const fields = createFields();
  if (input) for (const name of Object.keys(input)) fields[name] = input[name];
  return fields;
}

/** A plain, structured-cloneable copy of an Ecosystem, for crossing worker boundaries. */
export type SerializedEcosystem = ReturnType<Ecosystem['export']>;

export function serializeEcosystem(ecosystem: Ecosystem): SerializedEcosystem {
  return ecosystem.export();
}

/**
 * Rebuilds an Ecosystem sent from a worker. Structured cloning gives field bags an ordinary
 * prototype again, so they are copied back into prototype-free bags: a field read by a name
 * such as `constructor` must find the file's value or nothing, never Object's.
 */
export function deserializeEcosystem(serialized: SerializedEcosystem): Ecosystem {
  const ecosystem = createEcosystem();
  ecosystem.import(serialized);
  ecosystem.updateEachNodeAttributes((_id, attributes) => ({
    ...attributes,
    fields: createFields(Object.entries(attributes.fields)),
  }));
  ecosystem.updateEachEdgeAttributes((_edge, attributes) => ({
    ...attributes,
    fields: createFields(Object.entries(attributes.fields)),
  }));
  return ecosystem;
}
