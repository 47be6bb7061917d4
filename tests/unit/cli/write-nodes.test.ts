/**
 * The actors table written from batches formatted elsewhere: whatever order the formatters
 * finish in, the bytes are those of the whole table formatted in one go.
 */
import { describe, expect, it } from 'vitest';
import { formatRows, type RowBatch, writeNodesTableWith } from '../../../src/cli/write-nodes.ts';

const n = 45_123;
const ids = Array.from({ length: n }, (_, i) => (i === 7 ? '=cmd|calc' : `F${i}`));
const labels = ids.map((_, i) => (i % 5 === 0 ? `Firm, ${i}` : `Firm ${i}`));
const kinds = ids.map((_, i) => (i % 3 === 0 ? 'knowledge' : 'firm'));
const columns = [
  { name: 'degree', values: Float64Array.from({ length: n }, (_, i) => i % 17) },
  {
    name: 'pagerank',
    values: Float64Array.from({ length: n }, (_, i) => (i === 3 ? Number.NaN : 1 / (i + 3))),
  },
];

describe('writeNodesTableWith', () => {
  it('writes the rows in order, whichever formatter finishes first', async () => {
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    let call = 0;
    const formatter = async (batch: RowBatch) => {
      // Every other batch comes back late.
      await new Promise((resolve) => setTimeout(resolve, call++ % 2 === 0 ? 15 : 0));
      return new TextEncoder().encode(formatRows(batch));
    };
    await writeNodesTableWith(
      [formatter, formatter, formatter],
      (chunk) => chunks.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk)),
      ids,
      labels,
      kinds,
      columns,
    );
    const text = chunks.join('');
    expect(text).toBe(`id,label,kind,degree,pagerank\r\n${formatRows({ ids, labels, kinds, columns })}`);
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(n + 2);
    expect(lines[8]).toBe("'=cmd|calc,Firm 7,firm,7,0.1");
    expect(lines[4]).toBe('F3,Firm 3,knowledge,3,');
    expect(lines[1]).toBe('F0,"Firm, 0",knowledge,0,0.3333333333333333');
  });
});
