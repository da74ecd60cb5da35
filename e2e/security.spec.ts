import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  test,
  expect,
  expectCrossSiteResetRefused,
  seam,
  submitCrossSiteForm,
} from './support/fixtures'

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

  test('no browser-visible response carries the key', async ({ page, request }) => {
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
    const r1 = await request.post('/api/not/allowed', { data: {} })
    expect(r1.status()).toBe(404)
    expect(await r1.text()).not.toContain(SANDBOX_KEY)
    const r2 = await request.post('/api/access_codes/create', { data: { device_id: 'nope' } })
    expect(r2.status()).toBeGreaterThanOrEqual(400)
    expect(await r2.text()).not.toContain(SANDBOX_KEY)
    await page.waitForLoadState('networkidle')
    expect(leaks).toEqual([])
  })
})

test.describe('another web page cannot drive Doorman', () => {
  test.beforeEach(({ baseURL }, testInfo) => {
    test.skip(testInfo.project.name !== 'chromium' || !baseURL, 'replayed on the sandbox')
  })

  test('a cross-site text/plain form post is refused and creates nothing', async ({
    page,
    request,
    baseURL,
  }) => {
    type Code = { name: string }
    const { devices } = await seam<{ devices: { device_id: string }[] }>(request, 'devices/list')
    const deviceId = devices[0]!.device_id
    const codesOnLock = async () =>
      (await seam<{ access_codes: Code[] }>(request, 'access_codes/list', { device_id: deviceId }))
        .access_codes
    const before = await codesOnLock()

    const response = await submitCrossSiteForm(
      page,
      `${baseURL}/api/access_codes/create`,
      JSON.stringify({ device_id: deviceId, name: 'Planted by evil', code: '4711' }),
    )
    expect(response.status()).toBe(403)
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { type: 'cross_site_request' },
    })

    const after = await codesOnLock()
    expect(after.map((c) => c.name)).not.toContain('Planted by evil')
    expect(after).toHaveLength(before.length)
  })

  test('a cross-site form cannot reset the sandbox', async ({ page, request, baseURL }) => {
    await expectCrossSiteResetRefused(page, request, baseURL)
  })
})
