/**
 * Where an actor stands among actors of its own kind: the share of them with a lower value.
 * A firm is compared with firms, a university with knowledge institutions — comparing a
 * university's centrality with a micro firm's says little.
 */

/** Share (0–100) of `peers` with a value strictly below `value`, ties counted half; null when undefined. */
export function percentileAmong(
  value: number,
  column: Float64Array,
  peers: readonly number[],
): number | null {
  if (Number.isNaN(value)) return null;
  let below = 0;
  let equal = 0;
  let counted = 0;
  for (const peer of peers) {
    const other = column[peer];
    if (Number.isNaN(other)) continue;
    counted++;
    if (other < value) below++;
    else if (other === value) equal++;
  }
  if (counted === 0) return null;
  return (100 * (below + 0.5 * equal)) / counted;
}

export function formatValue(value: number, integer = false): string {
  if (Number.isNaN(value)) return '–';
  if (integer || Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return value.toFixed(1);
  if (magnitude >= 0.001) return value.toPrecision(3);
  return value.toExponential(2);
}
