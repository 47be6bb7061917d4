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
import { type Command, EXIT_NOTHING_USABLE, EXIT_OK, UsageError } from './command.ts';
import { IMPORT_FLAGS, IMPORT_USAGE, importOptionsFrom } from './import-options.ts';
import { formatColumnarReport, readColumnarFiles } from './load-network.ts';
import { writeNetworkTables } from './network-tables.ts';

const usage = `Usage: clusterscope aggregate <file> [<file>…] --out FOLDER [--by FIELD,FIELD…] [options]

Reads the CSV tables as columns and writes the network between groups of actors to
FOLDER/actors.csv and FOLDER/relations.csv. Groups are the combinations of the --by fields
(default region,sector); an actor without a value is in "${MISSING_GROUP}" for that field.
Each group row holds its field values, actors (how many), internal_ties and internal_strength;
each relation row one pair of groups and direction (undirected relations apart), with strength
(summed) and ties (counted).

Options:
  --by FIELDS            comma-separated actor fields (default region,sector)
  --out FOLDER           folder to write into (created when missing)
  --quiet                no import report on standard error
${IMPORT_USAGE}
  -h, --help             show this help
`;

interface Flow {
  strength: number;
  ties: number;
  kind: number;
}

export const command: Command = {
  name: 'aggregate',
  summary: 'the network between groups of actors (region × sector by default)',
  usage,
  async run(args, output) {
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
    if (positionals.length === 0) throw new UsageError('name at least one file');
    if (values.out === undefined) throw new UsageError('give --out FOLDER');
    const by = (values.by ?? 'region,sector')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    if (by.length === 0) throw new UsageError('--by needs at least one field');
    const log = values.quiet ? () => {} : output.stderr;
    const network = await readColumnarFiles(positionals, importOptionsFrom(values), log);
    log(formatColumnarReport(network.report));
    if (network.ids.length === 0) return EXIT_NOTHING_USABLE;
    const missing = by.filter((name) => name !== 'kind' && !network.fields.has(name));
    if (missing.length > 0) {
      output.stderr(
        `clusterscope aggregate: no field ${missing.join(', ')}; fields: ${[...network.fields.keys()].join(', ')}\n`,
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
    log(
      `${groups} groups by ${by.join(' × ')}, ${relationRows.length} relations between them; written: ${written.join(', ')}\n`,
    );
    return EXIT_OK;
  },
};
