/**
 * What the column-mapping step says of each file before anything is imported: the rows it would
 * keep and leave out, or why nothing usable would come of it. A file with nothing usable keeps
 * the Import button off, so it never replaces the network on screen.
 */
import type { FilePreview } from '../../io/index.ts';

export interface Verdict {
  tone: 'complete' | 'partial' | 'failed';
  text: string;
}

/** A Pajek partition or vector is usable beside a Pajek network opened with it. */
function hasNetworkBeside(previews: readonly FilePreview[]): boolean {
  return previews.some((preview) => preview.format === 'pajek');
}

export function verdictOf(preview: FilePreview, previews: readonly FilePreview[]): Verdict {
  const { outcome } = preview;
  if (outcome.needsNetwork && hasNetworkBeside(previews))
    return {
      tone: 'complete',
      text: `${outcome.rows} values, read as a field of the Pajek network's vertices.`,
    };
  if (outcome.status === 'failed')
    return { tone: 'failed', text: outcome.cause?.message ?? 'Nothing usable was read from this file.' };
  const counts = `${outcome.actors} actors and ${outcome.relations} relations`;
  if (outcome.leftOut === 0) return { tone: 'complete', text: `All ${outcome.rows} rows read: ${counts}.` };
  return {
    tone: 'partial',
    text: `${outcome.kept} of ${outcome.rows} rows read (${counts}); ${outcome.leftOut} left out, listed in the import report.`,
  };
}

/** The files that keep the Import button off, with the reason. */
export function blockingFiles(previews: readonly FilePreview[]): { name: string; reason: string }[] {
  return previews
    .map((preview) => ({ name: preview.name, verdict: verdictOf(preview, previews) }))
    .filter(({ verdict }) => verdict.tone === 'failed')
    .map(({ name, verdict }) => ({ name, reason: verdict.text }));
}
