import {
  test,
  expect,
  expectCrossSiteResetRefused,
  seam,
  seriousA11yViolations,
} from './support/fixtures'

// Runs in the `dev-server` project only: `npm run dev`, where Vite's proxy sits between the page
// and the dashboard's same-origin checks. A person works here the same way as under `npm start`.
test('under npm run dev, the page reads and writes through the guarded API', async ({
  page,
  request,
}) => {
  type Device = { device_id: string; properties: { online: boolean; code_constraints?: unknown[] } }
  const { devices } = await seam<{ devices: Device[] }>(request, 'devices/list')
  const lock = devices.find(
    (d) => d.properties.online && (d.properties.code_constraints ?? []).length === 0,
  )!
  await page.goto(`/devices/${lock.device_id}/access-codes/new`)
  await expect(page.getByRole('heading', { level: 1, name: 'New access code' })).toBeVisible()
  await page.getByLabel('Name').fill('Dev server guest')
  await page.getByRole('button', { name: 'Generate' }).click()
  const created = page.waitForResponse((r) => r.url().endsWith('/api/access_codes/create'))
  await page.getByRole('button', { name: 'Create access code' }).click()
  expect((await created).status()).toBe(200)
  await expect(page).toHaveURL(new RegExp(`/devices/${lock.device_id}$`))
  await expect(page.getByRole('cell', { name: 'Dev server guest', exact: true })).toBeVisible()
  expect(await seriousA11yViolations(page)).toEqual([])
})

test('under npm run dev, another site still cannot post to the API', async ({
  page,
  request,
  baseURL,
}) => {
  await expectCrossSiteResetRefused(page, request, baseURL)
})
