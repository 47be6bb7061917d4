/**
 * Where the layout starts: every community on a disc of its own, the discs packed on a
 * sunflower spiral from the largest outwards, and within a disc its members on a sunflower too,
 * best connected at the centre. The force layout then only has to refine, so a network shows
 * its clusters from the first frame and settles in far fewer iterations than from a ball.
 * Deterministic: the same network and communities always start in the same place.
 */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbouring actors, in layout units. */
export const SEED_SPACING = 10;

/**
 * @param community community code per node (any integers; −1 or NaN for none, which then counts
 *                  as a community of one)
 * @param degree    degree per node, to put hubs at the middle of their community
 */
export function seedPositions(community: ArrayLike<number>, degree: ArrayLike<number>): Float32Array {
  const n = community.length;
  const members = new Map<number, number[]>();
  for (let v = 0; v < n; v++) {
    const code = community[v];
    const key = Number.isInteger(code) && code >= 0 ? code : -1 - v;
    let list = members.get(key);
    if (!list) {
      list = [];
      members.set(key, list);
    }
    list.push(v);
  }
  const groups = [...members.values()].sort((a, b) => b.length - a.length || a[0] - b[0]);
  const positions = new Float32Array(2 * n);
  let placedArea = 0;
  groups.forEach((group, k) => {
    // Disc area grows with its members; the spiral radius with the area already placed, so
    // discs sit next to each other without a gap in the middle.
    const discRadius = SEED_SPACING * Math.sqrt(group.length);
    const ringRadius = k === 0 ? 0 : SEED_SPACING * Math.sqrt(placedArea + group.length) * 1.15 + discRadius;
    placedArea += group.length * 1.6;
    const cx = ringRadius * Math.cos(k * GOLDEN_ANGLE);
    const cy = ringRadius * Math.sin(k * GOLDEN_ANGLE);
    group.sort((a, b) => degree[b] - degree[a] || a - b);
    group.forEach((v, i) => {
      const r = SEED_SPACING * Math.sqrt(i + 0.5) * 0.9;
      positions[2 * v] = cx + r * Math.cos(i * GOLDEN_ANGLE);
      positions[2 * v + 1] = cy + r * Math.sin(i * GOLDEN_ANGLE);
    });
  });
  return positions;
}
