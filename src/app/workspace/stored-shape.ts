/**
 * How a workspace is laid out in IndexedDB, and the checks every entry passes when read back.
 * Three stores, so the list never touches the files:
 *   workspaces  the small index line (WorkspaceSummary), keyed by id
 *   states      options, settings, positions, selection, filters, appearance, keyed by id
 *   files       the raw bytes of the source files, keyed by id; rewritten only when they change
 * Whatever comes out of the database is treated as untrusted data: checked field by field,
 * copied, never evaluated.
 */
import type { AnalysisSettings } from '../../analysis/settings.ts';
import { FORMATS } from '../../io/detect.ts';
import { DELIMITERS, type FileOverrides, type SourceFile, TEXT_ENCODINGS } from '../../io/index.ts';
import type { WorkerImportOptions } from '../workers/import.worker.ts';
import { copyPlainJson } from './plain-json.ts';
import type { SavedPositions, WorkspaceRecord, WorkspaceSummary } from './record.ts';

export const STORES = { summaries: 'workspaces', states: 'states', files: 'files', meta: 'meta' } as const;

export interface StoredFiles {
  version: number;
  files: SourceFile[];
}

export type StoredState = Omit<WorkspaceRecord, 'id' | 'name' | 'savedAt' | 'sourceFiles'>;

/** The problem found in a stored value, with the path to it. */
export class ShapeError extends TypeError {
  override name = 'ShapeError';
}

type Json = Record<string, unknown>;

export function readSummary(value: unknown): Omit<WorkspaceSummary, 'problem'> {
  const entry = object(value, 'entry');
  return {
    id: text(entry.id, 'id'),
    name: text(entry.name, 'name'),
    savedAt: text(entry.savedAt, 'savedAt'),
    size: count(entry.size, 'size'),
    version: count(entry.version, 'version'),
  };
}

/** The version an entry claims, read before anything else so newer formats are refused, not misread. */
export function storedVersion(value: unknown): number | undefined {
  const version = typeof value === 'object' && value !== null ? (value as Json).version : undefined;
  return typeof version === 'number' ? version : undefined;
}

export function readFiles(value: unknown): SourceFile[] {
  const entry = object(value, 'files entry');
  return list(entry.files, 'files').map((item, i) => {
    const path = `files[${i}]`;
    const file = object(item, path);
    if (!(file.bytes instanceof Uint8Array)) throw new ShapeError(`${path}.bytes: expected bytes`);
    const read: SourceFile = { name: text(file.name, `${path}.name`), bytes: file.bytes };
    if (file.overrides !== undefined) read.overrides = readOverrides(file.overrides, `${path}.overrides`);
    return read;
  });
}

export function readState(value: unknown): StoredState {
  const entry = object(value, 'state entry');
  return {
    version: count(entry.version, 'version') as StoredState['version'],
    networkName: optionalText(entry.networkName, 'networkName'),
    importOptions: readImportOptions(entry.importOptions),
    analysisSettings: readAnalysisSettings(entry.analysisSettings),
    sampleId: optionalText(entry.sampleId, 'sampleId'),
    attribution: optionalText(entry.attribution, 'attribution'),
    positions: entry.positions === null ? null : readPositions(entry.positions),
    selection: list(entry.selection, 'selection').map((key, i) => text(key, `selection[${i}]`)),
    filters: entry.filters === null ? null : json(entry.filters, 'filters'),
    appearance: entry.appearance === null ? null : json(entry.appearance, 'appearance'),
  };
}

function readPositions(value: unknown): SavedPositions {
  const positions = object(value, 'positions');
  const keys = list(positions.keys, 'positions.keys').map((key, i) => text(key, `positions.keys[${i}]`));
  const xy = positions.xy;
  if (!(xy instanceof Float32Array) || xy.length !== 2 * keys.length)
    throw new ShapeError(`positions.xy: expected ${2 * keys.length} coordinates`);
  return {
    keys,
    xy,
    layout: oneOf(positions.layout, ['running', 'paused', 'settled'] as const, 'positions.layout'),
  };
}

