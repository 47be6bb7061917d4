/**
 * An actor's partners grouped by relation kind, with the direction read the way people say
 * it ("supplier of", "client of"), for the actor profile.
 */
import { EXTERNAL, LOCAL } from '../analysis/locality.ts';
import type { Ecosystem } from '../model/ecosystem.ts';
import { RELATION_KINDS, type RelationKind } from '../model/kinds.ts';
import type { DisplayGraph } from './display-graph.ts';

export interface PartnerEntry {
  id: string;
  label: string;
  /** How the partner relates to the actor: "supplier", "client", "parent", "subsidiary" or "partner". */
  role: string;
  strength: number;
}

export interface PartnerGroup {
  kind: RelationKind;
  partners: PartnerEntry[];
}

const DIRECTED_ROLES: Partial<Record<RelationKind, { incoming: string; outgoing: string }>> = {
  supply: { incoming: 'supplier', outgoing: 'client' },
  ownership: { incoming: 'parent', outgoing: 'subsidiary' },
};

export function partnersByRelationKind(ecosystem: Ecosystem, actor: string): PartnerGroup[] {
  const groups = new Map<RelationKind, PartnerEntry[]>();
  ecosystem.forEachEdge(actor, (_edge, relation, source, target) => {
    const partner = source === actor ? target : source;
    const roles = DIRECTED_ROLES[relation.kind];
    let role = 'partner';
    if (relation.directed)
      role = roles ? (source === actor ? roles.outgoing : roles.incoming) : source === actor ? 'to' : 'from';
    const list = groups.get(relation.kind) ?? [];
    list.push({
      id: partner,
      label: ecosystem.getNodeAttribute(partner, 'label'),
      role,
      strength: relation.strength,
    });
    groups.set(relation.kind, list);
  });
  return RELATION_KINDS.filter((kind) => groups.has(kind)).map((kind) => ({
    kind,
    partners: (groups.get(kind) as PartnerEntry[]).sort(
      (a, b) => b.strength - a.strength || a.label.localeCompare(b.label),
    ),
  }));
}

/** Case- and accent-insensitive search key: "Müller" matches "muller". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Whether each partner's tie is local (true), external (false) or unknown (null), as the
 * display stage decided it with the analysis' locality rule; read from the drawing, never
 * decided again here.
 */
export function partnerLocality(
  display: { graph: DisplayGraph } | null,
  actor: string,
): Map<string, boolean | null> {
  const locality = new Map<string, boolean | null>();
  if (!display?.graph.hasNode(actor)) return locality;
  display.graph.forEachEdge(actor, (_edge, tie, source, target) => {
    const partner = source === actor ? target : source;
    locality.set(partner, tie.locality === LOCAL ? true : tie.locality === EXTERNAL ? false : null);
  });
  return locality;
}
