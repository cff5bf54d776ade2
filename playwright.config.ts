import { defineConfig } from '@playwright/test';
import type { HostOptions } from './tests/e2e/support/fixture';

// Two hosts, one set of specs; see tests/e2e/support/fixture.ts. Both need
// `npm run build` first (npm test does it).
export default defineConfig<HostOptions>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  // The journeys walk many screens and run axe on each; on a slow shared CI machine one took over
  // a minute. Every wait is on a condition, so a larger budget costs nothing where the machine is fast.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  // scripts/run-tests.mjs names the JSON report through PLAYWRIGHT_JSON_OUTPUT_NAME to count results.
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/e2e-report.json' }]],
  use: {
    // A Russian system by default: the app's primary users.
    locale: 'ru-RU',
    colorScheme: 'light',
    actionTimeout: 15_000,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium-bridge', use: { host: 'chromium-bridge' } },
    { name: 'electron', use: { host: 'electron' } },
  ],
});
