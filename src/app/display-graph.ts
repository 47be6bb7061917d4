/**
 * The graph sigma draws: one node per actor and one edge per tie (the tie view), so that
 * parallel relations do not stack invisibly on top of each other. Each tie keeps the kinds
 * of its relations and is coloured by the strongest one.
 */
import Graph from 'graphology';
import type { Ecosystem } from '../model/ecosystem.ts';
import type { ActorKind, RelationKind } from '../model/kinds.ts';
import { ACTOR_KIND_COLOURS, RELATION_KIND_COLOURS } from './palette.ts';

export interface DisplayNode {
  label: string;
  kind: ActorKind;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface DisplayEdge {
  kind: RelationKind;
  kinds: RelationKind[];
  strength: number;
  size: number;
  color: string;
}

export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

export interface Display {
  graph: DisplayGraph;
  /** Partners of every actor, computed once so that hovering never walks the graph. */
  neighbours: Map<string, Set<string>>;
}

const MIN_NODE_SIZE = 2.5;
const MAX_NODE_SIZE = 14;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Starting positions lie on a sunflower spiral: deterministic (the same file always gives the
 * same layout) and evenly spread, which lets ForceAtlas2 settle faster than from random points.
 *
 * @param degree  degree per node in the ecosystem's node order (from the measure registry)
 */
export function buildDisplay(ecosystem: Ecosystem, degree: ArrayLike<number>): Display {
  const graph: DisplayGraph = new Graph<DisplayNode, DisplayEdge>({ type: 'undirected', multi: false });
  let maxDegree = 1;
  for (let i = 0; i < degree.length; i++) maxDegree = Math.max(maxDegree, degree[i]);
  let i = 0;
  ecosystem.forEachNode((id, attributes) => {
    const share = Math.sqrt(degree[i] / maxDegree);
    const radius = 10 * Math.sqrt(i + 0.5);
    const angle = i * GOLDEN_ANGLE;
    i++;
    graph.addNode(id, {
      label: attributes.label,
      kind: attributes.kind,
      x: radius * Math.cos(angle),
      y: radius * Math.sin(angle),
      size: MIN_NODE_SIZE + share * (MAX_NODE_SIZE - MIN_NODE_SIZE),
      color: ACTOR_KIND_COLOURS[attributes.kind],
    });
  });
  const strongest = new Map<string, number>();
  ecosystem.forEachEdge((_edge, relation, source, target) => {
    const existing = graph.edge(source, target);
    if (existing === undefined) {
      graph.addEdge(source, target, {
        kind: relation.kind,
        kinds: [relation.kind],
        strength: relation.strength,
        size: 1,
        color: RELATION_KIND_COLOURS[relation.kind],
      });
      strongest.set(graph.edge(source, target) as string, relation.strength);
      return;
    }
    const tie = graph.getEdgeAttributes(existing);
    tie.strength += relation.strength;
    if (!tie.kinds.includes(relation.kind)) tie.kinds.push(relation.kind);
    if (relation.strength > (strongest.get(existing) ?? 0)) {
      strongest.set(existing, relation.strength);
      tie.kind = relation.kind;
      tie.color = RELATION_KIND_COLOURS[relation.kind];
    }
  });
  graph.forEachEdge((edge, tie) => {
    graph.setEdgeAttribute(edge, 'size', 0.5 + Math.min(tie.strength, 10) * 0.25);
  });
  const neighbours = new Map<string, Set<string>>();
  graph.forEachNode((id) => {
    neighbours.set(id, new Set(graph.neighbors(id)));
  });
  return { graph, neighbours };
}
