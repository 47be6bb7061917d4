/**
 * Words for people as message templates with named parameters ("{entered} ties entered"), so a
 * result carries a code and its parameters and each language fills in its own template. The
 * templates of a domain live beside it (io/report-notes.ts, analysis/time/messages.ts); this is
 * the one way they are filled in.
 */

export type MessageParams = Readonly<Record<string, string | number>>;

/** Something to tell a person: a stable code and the values its template names. */
export interface Message {
  readonly code: string;
  readonly params: MessageParams;
}

/**
 * Fills `{name}` placeholders. Whole numbers are written as they are, others with at most three
 * decimals and a `.` (the catalog of another language brings its own number format); a name
 * without a value stays visible as `{name}` rather than vanishing.
 */
export function formatMessage(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(params, name)) return placeholder;
    const value = params[name];
    return typeof value === 'number' && !Number.isInteger(value)
      ? String(Number(value.toFixed(3)))
      : String(value);
  });
}
