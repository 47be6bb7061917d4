/** What the product says, in English or Dutch, for tests that check a sentence rather than its key. */
import { type Language, say, wordingFor } from '../../../src/i18n/i18n.ts';
import { isPhrase, type Phrase, phraseOfError } from '../../../src/i18n/phrase.ts';

/** A phrase, or anything thrown (its phrase, or its own text), in words. */
export function saidIn(language: Language, said: Phrase | unknown): string {
  const phrase = isPhrase(said) ? said : phraseOfError(said, 'explorer.status.failed');
  return say(wordingFor(language).t, phrase);
}

export const inEnglish = (said: Phrase | unknown) => saidIn('en', said);
export const inDutch = (said: Phrase | unknown) => saidIn('nl', said);
