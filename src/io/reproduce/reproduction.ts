/**
 * "Reproduce in R / in Python": the exported network, Clusterscope's values and the settings
 * behind them as CSV files, with a script that recomputes every value it has a recipe for with
 * R sna and igraph, or with NetworkX, and prints the largest difference. Pure: the explorer
 * zips the files, the CLI writes them to a folder.
 *
 * Like the other writers it takes plain data (write-csv.ts's MeasureColumn spirit), so io/ does
 * not depend on analysis/: the caller hands over node fields, relations, measure columns,
 * figures, the options each measure ran with and the tests' statistics.
 */
import { actorId, type Ecosystem } from '../../model/ecosystem.ts';
import type { FieldValue } from '../../model/fields.ts';
import { csvCell, csvDocument, numberCell } from '../csv-cell.ts';
import { PYTHON_SCRIPT } from './python-script.ts';
import { R_SCRIPT } from './r-script.ts';

export type ScriptLanguage = 'r' | 'python';

export interface ReproductionRelation {
  /** Node indices (0-based, the order of `nodes.ids`). */
  readonly source: number;
  readonly target: number;
  readonly kind: string;
  readonly strength: number;
  readonly directed: boolean;
}

export interface ReproductionTest {
  readonly test: string;
  readonly options: Readonly<Record<string, number | boolean | string>>;
  readonly permutations: number;
  readonly seed: number;
  readonly statistics: readonly {
    readonly id: string;
    readonly observed: number | null;
    readonly p: { readonly greater: number; readonly less: number; readonly twoSided: number } | null;
  }[];
  readonly figures: Readonly<Record<string, number | string | null>>;
}

export interface ReproductionInput {
  /** Actor ids (as the user knows them), kinds and fields, in node order. */
  readonly nodes: {
    readonly ids: readonly string[];
    readonly kinds: readonly string[];
    readonly fields: Readonly<Record<string, readonly FieldValue[]>>;
  };
  readonly relations: readonly ReproductionRelation[];
  /** Measure columns by output id, aligned with the nodes; NaN where undefined. */
  readonly measures: readonly { readonly name: string; readonly values: ArrayLike<number> }[];
  readonly figures: Readonly<Record<string, number | string | null>>;
  /** The options each measure ran with, by measure id. */
  readonly settings: Readonly<Record<string, Readonly<Record<string, number | boolean | string>>>>;
  readonly tests: readonly ReproductionTest[];
}

/**
 * The input of a reproduction from an Ecosystem and the values computed on it: nodes in the
 * ecosystem's order (the analysis views' node index) with every field, and every relation.
 */
export function reproductionInput(
  ecosystem: Ecosystem,
  values: Pick<ReproductionInput, 'measures' | 'figures' | 'settings' | 'tests'>,
): ReproductionInput {
  const keys = ecosystem.nodes();
  const index = new Map(keys.map((key, i) => [key, i]));
  const names = new Set<string>();
  ecosystem.forEachNode((_key, actor) => {
    for (const name of Object.keys(actor.fields)) names.add(name);
  });
  // A Map keeps field names such as "__proto__" as data.
  const fields = new Map<string, FieldValue[]>();
  for (const name of names) {
    fields.set(
      name,
      keys.map((key) => {
        const actorFields = ecosystem.getNodeAttribute(key, 'fields');
        return Object.hasOwn(actorFields, name) ? actorFields[name] : null;
      }),
    );
  }
  return {
    nodes: {
      ids: keys.map(actorId),
      kinds: keys.map((key) => ecosystem.getNodeAttribute(key, 'kind')),
      fields: Object.fromEntries(fields),
    },
    relations: ecosystem.mapEdges((_edge, relation, source, target) => ({
      source: index.get(source) as number,
      target: index.get(target) as number,
      kind: relation.kind,
      strength: relation.strength,
      directed: relation.directed,
    })),
    ...values,
  };
}

export interface ReproductionFile {
  readonly name: string;
  readonly text: string;
}

function valueCell(value: number | boolean | string | null): string {
  if (typeof value === 'number') return numberCell(value);
  return csvCell(value);
}

