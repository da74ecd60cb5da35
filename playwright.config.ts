import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/support/chromium'

// Each run gets its own port and sandbox data directory, so parallel runs never collide.
const port = Number(process.env.E2E_PORT ?? 5199)
const baseURL = `http://127.0.0.1:${port}`
// A second dashboard in front of Seam's own fake API proves our schemas parse Seam's responses.
const fakePort = port + 1
const fakeBaseURL = `http://127.0.0.1:${fakePort}`
// A third runs `npm run dev`, proving Vite's proxy passes the dashboard's same-origin checks.
const devPort = port + 2
const devBaseURL = `http://127.0.0.1:${devPort}`
// A fourth, with its own data dir, for the team-*.spec.ts files: the accounts they create turn
// sign-in on for good, so they must not reach the other specs' server.
const teamPort = port + 3
const teamBaseURL = `http://127.0.0.1:${teamPort}`

/** Every project is desktop Chrome at 1440 × 900; they differ in the dashboard they test. */
const desktop = (url: string) => ({
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  baseURL: url,
})

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? './test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['dev-server.spec.ts', /team-.*\.spec\.ts/],
      use: desktop(baseURL),
    },
    // Every spec's tests tagged @smoke also run against Seam's fake (Seam's seed, no sandbox
    // controls): each page (devices, a lock, access codes, create, triage, events) has one.
    { name: 'fake-seam', grep: /@smoke/, use: desktop(fakeBaseURL) },
    { name: 'dev-server', testMatch: 'dev-server.spec.ts', use: desktop(devBaseURL) },
    { name: 'team', testMatch: /team-.*\.spec\.ts/, use: desktop(teamBaseURL) },
  ],
  webServer: [
    {
      command: 'node scripts/e2e-server.mjs',
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { PORT: String(port) },
    },
    {
      command: 'node scripts/e2e-server.mjs',
      url: `${fakeBaseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { PORT: String(fakePort), E2E_BACKEND: 'fake' },
    },
    {
      command: 'node scripts/e2e-server.mjs',
      url: `${devBaseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { PORT: String(devPort), E2E_SERVER: 'dev' },
    },
    {
      command: 'node scripts/e2e-server.mjs',
      url: `${teamBaseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { PORT: String(teamPort) },
    },
  ],
})
