import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Cross-origin isolation: with these headers the page may share memory with its workers
 * (SharedArrayBuffer), so the analysis helpers read one copy of the network instead of one
 * each. The explorer loads nothing from other origins, so requiring CORP costs nothing.
 * A host serving dist/ without them still works: the workers then get copies.
 */
const CROSS_ORIGIN_ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react()],
  // Relative asset paths: the built explorer works from any folder or a file server.
  base: './',
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false, headers: CROSS_ORIGIN_ISOLATION },
  preview: { port: 4173, headers: CROSS_ORIGIN_ISOLATION },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // The command line speaks the environment's language: the tests (and the commands they spawn)
    // run in the plain C locale, so they read English wherever they run; Dutch is asked for by name.
    env: { LC_ALL: 'C.UTF-8' },
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
