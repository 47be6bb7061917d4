import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compiledCli } from '../../../bin/compiled-cli.mjs';

describe('the compiled CLI', () => {
  it('is one copy per state of the sources, with worker entries that need no loader', async () => {
    const first = await compiledCli();
    expect(first).not.toBeNull();
    const main = fileURLToPath(first as string);
    expect(main).toMatch(
      new RegExp(
        `node_modules\\${sep}\\.cache\\${sep}clusterscope-cli\\${sep}[0-9a-f]{16}\\${sep}main\\.mjs$`,
      ),
    );
    // Unchanged sources give the same copy: nothing is compiled again.
    expect(await compiledCli()).toBe(first);
    for (const worker of ['analysis-worker', 'load-worker']) {
      const entry = join(dirname(main), `${worker}-entry.mjs`);
      expect(readFileSync(entry, 'utf8')).toBe(`import './${worker}.mjs';\n`);
      expect(existsSync(join(dirname(main), `${worker}.mjs`))).toBe(true);
    }
    const compiled = await import(first as string);
    expect(typeof compiled.main).toBe('function');
  });
});
