/**
 * The Horizon 2020 co-participation network, built by the rule of scripts/reference/h2020.py
 * but over every country: organisations are actors, two organisations are tied when they took
 * part in the same project with at most `cap` distinct organisations (larger consortia would
 * add cliques that say little about who works with whom), strength = number of such projects.
 */
import type { Organisation, Participations } from './participations.ts';

export const PARTICIPANT_CAP = 30;

const KIND_BY_TYPE: Readonly<Record<string, string>> = {
  PRC: 'firm',
  HES: 'knowledge',
  REC: 'knowledge',
  PUB: 'government',
  OTH: 'other',
};

export interface CoParticipation {
  readonly organisations: readonly Organisation[];
  /** Tie endpoints as organisation indexes, `source[i] < target[i]`, sorted by (source, target). */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Number of shared projects within the cap. */
  readonly strength: Int32Array;
}

export function coParticipation(participations: Participations, cap = PARTICIPANT_CAP): CoParticipation {
  const n = participations.organisations.length;
  const shared = new Map<number, number>();
  for (const members of participations.projects.values()) {
    if (members.length > cap) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        // members are sorted, so members[i] < members[j]; the key fits in a double exactly.
        const key = members[i] * n + members[j];
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const keys = Float64Array.from(shared.keys()).sort();
  const source = new Int32Array(keys.length);
  const target = new Int32Array(keys.length);
  const strength = new Int32Array(keys.length);
  keys.forEach((key, i) => {
    source[i] = Math.floor(key / n);
    target[i] = key % n;
    strength[i] = shared.get(key) as number;
  });
  return { organisations: participations.organisations, source, target, strength };
}

/** Only the ties touching an organisation of `country`, and the organisations they join. */
export function tiesTouching(network: CoParticipation, country: string): CoParticipation {
  const { organisations } = network;
  const keep: number[] = [];
  for (let i = 0; i < network.source.length; i++) {
    if (
      organisations[network.source[i]].country === country ||
      organisations[network.target[i]].country === country
    ) {
      keep.push(i);
    }
  }
  const used = new Int32Array(organisations.length).fill(-1);
  const kept: Organisation[] = [];
  organisations.forEach((organisation, index) => {
    if (organisation.country === country) used[index] = kept.push(organisation) - 1;
  });
  const renumber = (index: number) => {
    if (used[index] < 0) used[index] = kept.push(organisations[index]) - 1;
    return used[index];
  };
  const source = new Int32Array(keep.length);
  const target = new Int32Array(keep.length);
  const strength = new Int32Array(keep.length);
  keep.forEach((tie, i) => {
    const a = renumber(network.source[tie]);
    const b = renumber(network.target[tie]);
    source[i] = Math.min(a, b);
    target[i] = Math.max(a, b);
    strength[i] = network.strength[tie];
  });
  return { organisations: kept, source, target, strength };
}

/** The two tables people bring (guide §5): actors and relations, as CSV text. */
export function networkTables(network: CoParticipation): { actorsCsv: string; relationsCsv: string } {
  const actorLines = ['id,label,kind,country,org_type'];
  for (const { pic, type, country } of network.organisations) {
    actorLines.push(`${pic},${pic},${KIND_BY_TYPE[type] ?? 'other'},${country},${type}`);
  }
  const relationLines = ['source,target,kind,strength,directed'];
  const { organisations, source, target, strength } = network;
  for (let i = 0; i < source.length; i++) {
    relationLines.push(
      `${organisations[source[i]].pic},${organisations[target[i]].pic},cooperation,${strength[i]},false`,
    );
  }
  return { actorsCsv: `${actorLines.join('\n')}\n`, relationsCsv: `${relationLines.join('\n')}\n` };
}
