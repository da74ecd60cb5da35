import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './support/fixtures'

const SANDBOX_KEY = process.env.SANDBOX_API_KEY ?? 'seam_sandbox_key'
// The key the fake-seam project's dashboard holds (see scripts/e2e-server.mjs).
const FAKE_SEAM_KEY = 'seam_apikey1_token'

test.describe('no API key reaches the browser', () => {
  test('the built assets do not contain the key', async () => {
    const files = readdirSync(process.env.DOORMAN_DIST_DIR ?? 'dist', {
      recursive: true,
      withFileTypes: true,
    }).filter((f) => f.isFile())
    expect(files.length).toBeGreaterThan(2)
    for (const file of files) {
      const content = readFileSync(join(file.parentPath, file.name), 'utf8')
      expect(content, file.name).not.toContain(SANDBOX_KEY)
      expect(content, file.name).not.toContain(FAKE_SEAM_KEY)
    }
  })

  test('no browser-visible response carries the key', async ({ page }) => {
    const leaks: string[] = []
    page.on('response', async (response) => {
      const headers = JSON.stringify(await response.allHeaders())
      const body = await response.text().catch(() => '')
      if (headers.includes(SANDBOX_KEY) || body.includes(SANDBOX_KEY)) leaks.push(response.url())
    })
    for (const path of ['/devices', '/access-codes', '/triage', '/events']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    }
    // Error responses too: an unknown route and a bad body.
    const r1 = await page.request.post('/api/not/allowed', { data: {} })
    expect(r1.status()).toBe(404)
    expect(await r1.text()).not.toContain(SANDBOX_KEY)
    const r2 = await page.request.post('/api/access_codes/create', { data: { device_id: 'nope' } })
    expect(r2.status()).toBeGreaterThanOrEqual(400)
    expect(await r2.text()).not.toContain(SANDBOX_KEY)
    await page.waitForLoadState('networkidle')
    expect(leaks).toEqual([])
  })
})