/**
 * Known options are checked by type; keys added by later versions of the importer pass through
 * when they are plain JSON, so a workspace saved by this version re-imports the same way.
 */
function readImportOptions(value: unknown): WorkerImportOptions {
  const options = plainObject(value, 'importOptions');
  const path = (key: string) => `importOptions.${key}`;
  if (options.delimiter !== undefined) oneOf(options.delimiter, DELIMITERS, path('delimiter'));
  if (options.decimalMark !== undefined) oneOf(options.decimalMark, ['.', ','] as const, path('decimalMark'));
  if (options.encoding !== undefined) oneOf(options.encoding, TEXT_ENCODINGS, path('encoding'));
  if (options.symmetrise !== undefined)
    oneOf(options.symmetrise, ['union', 'reciprocated'] as const, path('symmetrise'));
  if (options.mergeSimilar !== undefined) flag(options.mergeSimilar, path('mergeSimilar'));
  if (options.acceptedMerges !== undefined) {
    list(options.acceptedMerges, path('acceptedMerges')).forEach((item, i) => {
      const merge = object(item, `${path('acceptedMerges')}[${i}]`);
      text(merge.into, `${path('acceptedMerges')}[${i}].into`);
      list(merge.names, `${path('acceptedMerges')}[${i}].names`).forEach((name) => {
        text(name, `${path('acceptedMerges')}[${i}].names`);
      });
    });
  }
  return options as WorkerImportOptions;
}

function readAnalysisSettings(value: unknown): AnalysisSettings {
  const settings = plainObject(value, 'analysisSettings');
  for (const key of ['localBy', 'groupBy'] as const)
    if (settings[key] !== undefined) text(settings[key], `analysisSettings.${key}`);
  for (const key of ['localKm', 'seed', 'sample'] as const)
    if (settings[key] !== undefined) finite(settings[key], `analysisSettings.${key}`);
  return settings as AnalysisSettings;
}

function readOverrides(value: unknown, path: string): FileOverrides {
  const overrides = plainObject(value, path);
  if (overrides.format !== undefined) oneOf(overrides.format, FORMATS, `${path}.format`);
  if (overrides.delimiter !== undefined) oneOf(overrides.delimiter, DELIMITERS, `${path}.delimiter`);
  if (overrides.decimalMark !== undefined)
    oneOf(overrides.decimalMark, ['.', ','] as const, `${path}.decimalMark`);
  if (overrides.encoding !== undefined) oneOf(overrides.encoding, TEXT_ENCODINGS, `${path}.encoding`);
  if (overrides.headerRow !== undefined && count(overrides.headerRow, `${path}.headerRow`) < 1)
    throw new ShapeError(`${path}.headerRow: expected a row number from 1`);
  if (overrides.role !== undefined)
    oneOf(overrides.role, ['actors', 'relations', 'survey'] as const, `${path}.role`);
  if (overrides.columns !== undefined) {
    for (const [header, field] of Object.entries(object(overrides.columns, `${path}.columns`)))
      text(field, `${path}.columns.${header}`);
  }
  return overrides as FileOverrides;
}

/** A checked copy: plain JSON only, with keys like "__proto__" kept as data. */
function plainObject(value: unknown, path: string): Json {
  object(value, path);
  return json(value, path) as Json;
}

function json(value: unknown, path: string) {
  try {
    return copyPlainJson(value, path);
  } catch (error) {
    throw new ShapeError(error instanceof Error ? error.message : String(error));
  }
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ShapeError(`${path}: expected an object`);
  return value as Json;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(`${path}: expected a list`);
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ShapeError(`${path}: expected text`);
  return value;
}

function optionalText(value: unknown, path: string): string | null {
  return value === null ? null : text(value, path);
}

function flag(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new ShapeError(`${path}: expected true or false`);
  return value;
}

function finite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ShapeError(`${path}: expected a number`);
  return value;
}

function count(value: unknown, path: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) throw new ShapeError(`${path}: expected a count`);
  return value as number;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (!(allowed as readonly unknown[]).includes(value))
    throw new ShapeError(`${path}: expected one of ${allowed.join(', ')}`);
  return value as T;
}
