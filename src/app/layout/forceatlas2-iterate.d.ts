// One ForceAtlas2 step over the flat node and edge matrices of graphology-layout-forceatlas2
// (the same entry its own web-worker supervisor uses). The package ships no types for it.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(
    settings: Record<string, number | boolean>,
    nodeMatrix: Float32Array,
    edgeMatrix: Float32Array,
  ): void;
}
