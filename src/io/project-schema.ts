/**
 * Validation of a parsed project file against the schema in project.ts. Hand-written rather
 * than a schema library: the checks are few, every message names the JSON path of the fault,
 * and field bags are copied into prototype-free objects so keys like `__proto__` stay plain keys.
 */
import { createFields, type Fields, type FieldValue } from '../model/fields.ts';
import { isActorKind, isRelationKind } from '../model/kinds.ts';
import {
  type ClusterscopeProject,
  type JsonValue,
  PROJECT_FORMAT,
  PROJECT_VERSION,
  type ProjectActor,
  type ProjectRelation,
  type ProjectSettings,
  type ProjectSource,
  type ProjectView,
} from './project.ts';

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: string[] };

type Json = Record<string, unknown>;

export function validateProject(input: unknown): Validation<ClusterscopeProject> {
  const problems: string[] = [];
  const check = (condition: boolean, problem: string) => {
    if (!condition) problems.push(problem);
    return condition;
  };
  if (!check(isObject(input), 'the file is not a JSON object')) return { ok: false, problems };
  const root = input as Json;
  check(root.format === PROJECT_FORMAT, `format: expected "${PROJECT_FORMAT}"`);
  if (typeof root.version === 'number' && Number.isInteger(root.version) && root.version > PROJECT_VERSION) {
    problems.push(
      `it was saved by a newer version of Clusterscope (format ${root.version}; this version reads up to ` +
        `${PROJECT_VERSION}): open it with the newer version`,
    );
    return { ok: false, problems };
  }
  if (
    !check(
      root.version === 1 || root.version === PROJECT_VERSION,
      `version: expected 1 to ${PROJECT_VERSION}, found ${JSON.stringify(root.version)}`,
    )
  )
    return { ok: false, problems };
  const data = root.data as Json;
  if (!check(isObject(data), 'data: expected an object')) return { ok: false, problems };
  check(Array.isArray(data.actors), 'data.actors: expected a list');
  check(Array.isArray(data.relations), 'data.relations: expected a list');
  if (problems.length > 0) return { ok: false, problems };

  const actors = (data.actors as unknown[]).map((actor, i) => readActor(actor, `data.actors[${i}]`, check));
  const relations = (data.relations as unknown[]).map((relation, i) =>
    readRelation(relation, `data.relations[${i}]`, check),
  );
  const project: ClusterscopeProject = {
    format: PROJECT_FORMAT,
    version: root.version as number,
    data: {
      actors: actors.filter((a) => a !== undefined),
      relations: relations.filter((r) => r !== undefined),
    },
  };
  if (typeof root.name === 'string') project.name = root.name;
  if (typeof root.savedAt === 'string') project.savedAt = root.savedAt;
  if (root.sources !== undefined) project.sources = readSources(root.sources, check);
  if (root.settings !== undefined) project.settings = readSettings(root.settings, check);
  if (root.view !== undefined) project.view = readView(root.view, check);
  if (root.session !== undefined && check(isObject(root.session), 'session: expected an object'))
    project.session = root.session as JsonValue;
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: project };
}

type Check = (condition: boolean, problem: string) => boolean;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readFields(value: unknown, path: string, check: Check): Fields {
  const fields = createFields();
  if (value === undefined) return fields;
  if (!check(isObject(value), `${path}: expected an object`)) return fields;
  for (const name of Object.keys(value as Json)) {
    const field = (value as Json)[name];
    if (check(isFieldValue(field), `${path}.${name}: expected text, a number, true/false or null`))
      fields[name] = field as FieldValue;
  }
  return fields;
}

