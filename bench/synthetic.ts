/**
 * Seeded synthetic ecosystems for benchmarks: regional groups with preferential attachment
 * inside a region and a share of ties across regions, written as the two CSV tables people bring.
 */
import { seededRandom } from '../src/analysis/seeded-random.ts';

export interface SyntheticNetwork {
  actorsCsv: string;
  relationsCsv: string;
  actorCount: number;
  tieCount: number;
}

const KINDS = ['firm', 'firm', 'firm', 'firm', 'knowledge', 'government', 'intermediary'];
const RELATIONS = ['supply', 'knowledge', 'cooperation', 'supply', 'other'];

export function syntheticNetwork(actorCount: number, tieCount: number, seed = 42): SyntheticNetwork {
  const random = seededRandom(seed);
  const regions = Math.max(1, Math.round(actorCount / 500));
  const actorLines = ['id,label,kind,region,country,lat,lon'];
  const regionOf = new Int32Array(actorCount);
  for (let i = 0; i < actorCount; i++) {
    regionOf[i] = Math.floor(random() * regions);
    const kind = KINDS[Math.floor(random() * KINDS.length)];
    const lat = (50 + random() * 2).toFixed(4);
    const lon = (5 + random() * 2).toFixed(4);
    actorLines.push(`A${i},Actor ${i},${kind},R${regionOf[i]},NL,${lat},${lon}`);
  }
  // Endpoints drawn from the list of endpoints so far: preferential attachment, heavy-tailed degrees.
  const endpoints: number[] = [];
  const seen = new Set<number>();
  const relationLines = ['source,target,kind,strength'];
  while (seen.size < tieCount) {
    const source = Math.floor(random() * actorCount);
    let target =
      endpoints.length > 0 && random() < 0.6
        ? endpoints[Math.floor(random() * endpoints.length)]
        : Math.floor(random() * actorCount);
    if (random() < 0.8 && regionOf[target] !== regionOf[source]) {
      target = Math.floor(random() * actorCount);
      if (regionOf[target] !== regionOf[source]) continue;
    }
    if (source === target) continue;
    const key = Math.min(source, target) * actorCount + Math.max(source, target);
    if (seen.has(key)) continue;
    seen.add(key);
    endpoints.push(source, target);
    const kind = RELATIONS[Math.floor(random() * RELATIONS.length)];
    relationLines.push(`A${source},A${target},${kind},${1 + Math.floor(random() * 5)}`);
  }
  return {
    actorsCsv: `${actorLines.join('\n')}\n`,
    relationsCsv: `${relationLines.join('\n')}\n`,
    actorCount,
    tieCount,
  };
}
