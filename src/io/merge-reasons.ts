/**
 * Why two spellings are read as one actor, as a code and its values, so the explorer and the
 * command line can say it in the person's language (catalog keys `import.merge.<code>`); the
 * English here is kept on every merge as `reason`, for logs and machine output.
 */

export type MergeBecause =
  /** Equal once case, accents, punctuation and legal forms are set aside. */
  | { code: 'normalised'; key: string }
  /** Every word of the shorter name occurs in the longer. */
  | { code: 'words'; short: string; long: string }
  /** A few letters apart. */
  | { code: 'spelled'; distance: number }
  /** A person accepted the proposed merge when reviewing the report. */
  | { code: 'accepted' }
  /** A chain of similar pairs, the first few named. */
  | { code: 'similar'; pairs: SimilarPair[]; more: number };

export interface SimilarPair {
  names: [string, string];
  because: MergeBecause;
}

export function mergeReasonInEnglish(because: MergeBecause): string {
  switch (because.code) {
    case 'normalised':
      return `same name after normalisation ("${because.key}")`;
    case 'words':
      return `every word of "${because.short}" occurs in "${because.long}"`;
    case 'spelled':
      return `spelled ${because.distance} letter${because.distance === 1 ? '' : 's'} apart`;
    case 'accepted':
      return 'accepted in review';
    case 'similar': {
      const pairs = because.pairs.map(
        ({ names, because: pair }) => `"${names[0]}" ~ "${names[1]}": ${mergeReasonInEnglish(pair)}`,
      );
      const more = because.more > 0 ? `; and ${because.more} more` : '';
      return `similar names (${pairs.join('; ')}${more})`;
    }
  }
}
