/**
 * An Ecosystem as columns, for crossing a worker boundary. Structured cloning 65,000 relation
 * objects costs the receiving thread a few hundred milliseconds; the same network as arrays of
 * strings and numbers clones in a few. The receiving side rebuilds the graph in steps
 * (`rebuildInSteps`), so the page's main thread never blocks for long.
 *
 * Element keys are kept: derived networks (a time window, a filter) keep the keys of the
 * source, so the main thread can cut its own copy of the source by key.
 */
import { createEcosystem, type Ecosystem } from './ecosystem.ts';
import { createFields, type FieldValue } from './fields.ts';

/** Values of one named attribute or field, aligned with the keys; undefined where absent. */
export interface NamedColumn {
  name: string;
  values: unknown[];
}

export interface ElementColumns {
  keys: string[];
  /** Attributes other than `fields` (label, kind, strength, …). */
  attributes: NamedColumn[];
  fields: NamedColumn[];
}

export interface EcosystemColumns {
  actors: ElementColumns;
  relations: ElementColumns & { sources: Int32Array; targets: Int32Array };
}

type Element = { key: string; attributes: Record<string, unknown> & { fields: Record<string, FieldValue> } };

function toColumns(elements: Element[]): ElementColumns {
  const keys = elements.map((element) => element.key);
  // Maps, not objects: attribute and field names come from files ("__proto__" is a name).
  const attributes = new Map<string, unknown[]>();
  const fields = new Map<string, unknown[]>();
  const columnOf = (map: Map<string, unknown[]>, name: string) => {
    let column = map.get(name);
    if (!column) {
      column = new Array(elements.length);
      map.set(name, column);
    }
    return column;
  };
  elements.forEach((element, i) => {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name !== 'fields') columnOf(attributes, name)[i] = value;
    }
    for (const [name, value] of Object.entries(element.attributes.fields)) columnOf(fields, name)[i] = value;
  });
  const named = (map: Map<string, unknown[]>) => [...map].map(([name, values]) => ({ name, values }));
  return { keys, attributes: named(attributes), fields: named(fields) };
}

export function ecosystemColumns(ecosystem: Ecosystem): EcosystemColumns {
  const index = new Map<string, number>();
  const actors: Element[] = [];
  ecosystem.forEachNode((key, attributes) => {
    index.set(key, actors.length);
    actors.push({ key, attributes: attributes as unknown as Element['attributes'] });
  });
  const relations: Element[] = [];
  const sources = new Int32Array(ecosystem.size);
  const targets = new Int32Array(ecosystem.size);
  ecosystem.forEachEdge((key, attributes, source, target) => {
    sources[relations.length] = index.get(source) as number;
    targets[relations.length] = index.get(target) as number;
    relations.push({ key, attributes: attributes as unknown as Element['attributes'] });
  });
  return { actors: toColumns(actors), relations: { ...toColumns(relations), sources, targets } };
}

function attributesAt(columns: ElementColumns, i: number): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const { name, values } of columns.attributes)
    if (values[i] !== undefined) attributes[name] = values[i];
  const fields = createFields();
  for (const { name, values } of columns.fields) {
    if (values[i] !== undefined) fields[name] = values[i] as FieldValue;
  }
  attributes.fields = fields;
  return attributes;
}

/**
 * Rebuilds the network, yielding after every `step` elements so the caller can give the
 * thread back (an async loop that awaits between steps). The last value is the whole network.
 */
export function* rebuildInSteps(columns: EcosystemColumns, step = 500): Generator<void, Ecosystem> {
  const ecosystem = createEcosystem();
  const { actors, relations } = columns;
  for (let i = 0; i < actors.keys.length; i++) {
    ecosystem.addNode(actors.keys[i], attributesAt(actors, i) as never);
    if ((i + 1) % step === 0) yield;
  }
  for (let i = 0; i < relations.keys.length; i++) {
    const attributes = attributesAt(relations, i) as never as { directed: boolean };
    const source = actors.keys[relations.sources[i]];
    const target = actors.keys[relations.targets[i]];
    if (attributes.directed)
      ecosystem.addDirectedEdgeWithKey(relations.keys[i], source, target, attributes as never);
    else ecosystem.addUndirectedEdgeWithKey(relations.keys[i], source, target, attributes as never);
    if ((i + 1) % step === 0) yield;
  }
  return ecosystem;
}

export function rebuildEcosystem(columns: EcosystemColumns): Ecosystem {
  const steps = rebuildInSteps(columns, Number.POSITIVE_INFINITY);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The part of `source` that a derived network keeps, as key sets; null when it keeps
 * everything (then the derived network is the source itself and nothing is copied).
 */
export interface KeptElements {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

export function keptElements(source: Ecosystem, derived: Ecosystem): KeptElements | null {
  if (derived === source) return null;
  if (derived.order === source.order && derived.size === source.size) return null;
  return { actors: new Set(derived.nodes()), relations: new Set(derived.edges()) };
}

/** Cuts the kept part out of `source`, in steps, keeping keys, order and shared attributes. */
export function* cutInSteps(source: Ecosystem, kept: KeptElements, step = 500): Generator<void, Ecosystem> {
  const cut = createEcosystem();
  let done = 0;
  for (const { node, attributes } of source.nodeEntries()) {
    if (kept.actors.has(node)) cut.addNode(node, attributes);
    if (++done % step === 0) yield;
  }
  for (const { edge, attributes, source: from, target: to } of source.edgeEntries()) {
    if (kept.relations.has(edge)) {
      if (attributes.directed) cut.addDirectedEdgeWithKey(edge, from, to, attributes);
      else cut.addUndirectedEdgeWithKey(edge, from, to, attributes);
    }
    if (++done % step === 0) yield;
  }
  return cut;
}
