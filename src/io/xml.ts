/**
 * XML parsing for GEXF and GraphML. fast-xml-parser is well kept, has no native parts, runs in
 * the browser and in Node, never evaluates anything, refuses element and attribute names such as
 * `__proto__` and limits entity expansion. Values are kept as text (no number guessing): the
 * readers type them by the file's own declarations.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Elements that may repeat and must always come back as arrays. */
const REPEATED = new Set([
  'graph',
  'node',
  'edge',
  'hyperedge',
  'attribute',
  'attributes',
  'attvalue',
  'key',
  'data',
  'spell',
  'parent',
  'att',
  'NodeLabel',
  'EdgeLabel',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  trimValues: true,
  // Decodes numeric character references (&#233;) too, which GEXF writers use for non-ASCII text.
  htmlEntities: true,
  isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && REPEATED.has(name),
});

export type XmlElement = { [name: string]: XmlValue };
export type XmlValue = string | XmlElement | XmlElement[] | string[];

export function parseXml(text: string): XmlElement {
  return parser.parse(text) as XmlElement;
}

/** Where a document stopped making sense: cut off, or broken at a line. */
export interface XmlDamage {
  kind: 'truncated' | 'malformed';
  line: number;
  /** The element open where the file ends (truncated), or the parser's complaint (malformed). */
  detail: string;
}

/**
 * Parses a document that may be damaged. A file cut off (a download or copy interrupted) is
 * read up to its last complete tag, with the elements still open closed; a file broken in the
 * middle is read up to the line before the break. What was read is kept and the damage is
 * returned, so a reader can report it instead of losing every node.
 */
export function parseXmlRecovering(text: string): { document: XmlElement; damage?: XmlDamage } {
  const root = /<([A-Za-z_][\w:.-]*)/.exec(stripPreamble(text))?.[1];
  const complete =
    root !== undefined &&
    new RegExp(`</${root.replace(/[.]/g, '\\.')}\\s*>\\s*(<!--[\\s\\S]*?-->\\s*)*$`).test(text);
  if (complete) {
    try {
      return { document: parseXml(text) };
    } catch (thrown) {
      const found = XMLValidator.validate(text);
      const line = found === true ? 1 : found.err.line;
      const detail =
        found === true ? (thrown instanceof Error ? thrown.message : String(thrown)) : found.err.msg;
      return { document: parseClosed(cutAtLine(text, line)), damage: { kind: 'malformed', line, detail } };
    }
  }
  const cut = text.slice(0, text.lastIndexOf('>') + 1);
  const line = lineCount(text);
  const open = openElements(cut);
  const damage: XmlDamage = {
    kind: 'truncated',
    line,
    detail: lastStartTag(cut) ?? open[open.length - 1] ?? root ?? '',
  };
  try {
    return { document: parseClosed(cut), damage };
  } catch {
    const found = XMLValidator.validate(cut);
    const at = found === true ? line : found.err.line;
    return { document: parseClosed(cutAtLine(cut, at)), damage };
  }
}

function stripPreamble(text: string): string {
  return text.replace(/^\ufeff?(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*/i, '');
}

/** The text up to its last complete tag with every element left open closed. */
function parseClosed(text: string): XmlElement {
  const cut = text.slice(0, text.lastIndexOf('>') + 1);
  const closing = openElements(cut)
    .reverse()
    .map((name) => `</${name}>`)
    .join('');
  try {
    return parseXml(cut + closing);
  } catch {
    return {};
  }
}

/** The text before line `line` (1-based). */
function cutAtLine(text: string, line: number): string {
  let current = 1;
  for (let i = 0; i < text.length && current < line; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      current++;
      if (current === line) return text.slice(0, i + 1);
    }
  }
  return current < line ? text : '';
}

/** Names of the elements open at the end of the text, outermost first. */
function openElements(text: string): string[] {
  const stack: string[] = [];
  const tag = /<(!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|[?!][^>]*>|(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>)/g;
  for (let match = tag.exec(text); match; match = tag.exec(text)) {
    const name = match[3];
    if (name === undefined || match[4] === '/') continue;
    if (match[2] === '/') {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
    } else stack.push(name);
  }
  return stack;
}

function lastStartTag(text: string): string | undefined {
  const matches = text.slice(-4096).match(/<([A-Za-z_][\w:.-]*)/g);
  return matches?.[matches.length - 1]?.slice(1);
}

export function lineCount(text: string): number {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  return lines;
}

/** The child elements called `name` (always a list, possibly empty). */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  const value = element?.[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => (typeof item === 'string' ? { '#text': item } : item));
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return children(element, name)[0];
}

/** An attribute's text, or undefined. */
export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** The text content of an element, whether the parser gave a string or an object with `#text`. */
export function textOf(element: XmlElement | string | undefined): string {
  if (element === undefined) return '';
  if (typeof element === 'string') return element;
  const text = element['#text'];
  return typeof text === 'string' ? text : '';
}

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `&#233;`, `&#xE9;`, `&amp;` and the other XML entities to the characters they stand for. */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than tab, LF, CR; U+FFFE, U+FFFF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for an attribute value or element content; control whitespace survives the round trip. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
    .replace(NOT_IN_XML, '');
}
