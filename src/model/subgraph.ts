/**
 * A filtered copy of an Ecosystem: the actors and relations a predicate keeps, with their
 * attributes shared (not copied) so a filtered view costs little memory, and their keys kept,
 * so a derived network names its elements as the source does.
 */
import { createEcosystem, type Ecosystem, type RelationAttributes } from './ecosystem.ts';

export function subEcosystem(
  ecosystem: Ecosystem,
  keepActor: (key: string) => boolean,
  keepRelation: (relation: RelationAttributes, source: string, target: string) => boolean = () => true,
): Ecosystem {
  const sub = createEcosystem();
  ecosystem.forEachNode((key, actor) => {
    if (keepActor(key)) sub.addNode(key, actor);
  });
  ecosystem.forEachEdge((edge, relation, source, target) => {
    if (!sub.hasNode(source) || !sub.hasNode(target) || !keepRelation(relation, source, target)) return;
    if (relation.directed) sub.addDirectedEdgeWithKey(edge, source, target, relation);
    else sub.addUndirectedEdgeWithKey(edge, source, target, relation);
  });
  return sub;
}
