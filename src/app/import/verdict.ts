/**
 * What the column-mapping step says of each file before anything is imported: the rows it would
 * keep and leave out, or why nothing usable would come of it. A file with nothing usable keeps
 * the Import button off, so it never replaces the network on screen.
 */
import type { Translate } from '../../i18n/i18n.ts';
import { issueText } from '../../i18n/issues.ts';
import type { FilePreview } from '../../io/index.ts';

export interface Verdict {
  tone: 'complete' | 'partial' | 'failed';
  text: string;
}

/** A Pajek partition or vector is usable beside a Pajek network opened with it. */
function hasNetworkBeside(previews: readonly FilePreview[]): boolean {
  return previews.some((preview) => preview.format === 'pajek');
}

export function verdictOf(preview: FilePreview, previews: readonly FilePreview[], t: Translate): Verdict {
  const { outcome } = preview;
  if (outcome.needsNetwork && hasNetworkBeside(previews))
    return { tone: 'complete', text: t('import.verdict.pajekValues', { count: outcome.rows }) };
  if (outcome.status === 'failed')
    return {
      tone: 'failed',
      text: outcome.cause ? issueText(t, outcome.cause) : t('import.verdict.nothingUsable'),
    };
  const counts = { actors: outcome.actors, relations: outcome.relations };
  if (outcome.leftOut === 0)
    return { tone: 'complete', text: t('import.verdict.complete', { rows: outcome.rows, ...counts }) };
  return {
    tone: 'partial',
    text: t('import.verdict.partial', {
      kept: outcome.kept,
      rows: outcome.rows,
      leftOut: outcome.leftOut,
      ...counts,
    }),
  };
}

/** The files that keep the Import button off. */
export function blockingFiles(previews: readonly FilePreview[]): { name: string }[] {
  return previews
    .filter(
      (preview) =>
        preview.outcome.status === 'failed' && !(preview.outcome.needsNetwork && hasNetworkBeside(previews)),
    )
    .map((preview) => ({ name: preview.name }));
}
