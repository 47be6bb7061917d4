/**
 * Import issues in words. io/ gives every issue a stable code and the values its sentence names
 * (counts, kinds, formats, a reason's code); the catalogs say it (issue.<code>) in the person's
 * language, for the explorer's report and the command line's alike. The English `message` io
 * writes is kept for logs and as the last resort for a code no catalog knows (a test keeps that
 * from happening for every code io and the model raise).
 */
import type { MergeBecause } from '../io/merge-reasons.ts';
import type { ImportIssue } from '../model/issues.ts';
import { say, type Translate } from './i18n.ts';
import { type Phrase, type PhraseValue, phrase } from './phrase.ts';

/**
 * An issue as a phrase (`issue.<code>` with its values), to be said in whatever language is on
 * screen: the issue it sums up is said inside it as `cause`; a format Clusterscope recognises but
 * does not read is named, and its advice given, from the catalog by its code.
 */
export function issuePhrase(issue: ImportIssue): Phrase {
  const params = issue.params ?? {};
  const values: Record<string, PhraseValue> = {
    ...params,
    file: issue.file ?? '',
    row: issue.row ?? '',
    column: issue.column ?? '',
    value: issue.value ?? '',
  };
  if (issue.cause) values.cause = issuePhrase(issue.cause);
  if (typeof params.refusal === 'string') {
    values.format = phrase(`issue.refusal.${params.refusal}.name`);
    values.advice = phrase(`issue.refusal.${params.refusal}.advice`);
  }
  return phrase(`issue.${issue.code}`, values);
}

/** An issue in words: its catalog sentence, or io's English for a code no catalog knows. */
export function issueText(t: Translate, issue: ImportIssue): string {
  const key = `issue.${issue.code}`;
  return t(key) === key ? issue.message : say(t, issuePhrase(issue));
}

/** Where an issue happened: "actors.csv, row 12, column “kind”" in the person's language. */
export function issueOrigin(t: Translate, issue: { file?: string; row?: number; column?: string }): string {
  const parts: string[] = [];
  if (issue.file) parts.push(issue.file);
  if (issue.row !== undefined) parts.push(t('import.origin.row', { row: issue.row }));
  if (issue.column) parts.push(t('import.origin.column', { column: issue.column }));
  return parts.join(', ');
}

/** Why names were read as one actor, in the person's language (the English `reason` if no code). */
export function mergeReason(t: Translate, merge: { because?: MergeBecause; reason: string }): string {
  return merge.because ? because(t, merge.because) : merge.reason;
}

function because(t: Translate, why: MergeBecause): string {
  if (why.code !== 'similar') return t(`import.merge.${why.code}`, { ...why });
  const pairs = why.pairs.map(({ names: [a, b], because: pair }) =>
    t('import.merge.pair', { a, b, reason: because(t, pair) }),
  );
  return t('import.merge.similar', { pairs: pairs.join('; '), more: why.more });
}
