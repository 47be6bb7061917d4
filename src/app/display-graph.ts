/**
 * The graph sigma draws: one node per actor of the network on screen and one edge per tie
 * (the display stage's ties, display-ties.ts). The worker decides what the ties are; this
 * copies them into a graphology graph in steps, so the main thread never blocks for long,
 * and places every actor where it stood before (or, when it is new, where the worker seeded it:
 * with its community, layout/seed.ts).
 */
import Graph from 'graphology';
import type { Ecosystem } from '../model/ecosystem.ts';
import { type ActorKind, RELATION_KINDS, type RelationKind } from '../model/kinds.ts';
import type { MapPositions } from './map/map-positions.ts';
import { ACTOR_KIND_COLOURS, RELATION_KIND_COLOURS } from './palette.ts';
import { type DisplayTies, kindsOf } from './pipeline/display-ties.ts';

export interface DisplayNode {
  label: string;
  kind: ActorKind;
  x: number;
  y: number;
  size: number;
  color: string;
  /** 1 for actors the way of looking puts in front. */
  zIndex?: number;
  /** Named whatever the label density (the few actors a way of looking points out). */
  forceLabel?: boolean;
  /** On the map: the node program that draws rings (map/map-nodes.ts), and what it draws. */
  type?: string;
  ringColor?: string;
  ringSize?: number;
  holeSize?: number;
}

export interface DisplayEdge {
  kind: RelationKind;
  kinds: RelationKind[];
  strength: number;
  /** LOCAL (1), EXTERNAL (0) or UNCLASSIFIED (−1), as the analysis' locality rule decided. */
  locality: number;
  /** Backbone scores (analysis/backbone.ts): disparity (lower matters more) and shared partners. */
  disparity: number;
  sharedPartners: number;
  /** Across an NL–BE–DE border. */
  crossBorder: boolean;
  size: number;
  color: string;
  zIndex?: number;
  /** Not drawn: outside the backbone being drawn (appearance/tie-drawing.ts), or on the map a tie
   * merged into a flow between places. */
  hidden?: boolean;
}

export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

/** One tie of an actor as the highlight draws it: the partner and the tie, by reference. */
export interface PartnerTie {
  key: string;
  partner: DisplayNode;
  tie: DisplayEdge;
}

export interface Display {
  graph: DisplayGraph;
  /**
   * Each actor's ties, listed once as the graph is built, so that hovering a hub of 2,242
   * partners never walks graphology's per-actor object of ties nor looks attributes up by key
   * (together about half of the highlight's work). They hold the graph's own attribute objects:
   * every writer (layout, map, appearance, dragging) changes attributes in place, never
   * replaces them, and the graph's ties never change once built.
   */
  partnerTies: Map<string, PartnerTie[]>;
  /** The weakest and strongest tie, for opacity by strength; equal when strengths do not differ. */
  strengthRange: { min: number; max: number };
  /** Every actor's place on the map, in the graph's node order; null when not computed. */
  map: MapPositions | null;
}

export type Position = { x: number; y: number };

const INITIAL_NODE_SIZE = 4;
/** Builds the display graph, yielding every `step` elements; the last value is the display. */
export function* buildDisplayInSteps(
  ecosystem: Ecosystem,
  ties: DisplayTies,
  positionOf: (key: string) => Position | undefined,
  step = 500,
): Generator<void, Display> {
  const graph: DisplayGraph = new Graph<DisplayNode, DisplayEdge>({ type: 'undirected', multi: false });
  const keys: string[] = [];
  let i = 0;
  for (const { node, attributes } of ecosystem.nodeEntries()) {
    const position = positionOf(node) ?? { x: ties.seed[2 * i], y: ties.seed[2 * i + 1] };
    graph.addNode(node, {
      label: attributes.label,
      kind: attributes.kind,
      x: position.x,
      y: position.y,
      size: INITIAL_NODE_SIZE,
      color: ACTOR_KIND_COLOURS[attributes.kind],
    });
    keys.push(node);
    if (++i % step === 0) yield;
  }
  const partnerTies = new Map<string, PartnerTie[]>(keys.map((key) => [key, []]));
  const strengthRange = { min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY };
  for (let tie = 0; tie < ties.strength.length; tie++) {
    const source = keys[ties.ends[2 * tie]];
    const target = keys[ties.ends[2 * tie + 1]];
    const kind = RELATION_KINDS[ties.kind[tie]];
    const edge = graph.addEdge(source, target, {
      kind,
      kinds: kindsOf(ties.kinds[tie]),
      strength: ties.strength[tie],
      locality: ties.locality[tie],
      disparity: ties.backbone.disparity[tie],
      sharedPartners: ties.backbone.simmelian[tie],
      crossBorder: ties.crossBorder[tie] === 1,
      size: 0.5 + Math.min(ties.strength[tie], 10) * 0.25,
      color: RELATION_KIND_COLOURS[kind],
    });
    const attributes = graph.getEdgeAttributes(edge);
    partnerTies.get(source)?.push({ key: target, partner: graph.getNodeAttributes(target), tie: attributes });
    partnerTies.get(target)?.push({ key: source, partner: graph.getNodeAttributes(source), tie: attributes });
    strengthRange.min = Math.min(strengthRange.min, ties.strength[tie]);
    strengthRange.max = Math.max(strengthRange.max, ties.strength[tie]);
    if ((tie + 1) % step === 0) yield;
  }
  return { graph, partnerTies, strengthRange, map: ties.map ?? null };
}

/** The display in one go, for tests and small networks. */
export function buildDisplay(
  ecosystem: Ecosystem,
  ties: DisplayTies,
  positionOf: (key: string) => Position | undefined = () => undefined,
): Display {
  const steps = buildDisplayInSteps(ecosystem, ties, positionOf, Number.POSITIVE_INFINITY);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
