/**
 * Seeded production networks for the scale ladder: firms in regions and sectors, tied by
 * directed supply relations (supplier → client), the shape of the VAT-based firm-to-firm
 * networks statistics offices study. Written as the two CSV tables people bring.
 *
 *   npx tsx scripts/generate-ladder.ts --ties 1000000 --out DIR [--seed 42]
 *
 * One actor per ten ties. Each firm's number of clients follows a heavy-tailed (Pareto) law
 * with mean 10, so a few firms supply thousands; clients are drawn by attractiveness (also
 * heavy-tailed), 60% from the supplier's own region and, within that, more often from the
 * sectors that buy from the supplier's sector (a fixed random input–output table). A firm never
 * supplies the same client twice, so the file has exactly `--ties` distinct ties.
 * Regions are named like NUTS-3 areas (R001 …), sectors like NACE sections (A … U).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSeededRandom } from './lib/seeded-random.ts';

const SECTORS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');
const SAME_REGION = 0.6;
const SECTOR_PREFERENCE = 0.5;

export interface LadderSettings {
  ties: number;
  seed: number;
}

/** Writes actors.csv and relations.csv to `dir`; returns the counts written. */
export function generateLadder(dir: string, { ties, seed }: LadderSettings) {
  const random = createSeededRandom(seed);
  const actors = Math.max(10, Math.round(ties / 10));
  const regions = Math.max(5, Math.round(actors / 2000));
  const region = new Int32Array(actors);
  const sector = new Int32Array(actors);
  const attractiveness = new Float64Array(actors);
  for (let i = 0; i < actors; i++) {
    region[i] = Math.floor(random.next() * regions);
    sector[i] = Math.floor(random.next() * SECTORS.length);
    attractiveness[i] = pareto(random.next(), 1.5);
  }
  // Which sectors each sector sells to most: a fixed random input–output preference.
  const buyerSectors = SECTORS.map(() =>
    Array.from({ length: 3 }, () => Math.floor(random.next() * SECTORS.length)),
  );
  const byRegion = cumulativeGroups(actors, regions, (i) => region[i], attractiveness);
  const byRegionSector = cumulativeGroups(
    actors,
    regions * SECTORS.length,
    (i) => region[i] * SECTORS.length + sector[i],
    attractiveness,
  );
  const everyone = cumulativeGroups(actors, 1, () => 0, attractiveness);

  mkdirSync(dir, { recursive: true });
  const actorsFile = new LineWriter(join(dir, 'actors.csv'));
  actorsFile.line('id,label,kind,region,sector');
  for (let i = 0; i < actors; i++) {
    actorsFile.line(`F${i},Firm ${i},firm,R${String(region[i] + 1).padStart(3, '0')},${SECTORS[sector[i]]}`);
  }
  actorsFile.close();

  // Out-degrees: Pareto draws scaled so they add up to `ties`, each at most actors − 1.
  const raw = Float64Array.from({ length: actors }, () => pareto(random.next(), 2));
  let rawSum = 0;
  for (const value of raw) rawSum += value;
  const degree = new Int32Array(actors);
  let assigned = 0;
  for (let i = 0; i < actors; i++) {
    degree[i] = Math.min(actors - 1, Math.floor((raw[i] / rawSum) * ties));
    assigned += degree[i];
  }
  for (let i = 0; assigned < ties; i = (i + 1) % actors) {
    if (degree[i] < actors - 1) {
      degree[i]++;
      assigned++;
    }
  }

  const relations = new LineWriter(join(dir, 'relations.csv'));
  relations.line('source,target,kind,strength');
  const chosen = new Set<number>();
  let written = 0;
  for (let supplier = 0; supplier < actors; supplier++) {
    chosen.clear();
    let attempts = 0;
    while (chosen.size < degree[supplier]) {
      let client: number;
      // Hubs with more clients than their region offers fall back on the whole population.
      if (attempts++ > 4 * degree[supplier] + 20) client = Math.floor(random.next() * actors);
      else if (random.next() < SAME_REGION) {
        const preferred = buyerSectors[sector[supplier]][Math.floor(random.next() * 3)];
        client =
          random.next() < SECTOR_PREFERENCE
            ? byRegionSector.draw(region[supplier] * SECTORS.length + preferred, random.next())
            : byRegion.draw(region[supplier], random.next());
      } else client = everyone.draw(0, random.next());
      if (client < 0 || client === supplier || chosen.has(client)) continue;
      chosen.add(client);
      relations.line(`F${supplier},F${client},supply,${1 + Math.floor(random.next() * 5)}`);
      written++;
    }
  }
  relations.close();
  return { actors, ties: written, regions, sectors: SECTORS.length };
}

/** Inverse-transform Pareto draw with minimum 1 and tail index `alpha`. */
function pareto(uniform: number, alpha: number): number {
  return (1 - uniform) ** (-1 / alpha);
}

/** Members of each group with cumulative weights, to draw a member ∝ weight in O(log size). */
function cumulativeGroups(
  count: number,
  groups: number,
  groupOf: (i: number) => number,
  weight: Float64Array,
) {
  const offsets = new Int32Array(groups + 1);
  for (let i = 0; i < count; i++) offsets[groupOf(i) + 1]++;
  for (let g = 0; g < groups; g++) offsets[g + 1] += offsets[g];
  const fill = offsets.slice(0, groups);
  const members = new Int32Array(count);
  for (let i = 0; i < count; i++) members[fill[groupOf(i)]++] = i;
  const cumulative = new Float64Array(count);
  for (let g = 0; g < groups; g++) {
    let sum = 0;
    for (let k = offsets[g]; k < offsets[g + 1]; k++) {
      sum += weight[members[k]];
      cumulative[k] = sum;
    }
  }
  return {
    /** A member of group g, or −1 when the group is empty. */
    draw(g: number, uniform: number): number {
      const start = offsets[g];
      const end = offsets[g + 1];
      if (end === start) return -1;
      const goal = uniform * cumulative[end - 1];
      let lo = start;
      let hi = end - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid] <= goal) lo = mid + 1;
        else hi = mid;
      }
      return members[lo];
    },
  };
}

/** Buffered line output: one write per megabyte rather than per line. */
class LineWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  line(text: string) {
    this.buffer.push(text);
    this.size += text.length + 1;
    if (this.size > 1 << 20) this.flush();
  }
  private flush() {
    if (this.buffer.length > 0) writeSync(this.fd, `${this.buffer.join('\n')}\n`);
    this.buffer = [];
    this.size = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { ties: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '42' } },
  });
  if (!values.ties || !values.out) throw new Error('generate-ladder.ts needs --ties N and --out DIR');
  const started = performance.now();
  const counts = generateLadder(values.out, { ties: Number(values.ties), seed: Number(values.seed) });
  process.stderr.write(
    `${counts.actors.toLocaleString('en')} firms, ${counts.ties.toLocaleString('en')} supply ties, ${counts.regions} regions, ${counts.sectors} sectors → ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
