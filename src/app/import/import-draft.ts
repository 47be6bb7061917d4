/**
 * The column-mapping step's state: the chosen files, what the importer detected in each, and
 * what the person changed. Changes become per-file overrides; the import itself re-reads the
 * bytes with them, so what is previewed is exactly what is imported.
 */
import { create } from 'zustand';
import { type Phrase, phraseOfError } from '../../i18n/phrase.ts';
import type { FileOverrides, FilePreview, SourceFile } from '../../io/index.ts';
import { type Cancellable, CancelledError, previewInWorker } from '../workers/clients.ts';

export interface ImportDraft {
  files: SourceFile[];
  previews: FilePreview[];
  busy: boolean;
  error: Phrase | null;
}

interface DraftStore {
  draft: ImportDraft | null;
}

export const useImportDraft = create<DraftStore>()(() => ({ draft: null }));

let previewing: Cancellable<FilePreview[]> | null = null;

export async function startDraft(chosen: FileList | File[]): Promise<void> {
  const files = await Promise.all(
    [...chosen].map(
      async (file): Promise<SourceFile> => ({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      }),
    ),
  );
  await refreshPreviews(files);
}

/** Changes one file's overrides and previews it again with them. */
export async function overrideFile(index: number, change: Partial<FileOverrides>): Promise<void> {
  const draft = useImportDraft.getState().draft;
  if (!draft) return;
  const files = draft.files.map((file, i) =>
    i === index ? { ...file, overrides: { ...file.overrides, ...change } } : file,
  );
  await refreshPreviews(files);
}

export function closeDraft(): void {
  previewing?.cancel();
  previewing = null;
  useImportDraft.setState({ draft: null });
}

async function refreshPreviews(files: SourceFile[]): Promise<void> {
  previewing?.cancel();
  const previous = useImportDraft.getState().draft;
  useImportDraft.setState({ draft: { files, previews: previous?.previews ?? [], busy: true, error: null } });
  const run = previewInWorker(files);
  previewing = run;
  try {
    const previews = await run.result;
    if (previewing === run) useImportDraft.setState({ draft: { files, previews, busy: false, error: null } });
  } catch (error) {
    if (error instanceof CancelledError) return;
    useImportDraft.setState({
      draft: {
        files,
        previews: [],
        busy: false,
        error: phraseOfError(error, 'explorer.status.failed'),
      },
    });
  }
}
