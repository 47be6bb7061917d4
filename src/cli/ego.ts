/**
 * `clusterscope ego`: one actor's ego network cut out of a large file — the actor, its
 * partners (depth 1) and their partners (depth 2), and every relation among them — written as
 * an actors/relations CSV pair the explorer opens. The files are read as columns, so a file
 * of millions of ties is cut without building its graph.
 */
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildViewsFromArcs } from '../model/views.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { IMPORT_FLAGS, IMPORT_USAGE, importOptionsFrom } from './import-options.ts';
import { formatColumnarReport, readColumnarFiles } from './load-network.ts';
import { writeNetworkTables } from './network-tables.ts';

const usage = `Usage: clusterscope ego <file> [<file>…] --actor ID --out FOLDER [options]

Reads the CSV tables (actors and relations, or an edge list alone) as columns and writes the
ego network of one actor to FOLDER/actors.csv and FOLDER/relations.csv: the actor, everyone
within --depth ties of it (in either direction), and every relation among them.

Options:
  --actor ID             the ego, by id as in the files
  --depth 1|2            how far to reach (default 1)
  --out FOLDER           folder to write into (created when missing)
  --quiet                no import report on standard error
${IMPORT_USAGE}
  -h, --help             show this help
`;

export const command: Command = {
  name: 'ego',
  summary: 'cut one actor’s ego network out of a large file',
  usage,
  async run(args, output) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        actor: { type: 'string' },
        depth: { type: 'string' },
        out: { type: 'string' },
        quiet: { type: 'boolean' },
        ...IMPORT_FLAGS,
      },
    });
    if (positionals.length === 0) throw new UsageError('name at least one file');
    if (values.actor === undefined) throw new UsageError('give --actor ID');
    if (values.out === undefined) throw new UsageError('give --out FOLDER');
    const depth = Number(values.depth ?? '1');
    if (depth !== 1 && depth !== 2) throw new UsageError(`--depth must be 1 or 2 (got "${values.depth}")`);
    const log = values.quiet ? () => {} : output.stderr;
    const network = await readColumnarFiles(positionals, importOptionsFrom(values), log);
    log(formatColumnarReport(network.report));
    const ego = network.ids.indexOf(values.actor.trim());
    if (ego < 0) {
      output.stderr(`clusterscope ego: no actor "${values.actor}" in ${positionals.join(', ')}\n`);
      return EXIT_NOTHING_USABLE;
    }
    const { tie } = buildViewsFromArcs(network);
    const distance = new Int8Array(network.ids.length).fill(-1);
    distance[ego] = 0;
    let frontier = [ego];
    for (let step = 1; step <= depth; step++) {
      const next: number[] = [];
      for (const v of frontier) {
        for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) {
          const w = tie.neighbours[k];
          if (distance[w] >= 0) continue;
          distance[w] = step;
          next.push(w);
        }
      }
      frontier = next;
    }
    const members: number[] = [];
    distance.forEach((d, v) => {
      if (d >= 0) members.push(v);
    });
    const fieldNames = [...network.fields.keys()];
    const relationRows = function* () {
      for (let i = 0; i < network.source.length; i++) {
        const s = network.source[i];
        const t = network.target[i];
        if (distance[s] < 0 || distance[t] < 0) continue;
        yield [
          network.ids[s],
          network.ids[t],
          network.relationKinds[network.kind[i]],
          network.strength[i],
          network.directed[i] === 1,
        ];
      }
    };
    await mkdir(values.out, { recursive: true });
    const written = writeNetworkTables(
      values.out,
      {
        header: ['id', 'label', 'kind', ...fieldNames, 'ego_distance'],
        rows: members.map((v) => [
          network.ids[v],
          network.labels[v],
          network.kinds[v],
          ...fieldNames.map((name) => network.fields.get(name)?.[v] ?? null),
          distance[v],
        ]),
      },
      { header: ['source', 'target', 'kind', 'strength', 'directed'], rows: relationRows() },
    );
    log(
      `ego network of ${values.actor}: ${members.length} actors within ${depth} tie(s); written: ${written.join(', ')}\n`,
    );
    return EXIT_OK;
  },
};
