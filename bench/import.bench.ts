/** File → graph at the design point (10,000 actors / 50,000 ties): target ≤ 0.5 s. */
import { bench, describe } from 'vitest';
import { importTables } from '../src/io/import.ts';
import { buildFlowView, buildTieView } from '../src/model/views.ts';
import { syntheticNetwork } from './synthetic.ts';

const network = syntheticNetwork(10_000, 50_000);
const encoder = new TextEncoder();
const files = {
  actors: { name: 'actors.csv', bytes: encoder.encode(network.actorsCsv) },
  relations: { name: 'relations.csv', bytes: encoder.encode(network.relationsCsv) },
};
const { ecosystem } = importTables(files);

describe('import 10k actors / 50k ties', () => {
  bench(
    'CSV files → Ecosystem',
    () => {
      importTables(files);
    },
    { iterations: 5, warmupIterations: 1 },
  );

  bench(
    'Ecosystem → tie view and flow view',
    () => {
      buildTieView(ecosystem);
      buildFlowView(ecosystem);
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
