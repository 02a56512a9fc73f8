import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the portal: `npm run test:e2e` reuses a portal started
 * with `npm start`, or starts one. Chromium is Debian's (`apt-get install
 * chromium`), never a browser downloaded by Playwright.
 */
export default defineConfig({
  testDir: 'e2e-tests',
  timeout: 600_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  // The portal runs in development mode, and two browser windows racing one
  // draft depend on timing; on CI a test gets one more try, and one that
  // passes only then is reported as flaky in .ci/out/e2e.json.
  retries: process.env.CI ? 1 : 0,
  globalSetup: './e2e-tests/globalSetup.ts',
  reporter: [['list'], ['json', { outputFile: '.ci/out/e2e.json' }]],
  webServer: {
    command: 'npm start',
    url: 'http://localhost:3000',
    reuseExistingServer: true,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  use: {
    baseURL: 'http://localhost:3000',
    viewport: { width: 1400, height: 1000 },
    locale: 'nb-NO',
    actionTimeout: 30_000,
    navigationTimeout: 90_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  outputDir: 'test-results',
});
