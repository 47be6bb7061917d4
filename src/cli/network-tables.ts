/**
 * A network cut out of a large file, or aggregated from it, written as the two CSV tables the
 * explorer and `clusterscope` open (actors: id, label, kind, fields; relations: source, target,
 * kind, strength, directed, and any extra columns). Rows go out in batches, cells are
 * formula-safe (io/csv-cell.ts).
 */
import { join } from 'node:path';
import { csvCell } from '../io/csv-cell.ts';
import type { FieldValue } from '../model/fields.ts';
import { withFileWriter } from './write-nodes.ts';

export interface TableOut {
  readonly header: readonly string[];
  readonly rows: Iterable<readonly (FieldValue | undefined)[]>;
}

const ROWS_PER_BATCH = 20_000;

export function writeTable(path: string, table: TableOut): void {
  withFileWriter(path, (write) => {
    let batch = [table.header.map((name) => csvCell(name)).join(',')];
    for (const row of table.rows) {
      batch.push(row.map((cell) => csvCell(cell)).join(','));
      if (batch.length >= ROWS_PER_BATCH) {
        write(`${batch.join('\r\n')}\r\n`);
        batch = [];
      }
    }
    if (batch.length > 0) write(`${batch.join('\r\n')}\r\n`);
  });
}

/** Writes `actors.csv` and `relations.csv` into `folder`; returns their paths. */
export function writeNetworkTables(folder: string, actors: TableOut, relations: TableOut): string[] {
  const paths = [join(folder, 'actors.csv'), join(folder, 'relations.csv')];
  writeTable(paths[0], actors);
  writeTable(paths[1], relations);
  return paths;
}
