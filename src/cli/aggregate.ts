/**
 * `clusterscope aggregate`: the network of groups — by default region × sector — that a
 * national production network becomes when every firm is replaced by its group: one actor per
 * group (its field values, how many firms it holds, the ties and strength inside it) and one
 * relation per pair of groups and direction (strength summed, ties counted). Written as an
 * actors/relations CSV pair the explorer opens; the files are read as columns.
 */
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { MISSING_GROUP } from '../analysis/groups.ts';
import { formatColumnarReport } from './columnar-report.ts';
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { IMPORT_FLAGS, importOptionsFrom, importUsage } from './import-options.ts';
import { readColumnarFiles } from './load-network.ts';
import { writeNetworkTables } from './network-tables.ts';

interface Flow {
  strength: number;
  ties: number;
  kind: number;
}

export const command: Command = {
  name: 'aggregate',
  usage: ({ t }) => t('cli.usage.aggregate', { missing: MISSING_GROUP, importOptions: importUsage(t) }),
  async run(args, output, wording) {
    const { t } = wording;
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        by: { type: 'string' },
        out: { type: 'string' },
        quiet: { type: 'boolean' },
        ...IMPORT_FLAGS,
      },
    });
    if (positionals.length === 0) throw new UsageError('cli.error.noFiles');
    if (values.out === undefined) throw new UsageError('cli.error.give', { flag: '--out FOLDER' });
    const by = (values.by ?? 'region,sector')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    if (by.length === 0) throw new UsageError('cli.error.by');
    const log = values.quiet ? () => {} : output.stderr;
    const network = await readColumnarFiles(positionals, importOptionsFrom(values), log, wording);
    log(formatColumnarReport(network.report, wording));
    if (network.ids.length === 0) return EXIT_NOTHING_USABLE;
    const missing = by.filter((name) => name !== 'kind' && !network.fields.has(name));
    if (missing.length > 0) {
      const fields = [...network.fields.keys()].join(', ');
      output.stderr(
        `clusterscope aggregate: ${t('cli.log.noField', { missing: missing.join(', '), fields })}\n`,
      );
      return EXIT_NOTHING_USABLE;
    }

    // Group of each actor, numbered in order of first appearance.
    const columns = by.map((name) => (name === 'kind' ? network.kinds : (network.fields.get(name) ?? [])));
    const groupOf = new Int32Array(network.ids.length);
    const groupByKey = new Map<string, number>();
    const groupValues: string[][] = [];
    for (let v = 0; v < network.ids.length; v++) {
      const parts = columns.map((column) => {
        const value = column[v];
        return value === null || value === undefined || value === '' ? MISSING_GROUP : String(value);
      });
      const key = JSON.stringify(parts);
      let group = groupByKey.get(key);
      if (group === undefined) {
        group = groupValues.push(parts) - 1;
        groupByKey.set(key, group);
      }
      groupOf[v] = group;
    }
    const groups = groupValues.length;
    const size = new Float64Array(groups);
    for (const g of groupOf) size[g]++;
    const internalTies = new Float64Array(groups);
    const internalStrength = new Float64Array(groups);
    const flows = new Map<number, Flow>();
    const MIXED = -1;
    for (let i = 0; i < network.source.length; i++) {
      const from = groupOf[network.source[i]];
      const to = groupOf[network.target[i]];
      if (from === to) {
        internalTies[from]++;
        internalStrength[from] += network.strength[i];
        continue;
      }
      const directed = network.directed[i] === 1;
      const [a, b] = directed ? [from, to] : [Math.min(from, to), Math.max(from, to)];
      // Keyed by ordered pair and direction; fits a double exactly below 2^53.
      const key = (a * groups + b) * 2 + (directed ? 1 : 0);
      const flow = flows.get(key);
      if (flow) {
        flow.strength += network.strength[i];
        flow.ties++;
        if (flow.kind !== network.kind[i]) flow.kind = MIXED;
      } else flows.set(key, { strength: network.strength[i], ties: 1, kind: network.kind[i] });
    }
    const name = (g: number) => groupValues[g].join(' / ');
    const relationRows = [...flows.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([key, flow]) => {
        const pair = Math.floor(key / 2);
        return [
          name(Math.floor(pair / groups)),
          name(pair % groups),
          flow.kind === MIXED ? 'other' : network.relationKinds[flow.kind],
          flow.strength,
          key % 2 === 1,
          flow.ties,
        ];
      });
    await mkdir(values.out, { recursive: true });
    const written = writeNetworkTables(
      values.out,
      {
        header: ['id', 'label', 'kind', ...by, 'actors', 'internal_ties', 'internal_strength'],
        rows: groupValues.map((parts, g) => [
          name(g),
          name(g),
          'other',
          ...parts,
          size[g],
          internalTies[g],
          internalStrength[g],
        ]),
      },
      { header: ['source', 'target', 'kind', 'strength', 'directed', 'ties'], rows: relationRows },
    );
    const said = { groups, by: by.join(' × '), relations: relationRows.length, files: written.join(', ') };
    log(`${t('cli.log.groups', said)}\n`);
    return EXIT_OK;
  },
};
