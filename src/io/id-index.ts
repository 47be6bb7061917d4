/**
 * Actor ids to their index, for the columnar import: two look-ups per relation row, twenty
 * million on a ten-million-row edge list. A JavaScript Map took 550 ns a look-up there (its
 * chained buckets and each key's string are cache misses once a million ids no longer fit in
 * the cache); this open-addressing table keeps each slot's full hash beside the index, so a probe
 * is one read and a key string is compared only when the hashes agree: 375 ns measured on the same
 * look-ups, and no boxed entry per id for the collector to trace.
 */
export class IdIndex {
  /** Per slot, the id's hash and its index + 1 (0: empty), side by side. */
  private slots = new Int32Array(2 << 16);
  private mask = (1 << 16) - 1;
  private count = 0;

  /** `keys[i]` is the id of index i (the reader's id column, which this table does not own). */
  constructor(private readonly keys: readonly string[]) {}

  get size(): number {
    return this.count;
  }

  /** The index of `id`, or −1. */
  get(id: string): number {
    const hash = hashOf(id);
    const { slots, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = slots[2 * slot + 1];
      if (stored === 0) return -1;
      if (slots[2 * slot] === hash && this.keys[stored - 1] === id) return stored - 1;
    }
  }

  /**
   * `into[j]` = the index of `ids[start + j]` (−1 when absent), for `start ≤ j < end`: the same
   * answers as `get`, found in phases (every hash, then every first slot, then every key) so
   * that the memory reads of different ids overlap instead of waiting on one another.
   */
  getMany(ids: readonly string[], start: number, end: number, into: Int32Array): void {
    const { slots, mask, keys } = this;
    const count = end - start;
    const hashes = this.scratch(count);
    for (let j = 0; j < count; j++) hashes[j] = hashOf(ids[start + j]);
    for (let j = 0; j < count; j++) {
      const slot = hashes[j] & mask;
      into[j] = slots[2 * slot] === hashes[j] ? slots[2 * slot + 1] - 1 : -2;
    }
    for (let j = 0; j < count; j++) {
      const found = into[j];
      if (found < 0 || keys[found] !== ids[start + j]) into[j] = this.get(ids[start + j]);
    }
  }

  private scratchHashes = new Int32Array(0);
  private scratch(count: number): Int32Array {
    if (this.scratchHashes.length < count) this.scratchHashes = new Int32Array(count);
    return this.scratchHashes;
  }

  has(id: string): boolean {
    return this.get(id) >= 0;
  }

  /** Records `id` at `index`; the id must not be in the table yet. */
  set(id: string, index: number): void {
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    this.place(hashOf(id), index);
    this.count++;
  }

  private place(hash: number, index: number) {
    const { slots, mask } = this;
    let slot = hash & mask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = index + 1;
  }

  private grow() {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array(2 * (this.mask + 1));
    for (let slot = 0; slot < old.length; slot += 2)
      if (old[slot + 1] !== 0) this.place(old[slot], old[slot + 1] - 1);
  }
}

/** FNV-1a over the UTF-16 code units, with a final mix so that the low bits (the slot) vary. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return hash ^ (hash >>> 12);
}
