/**
 * `clusterscope ego`: one actor's ego network cut out of a large file — the actor, its
 * partners (depth 1) and their partners (depth 2), and every relation among them — written as
 * an actors/relations CSV pair the explorer opens. The files are read as columns, so a file
 * of millions of ties is cut without building its graph.
 */
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildViewsFromArcs } from '../model/views.ts';
import { formatColumnarReport } from './columnar-report.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { IMPORT_FLAGS, importOptionsFrom, importUsage } from './import-options.ts';
import { readColumnarFiles } from './load-network.ts';
import { writeNetworkTables } from './network-tables.ts';

export const command: Command = {
  name: 'ego',
  usage: ({ t }) => t('cli.usage.ego', { importOptions: importUsage(t) }),
  async run(args, output, wording) {
    const { t } = wording;
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
    if (positionals.length === 0) throw new UsageError('cli.error.noFiles');
    if (values.actor === undefined) throw new UsageError('cli.error.give', { flag: '--actor ID' });
    if (values.out === undefined) throw new UsageError('cli.error.give', { flag: '--out FOLDER' });
    const depth = Number(values.depth ?? '1');
    if (depth !== 1 && depth !== 2) throw new UsageError('cli.error.depth', { value: values.depth ?? '' });
    const log = values.quiet ? () => {} : output.stderr;
    const network = await readColumnarFiles(positionals, importOptionsFrom(values), log, wording);
    log(formatColumnarReport(network.report, wording));
    const ego = network.ids.indexOf(values.actor.trim());
    if (ego < 0) {
      const said = t('cli.log.noEgo', { actor: values.actor, files: positionals.join(', ') });
      output.stderr(`clusterscope ego: ${said}\n`);
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
    const said = { actor: values.actor, actors: members.length, depth, files: written.join(', ') };
    log(`${t('cli.log.ego', said)}\n`);
    return EXIT_OK;
  },
};
