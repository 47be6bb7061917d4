/**
 * How a workspace is laid out in IndexedDB, and the checks every entry passes when read back.
 * Three stores, so the list never touches the files:
 *   workspaces  the small index line (WorkspaceSummary), keyed by id
 *   states      options, settings, positions, selection, filters, appearance, keyed by id
 *   files       the raw bytes of the source files, keyed by id; rewritten only when they change
 * Whatever comes out of the database is treated as untrusted data: checked field by field,
 * copied, never evaluated.
 */
import { FORMATS } from '../../io/detect.ts';
import { DELIMITERS, type FileOverrides, type SourceFile, TEXT_ENCODINGS } from '../../io/index.ts';
import { count, type Json, list, object, oneOf, plainObject, ShapeError, text } from '../session/checks.ts';
import { readSession } from '../session/read-session.ts';
import { WORKSPACE_VERSION, type WorkspaceRecord, type WorkspaceSummary } from './record.ts';

export const STORES = { summaries: 'workspaces', states: 'states', files: 'files', meta: 'meta' } as const;

export interface StoredFiles {
  version: number;
  files: SourceFile[];
}

export type StoredState = Omit<WorkspaceRecord, 'id' | 'name' | 'savedAt' | 'sourceFiles'>;

export { ShapeError };

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
    if (!(file.bytes instanceof Uint8Array)) throw new ShapeError(`${path}.bytes`, 'bytes');
    const read: SourceFile = { name: text(file.name, `${path}.name`), bytes: file.bytes };
    if (file.overrides !== undefined) read.overrides = readOverrides(file.overrides, `${path}.overrides`);
    return read;
  });
}

/** The state entry: the session, read by the one session validator (any version up to ours). */
export function readState(value: unknown): StoredState {
  const entry = object(value, 'state entry');
  const version = count(entry.version, 'version');
  return {
    version: WORKSPACE_VERSION,
    session: version < 2 ? readSession(entry, version) : readSession(entry.session, version),
  };
}

function readOverrides(value: unknown, path: string): FileOverrides {
  const overrides = plainObject(value, path);
  if (overrides.format !== undefined) oneOf(overrides.format, FORMATS, `${path}.format`);
  if (overrides.delimiter !== undefined) oneOf(overrides.delimiter, DELIMITERS, `${path}.delimiter`);
  if (overrides.decimalMark !== undefined)
    oneOf(overrides.decimalMark, ['.', ','] as const, `${path}.decimalMark`);
  if (overrides.encoding !== undefined) oneOf(overrides.encoding, TEXT_ENCODINGS, `${path}.encoding`);
  if (overrides.headerRow !== undefined && count(overrides.headerRow, `${path}.headerRow`) < 1)
    throw new ShapeError(`${path}.headerRow`, 'rowNumber');
  if (overrides.role !== undefined)
    oneOf(overrides.role, ['actors', 'relations', 'survey'] as const, `${path}.role`);
  if (overrides.columns !== undefined) {
    for (const [header, field] of Object.entries(object(overrides.columns, `${path}.columns`)))
      text(field, `${path}.columns.${header}`);
  }
  return overrides as FileOverrides;
}
