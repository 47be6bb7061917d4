/** The journal keeps a session the page could not save before it went, and gives it back once. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureSession } from '../../../src/app/session/session.ts';
import { clearJournal, readJournal, writeJournal } from '../../../src/app/workspace/journal.ts';
import { snapshot } from './workspace-fixtures.ts';

const items = new Map<string, string>();

beforeEach(() => {
  items.clear();
  globalThis.localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: () => null,
    length: 0,
  } as Storage;
});

afterEach(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

describe('the unsaved-changes journal', () => {
  const session = captureSession(snapshot({ selected: 'C' }), { x: 0.5, y: 0.5, ratio: 2, angle: 0 });

  it('gives back a session newer than the stored workspace, with its positions', () => {
    writeJournal('w1', session, new Date('2026-01-01T10:00:05Z'));
    const kept = readJournal('w1', '2026-01-01T10:00:00.000Z');
    expect(kept?.session.selection).toEqual(['C']);
    expect(kept?.session.camera?.ratio).toBe(2);
    expect(kept?.session.positions?.xy).toEqual(session.positions?.xy);
  });

  it('ignores a journal older than what is stored, and forgets a cleared one', () => {
    writeJournal('w1', session, new Date('2026-01-01T09:59:00Z'));
    expect(readJournal('w1', '2026-01-01T10:00:00.000Z')).toBeNull();
    writeJournal('w1', session, new Date('2026-01-01T10:01:00Z'));
    clearJournal('w1');
    expect(readJournal('w1', '2026-01-01T10:00:00.000Z')).toBeNull();
  });

  it('drops a damaged journal instead of failing the start', () => {
    items.set(
      'clusterscope-unsaved-w1',
      '{"version":2,"savedAt":"2027-01-01","session":{"filters":7,"positions":{"keys":["a"],"xy":"x"}}}',
    );
    expect(readJournal('w1', '2026-01-01T10:00:00.000Z')).toBeNull();
    expect(items.has('clusterscope-unsaved-w1')).toBe(false);
  });
});
