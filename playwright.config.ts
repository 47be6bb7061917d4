/**
 * Browser journeys in Debian's Chromium (never a downloaded browser) against the built
 * explorer served by `vite preview`. WebGL runs in software through SwiftShader, so tests
 * assert what is drawn and what the page says, never frame rates.
 */
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e-artifacts',
  timeout: 120_000,
  expect: {
    timeout: 60_000,
    // Software WebGL draws the same pixels run after run; the tolerance covers anti-aliasing
    // differences between Chromium builds, not a different picture.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' },
  },
  // Committed baselines, one folder, named by the test: `npx playwright test --update-snapshots`
  // rewrites them after a deliberate change of the picture.
  snapshotPathTemplate: 'tests/e2e/baselines/{arg}{ext}',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--ignore-gpu-blocklist',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
