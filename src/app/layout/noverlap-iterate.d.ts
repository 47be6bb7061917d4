// One noverlap step over the flat node matrix of graphology-layout-noverlap ([x, y, size] per
// node), the entry its own layout loop uses. The package ships no types for it.
declare module 'graphology-layout-noverlap/iterate.js' {
  export default function iterate(
    options: { margin: number; ratio: number; expansion: number; gridSize: number; speed: number },
    nodeMatrix: Float32Array,
  ): { converged: boolean };
}
