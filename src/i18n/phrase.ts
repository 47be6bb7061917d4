/**
 * A sentence to be said later, in whatever language is on screen then: a catalog key and the
 * values it names. Layers without a translator (io, analysis, workers, stores) hand phrases on
 * instead of English text, so the explorer and the command line say them in the person's
 * language, and switching language never leaves an old sentence behind. This module imports
 * nothing, so any layer may use it.
 */

/** A value is said as it is, or — a phrase itself — in words first (a measure's name inside "Computing …"). */
export type PhraseValue = string | number | Phrase;
export type PhraseValues = Readonly<Record<string, PhraseValue>>;

export interface Phrase {
  /** A catalog key; `registry:` in front for the registry's words. */
  readonly key: string;
  readonly values?: PhraseValues;
}

export function phrase(key: string, values?: PhraseValues): Phrase {
  return values === undefined ? { key } : { key, values };
}

export function isPhrase(value: unknown): value is Phrase {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string' &&
    KEY.test((value as { key: string }).key)
  );
}

const KEY = /^(?:registry:)?[a-z][\w.-]*$/;
const ENCODED = /^phrase:((?:registry:)?[a-z][\w.-]*)(?: (\{.*\}))?$/s;

/**
 * An error that says what went wrong as a phrase. Its message carries the phrase as text, so
 * it survives a worker boundary (Comlink and worker threads pass only an error's message on);
 * `phraseOfError` reads it back on the other side.
 */
export class PhrasedError extends Error {
  override name = 'PhrasedError';
  constructor(
    readonly phrase: Phrase,
    options?: { cause?: unknown },
  ) {
    super(`phrase:${phrase.key}${phrase.values ? ` ${JSON.stringify(phrase.values)}` : ''}`, options);
  }
}

/**
 * What to say about anything thrown: its own phrase when it has one (here or across a worker
 * boundary), otherwise `fallbackKey` with the error's own text as `detail` — a message from the
 * platform or a library, which no catalog can know in advance.
 */
export function phraseOfError(thrown: unknown, fallbackKey: string): Phrase {
  if (thrown instanceof PhrasedError) return thrown.phrase;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const match = ENCODED.exec(message);
  if (match) {
    try {
      const values = match[2] ? (JSON.parse(match[2]) as unknown) : undefined;
      if (values === undefined || isValues(values)) return phrase(match[1], values);
    } catch {
      // Not one of ours after all: said as plain text below.
    }
  }
  return phrase(fallbackKey, { detail: message });
}

function isValues(value: unknown): value is PhraseValues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (entry) =>
      typeof entry === 'string' ||
      typeof entry === 'number' ||
      (isPhrase(entry) && (entry.values === undefined || isValues(entry.values))),
  );
}
