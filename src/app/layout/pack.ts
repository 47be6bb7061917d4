/**
 * Connected components packed side by side once the layout has settled: the largest in the
 * middle, the others in rows beneath it, largest first, a margin apart. Without this, gravity
 * leaves pairs and small groups scattered at the edges of the picture, far from where anyone
 * looks, and a Fit zooms out to reach them.
 */
export function connectedComponents(n: number, edges: Int32Array): Int32Array {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  };
  for (let e = 0; e < edges.length; e += 2) {
    const a = find(edges[e]);
    const b = find(edges[e + 1]);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  return Int32Array.from({ length: n }, (_, v) => find(v));
}

/** Moves whole components (positions in place); pinned actors' components stay where they are. */
export function packComponents(
  positions: Float32Array,
  edges: Int32Array,
  pinned: Uint8Array | null,
  margin: number,
): void {
  const n = positions.length / 2;
  const root = connectedComponents(n, edges);
  const members = new Map<number, number[]>();
  for (let v = 0; v < n; v++) {
    let list = members.get(root[v]);
    if (!list) {
      list = [];
      members.set(root[v], list);
    }
    list.push(v);
  }
  if (members.size < 2) return;
  const boxes = [...members.values()].map((nodes) => {
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    let fixed = false;
    for (const v of nodes) {
      minX = Math.min(minX, positions[2 * v]);
      maxX = Math.max(maxX, positions[2 * v]);
      minY = Math.min(minY, positions[2 * v + 1]);
      maxY = Math.max(maxY, positions[2 * v + 1]);
      fixed ||= pinned?.[v] === 1;
    }
    return { nodes, minX, minY, width: maxX - minX + margin, height: maxY - minY + margin, fixed };
  });
  boxes.sort((a, b) => b.nodes.length - a.nodes.length || a.nodes[0] - b.nodes[0]);
  const [largest, ...rest] = boxes;
  const rowWidth = Math.max(
    largest.width,
    Math.sqrt(rest.reduce((sum, box) => sum + box.width * box.height, 0)) * 1.5,
  );
  // Rows start under the largest component, centred on it.
  const left = largest.minX + largest.width / 2 - rowWidth / 2;
  let x = left;
  let y = largest.minY - margin;
  let rowHeight = 0;
  for (const box of rest) {
    if (box.fixed) continue;
    if (x > left && x + box.width > left + rowWidth) {
      x = left;
      y -= rowHeight;
      rowHeight = 0;
    }
    // Sigma's y points up: rows go downwards, so each box hangs below the current line.
    const dx = x - box.minX;
    const dy = y - box.height - box.minY;
    for (const v of box.nodes) {
      positions[2 * v] += dx;
      positions[2 * v + 1] += dy;
    }
    x += box.width;
    rowHeight = Math.max(rowHeight, box.height);
  }
}
