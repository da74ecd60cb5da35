/**
 * How the e2e suite and the bench start Chromium: the machine's own build (Debian's, not one
 * Playwright downloads), without the background work (updates, sync, QUIC) that would add noise
 * to a run or a measurement.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
}
