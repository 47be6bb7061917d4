/**
 * The scale ladder: seeded production networks (scripts/generate-ladder.ts) from 10⁴ to 10⁷
 * ties, one actor per ten ties, each analysed by the CLI as a user would — columnar import,
 * the measures that scale (degree, PageRank, core number, clustering, communities, local and
 * external ties with E-I, brokerage from group totals, betweenness from seeded pivots with its
 * stated error) on this machine's threads — with time and peak memory per rung; igraph beside
 * it on the same files where installed (its own measures within a budget).
 */
import { join } from 'node:path';
import { generateLadder } from '../scripts/generate-ladder.ts';
import { type CliRun, runAnalyzeCli } from './ours/cli-run.ts';
import { PEERS, type PeerOutcome, runPeer } from './peers/run-peers.ts';

export const LADDER_MEASURES =
  'degree,pagerank,core,clustering,communities,locality,brokerage,brokerage-z,paths';
/** Pivots for sampled betweenness on each rung. */
export const LADDER_PIVOTS = 32;

export interface Rung {
  readonly ties: number;
  readonly actors: number;
  readonly generateMs: number;
  readonly ours: CliRun;
  readonly igraph?: PeerOutcome;
}

export async function runLadder(
  scratch: string,
  rungs: readonly number[],
  settings: { threads: number; peerBudget: number; peersUpTo: number; log: (text: string) => void },
): Promise<Rung[]> {
  const results: Rung[] = [];
  for (const ties of rungs) {
    const dir = join(scratch, `ladder-${ties}`);
    settings.log(`[bench] ladder ${ties.toLocaleString('en')} ties: generating`);
    let started = performance.now();
    const counts = generateLadder(dir, { ties, seed: 42 });
    const generateMs = performance.now() - started;
    settings.log(`[bench] ladder ${ties.toLocaleString('en')} ties: ours (${settings.threads} threads)`);
    started = performance.now();
    const files = [join(dir, 'actors.csv'), join(dir, 'relations.csv')];
    const ours = await runAnalyzeCli(files, [
      '--columnar',
      '--measures',
      LADDER_MEASURES,
      '--sample',
      String(LADDER_PIVOTS),
      '--threads',
      String(settings.threads),
    ]);
    let igraph: PeerOutcome | undefined;
    const peer = PEERS.find((candidate) => candidate.name === 'igraph');
    if (peer && ties <= settings.peersUpTo) {
      settings.log(
        `[bench] ladder ${ties.toLocaleString('en')} ties: igraph (budget ${settings.peerBudget} s)`,
      );
      igraph = await runPeer(
        peer,
        { dir, actors: files[0], relations: files[1] },
        {
          budgetSeconds: settings.peerBudget,
          sample: LADDER_PIVOTS,
          seed: 42,
        },
      );
    }
    results.push({ ties: counts.ties, actors: counts.actors, generateMs, ours, igraph });
  }
  return results;
}

/** igraph's time on the ladder's measures, when it measured them all. */
export const IGRAPH_LADDER_MEASURES = ['degree', 'pagerank', 'core', 'clustering', 'louvain'];
