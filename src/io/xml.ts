/**
 * XML parsing for GEXF and GraphML. fast-xml-parser is well kept, has no native parts, runs in
 * the browser and in Node, never evaluates anything, refuses element and attribute names such as
 * `__proto__` and limits entity expansion. Values are kept as text (no number guessing): the
 * readers type them by the file's own declarations.
 */
import { XMLParser } from 'fast-xml-parser';

/** Elements that may repeat and must always come back as arrays. */
const REPEATED = new Set([
  'graph',
  'node',
  'edge',
  'attribute',
  'attributes',
  'attvalue',
  'key',
  'data',
  'spell',
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