function isFieldValue(value: unknown): boolean {
  return (
    value === null ||
    ['string', 'boolean'].includes(typeof value) ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function readActor(value: unknown, path: string, check: Check): ProjectActor | undefined {
  if (!check(isObject(value), `${path}: expected an object`)) return undefined;
  const actor = value as Json;
  const ok =
    check(typeof actor.id === 'string' && actor.id !== '', `${path}.id: expected a non-empty text`) &&
    check(typeof actor.label === 'string', `${path}.label: expected text`) &&
    check(
      typeof actor.kind === 'string' && isActorKind(actor.kind),
      `${path}.kind: expected an actor kind`,
    ) &&
    check(
      actor.implicit === undefined || typeof actor.implicit === 'boolean',
      `${path}.implicit: expected true or false`,
    );
  if (!ok) return undefined;
  return {
    id: actor.id as string,
    label: actor.label as string,
    kind: actor.kind as ProjectActor['kind'],
    ...(actor.implicit === true ? { implicit: true } : {}),
    fields: readFields(actor.fields, `${path}.fields`, check),
  };
}

function readRelation(value: unknown, path: string, check: Check): ProjectRelation | undefined {
  if (!check(isObject(value), `${path}: expected an object`)) return undefined;
  const relation = value as Json;
  const ok =
    check(typeof relation.source === 'string', `${path}.source: expected text`) &&
    check(typeof relation.target === 'string', `${path}.target: expected text`) &&
    check(
      typeof relation.kind === 'string' && isRelationKind(relation.kind),
      `${path}.kind: expected a relation kind`,
    ) &&
    check(
      typeof relation.strength === 'number' && Number.isFinite(relation.strength),
      `${path}.strength: expected a number`,
    ) &&
    check(typeof relation.directed === 'boolean', `${path}.directed: expected true or false`);
  if (!ok) return undefined;
  return {
    source: relation.source as string,
    target: relation.target as string,
    kind: relation.kind as ProjectRelation['kind'],
    strength: relation.strength as number,
    directed: relation.directed as boolean,
    fields: readFields(relation.fields, `${path}.fields`, check),
  };
}

const optionalText = (value: unknown) => value === undefined || typeof value === 'string';

function readSources(value: unknown, check: Check): ProjectSource[] | undefined {
  if (!check(Array.isArray(value), 'sources: expected a list')) return undefined;
  return (value as unknown[]).flatMap((source, i) => {
    const path = `sources[${i}]`;
    if (!check(isObject(source), `${path}: expected an object`)) return [];
    const s = source as Json;
    const textKeys = ['role', 'delimiter', 'decimalMark', 'encoding'] as const;
    if (
      !check(
        typeof s.name === 'string' && typeof s.format === 'string',
        `${path}: expected a name and a format`,
      )
    )
      return [];
    if (!textKeys.every((key) => check(optionalText(s[key]), `${path}.${key}: expected text`))) return [];
    const columns = s.columns;
    const columnsOk =
      columns === undefined ||
      check(
        Array.isArray(columns) &&
          columns.every((c) => isObject(c) && typeof c.header === 'string' && typeof c.field === 'string'),
        `${path}.columns: expected a list of { header, field }`,
      );
    if (!columnsOk) return [];
    const result: ProjectSource = { name: s.name as string, format: s.format as string };
    for (const key of textKeys) if (typeof s[key] === 'string') result[key] = s[key] as string;
    if (Array.isArray(columns)) result.columns = columns.map((c) => ({ header: c.header, field: c.field }));
    return [result];
  });
}

function readSettings(value: unknown, check: Check): ProjectSettings | undefined {
  if (!check(isObject(value), 'settings: expected an object')) return undefined;
  const s = value as Json;
  const settings: ProjectSettings = {};
  if (
    s.symmetrise !== undefined &&
    check(
      s.symmetrise === 'union' || s.symmetrise === 'reciprocated',
      'settings.symmetrise: expected "union" or "reciprocated"',
    )
  )
    settings.symmetrise = s.symmetrise as 'union' | 'reciprocated';
  if (
    s.mergeSimilar !== undefined &&
    check(typeof s.mergeSimilar === 'boolean', 'settings.mergeSimilar: expected true or false')
  )
    settings.mergeSimilar = s.mergeSimilar as boolean;
  for (const key of ['groupBy', 'localBy'] as const)
    if (s[key] !== undefined && check(typeof s[key] === 'string', `settings.${key}: expected text`))
      settings[key] = s[key] as string;
  for (const key of ['localKm', 'seed'] as const)
    if (
      s[key] !== undefined &&
      check(typeof s[key] === 'number' && Number.isFinite(s[key]), `settings.${key}: expected a number`)
    )
      settings[key] = s[key] as number;
  if (s.acceptedMerges !== undefined) {
    const merges = s.acceptedMerges;
    if (
      check(
        Array.isArray(merges) &&
          merges.every(
            (m) =>
              isObject(m) &&
              typeof m.into === 'string' &&
              Array.isArray(m.names) &&
              m.names.every((n) => typeof n === 'string'),
          ),
        'settings.acceptedMerges: expected a list of { into, names }',
      )
    )
      settings.acceptedMerges = (merges as { into: string; names: string[] }[]).map((m) => ({
        into: m.into,
        names: [...m.names],
      }));
  }
  return settings;
}

function readView(value: unknown, check: Check): ProjectView | undefined {
  if (!check(isObject(value), 'view: expected an object')) return undefined;
  const v = value as Json;
  const view: ProjectView = {};
  if (v.positions !== undefined) {
    const ok = check(
      Array.isArray(v.positions) &&
        v.positions.every(
          (p) => isObject(p) && typeof p.id === 'string' && Number.isFinite(p.x) && Number.isFinite(p.y),
        ),
      'view.positions: expected a list of { id, x, y }',
    );
    if (ok)
      view.positions = (v.positions as { id: string; x: number; y: number }[]).map(({ id, x, y }) => ({
        id,
        x,
        y,
      }));
  }
  if (v.colors !== undefined) {
    const ok = check(
      Array.isArray(v.colors) &&
        v.colors.every((c) => isObject(c) && typeof c.id === 'string' && typeof c.color === 'string'),
      'view.colors: expected a list of { id, color }',
    );
    if (ok)
      view.colors = (v.colors as { id: string; color: string }[]).map(({ id, color }) => ({ id, color }));
  }
  if (
    v.selection !== undefined &&
    check(
      Array.isArray(v.selection) && v.selection.every((id) => typeof id === 'string'),
      'view.selection: expected a list of ids',
    )
  )
    view.selection = [...(v.selection as string[])];
  if (v.filters !== undefined) view.filters = v.filters as JsonValue;
  if (v.appearance !== undefined) view.appearance = v.appearance as JsonValue;
  return view;
}
