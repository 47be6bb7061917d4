/**
 * Which workspace the files on screen belong to. Autosave must never write one network over
 * another workspace: opening new files (new bytes) starts a new workspace, while re-importing
 * the same bytes (accepted merges, new options) or restoring keeps writing to the same one.
 * Keyed by the byte arrays themselves, which the explorer passes around without copying.
 */
import type { SourceFile } from '../../io/index.ts';

/** null marks files whose workspace was deleted: they are not saved again until reopened or saved as new. */
const owners = new WeakMap<Uint8Array, string | null>();
let stored: { id: string; files: readonly SourceFile[] } | null = null;

export function claimFiles(files: readonly SourceFile[], id: string | null): void {
  for (const file of files) owners.set(file.bytes, id);
}

/** The owning workspace id; null when detached; undefined for files no workspace has seen. */
export function ownerOfFiles(files: readonly SourceFile[]): string | null | undefined {
  if (files.length === 0) return undefined;
  const first = owners.get(files[0].bytes);
  for (const file of files) {
    if (!owners.has(file.bytes) || owners.get(file.bytes) !== first) return undefined;
  }
  return first;
}

/** Remembers that these very file objects (bytes and overrides) are what is stored under `id`. */
export function markFilesStored(id: string, files: readonly SourceFile[]): void {
  stored = { id, files: [...files] };
}

export function areFilesStored(id: string, files: readonly SourceFile[]): boolean {
  if (stored?.id !== id || stored.files.length !== files.length) return false;
  const { files: known } = stored;
  return files.every((file, i) => file === known[i]);
}