/** The files of a reproduction in `language`: six CSV tables, the script and a note on running it. */
export function writeReproduction(input: ReproductionInput, language: ScriptLanguage): ReproductionFile[] {
  const { nodes } = input;
  const fieldNames = Object.keys(nodes.fields).filter(
    (name) => name !== 'kind' && name !== 'index' && name !== 'id',
  );
  const nodesCsv = csvDocument(
    ['index', 'id', 'kind', ...fieldNames],
    nodes.ids.map((id, i) => [
      numberCell(i),
      csvCell(id),
      csvCell(nodes.kinds[i]),
      ...fieldNames.map((name) => csvCell(nodes.fields[name][i])),
    ]),
  );
  const relationsCsv = csvDocument(
    ['source', 'target', 'kind', 'strength', 'directed'],
    input.relations.map((relation) => [
      numberCell(relation.source),
      numberCell(relation.target),
      csvCell(relation.kind),
      numberCell(relation.strength),
      relation.directed ? 'true' : 'false',
    ]),
  );
  const measuresCsv = csvDocument(
    ['index', ...input.measures.map((column) => column.name)],
    nodes.ids.map((_, i) => [numberCell(i), ...input.measures.map((column) => numberCell(column.values[i]))]),
  );
  const figuresCsv = csvDocument(
    ['name', 'value'],
    Object.entries(input.figures)
      .filter(([, value]) => typeof value === 'number' || value === null)
      .map(([name, value]) => [csvCell(name), valueCell(value)]),
  );
  const settingsCsv = csvDocument(
    ['measure', 'option', 'value'],
    Object.entries(input.settings).flatMap(([measure, options]) =>
      Object.entries(options).map(([name, value]) => [csvCell(measure), csvCell(name), valueCell(value)]),
    ),
  );
  const testRows: string[][] = [];
  input.tests.forEach((test, k) => {
    const run = numberCell(k + 1);
    const row = (key: string, value: number | boolean | string | null) => [
      run,
      csvCell(test.test),
      csvCell(key),
      valueCell(value),
    ];
    testRows.push(row('permutations', test.permutations), row('seed', test.seed));
    for (const [name, value] of Object.entries(test.options)) testRows.push(row(`option:${name}`, value));
    for (const statistic of test.statistics) {
      testRows.push(row(`statistic:${statistic.id}:observed`, statistic.observed));
      if (!statistic.p) continue;
      testRows.push(
        row(`statistic:${statistic.id}:p_greater`, statistic.p.greater),
        row(`statistic:${statistic.id}:p_less`, statistic.p.less),
        row(`statistic:${statistic.id}:p_two_sided`, statistic.p.twoSided),
      );
    }
    for (const [name, value] of Object.entries(test.figures)) {
      if (typeof value === 'number') testRows.push(row(`figure:${name}`, value));
    }
  });
  const testsCsv = csvDocument(['run', 'test', 'key', 'value'], testRows);
  const script =
    language === 'r'
      ? {
          name: 'reproduce.R',
          text: R_SCRIPT,
          run: 'Rscript reproduce.R',
          needs: 'R with the packages sna and igraph',
        }
      : {
          name: 'reproduce.py',
          text: PYTHON_SCRIPT,
          run: 'python3 reproduce.py',
          needs: 'Python 3.9 or later with networkx 3, numpy and scipy',
        };
  const readme = [
    'Reproducing Clusterscope\u2019s values',
    '',
    `Run \`${script.run}\` in this folder (needs ${script.needs}).`,
    '',
    'The script rebuilds the network from nodes.csv and relations.csv, recomputes every measure and',
    'test in measures.csv, figures.csv and tests.csv that it has a recipe for, and prints the largest',
    'difference to Clusterscope\u2019s values for each; settings.csv holds the options they ran with.',
    'Permutation tests draw their own permutations, so their p-values agree only within Monte Carlo',
    'error; the script says how many standard errors apart they are.',
    '',
  ].join('\n');
  return [
    { name: 'nodes.csv', text: nodesCsv },
    { name: 'relations.csv', text: relationsCsv },
    { name: 'measures.csv', text: measuresCsv },
    { name: 'figures.csv', text: figuresCsv },
    { name: 'settings.csv', text: settingsCsv },
    { name: 'tests.csv', text: testsCsv },
    { name: script.name, text: script.text },
    { name: 'README.txt', text: readme },
  ];
}
