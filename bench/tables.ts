/**
 * The workloads as the two CSV tables people bring (guide §5), written to a temporary
 * directory that our workload process and the peer scripts all read: everyone parses the same
 * bytes. Nothing here is committed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coParticipation, networkTables, tiesTouching } from './h2020/network.ts';
import { readParticipations } from './h2020/participations.ts';
import { syntheticNetwork } from './synthetic.ts';

export interface Tables {
  readonly actorsCsv: string;
  readonly relationsCsv: string;
}

export interface TablesDir {
  readonly dir: string;
  readonly actors: string;
  readonly relations: string;
}

export const DESIGN_POINT = { actors: 10_000, ties: 50_000, seed: 42 };

export function designPointTables(): Tables {
  return syntheticNetwork(DESIGN_POINT.actors, DESIGN_POINT.ties, DESIGN_POINT.seed);
}

/** The whole network and the Dutch ecosystem share one pass over the raw file. */
export function h2020Tables(): { whole: Tables; dutch: Tables } {
  const network = coParticipation(readParticipations());
  return { whole: networkTables(network), dutch: networkTables(tiesTouching(network, 'NL')) };
}

export function makeScratchDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'clusterscope-bench-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function writeTables(scratch: string, name: string, tables: Tables): TablesDir {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  const actors = join(dir, 'actors.csv');
  const relations = join(dir, 'relations.csv');
  writeFileSync(actors, tables.actorsCsv);
  writeFileSync(relations, tables.relationsCsv);
  return { dir, actors, relations };
}
