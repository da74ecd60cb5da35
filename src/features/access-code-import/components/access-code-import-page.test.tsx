import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { accessCodeSchema } from '@/api/schemas/access-code'
import { deviceSchema } from '@/api/schemas/device'
import { seedSignedIn } from '@/testing/doorman-info'
import type { Role } from '@/lib/permissions'
import { AccessCodeImportPage } from './access-code-import-page'

const lock = deviceSchema.parse({
  device_id: 'dev-1',
  device_type: 'august_lock',
  display_name: 'Front door',
  properties: { online: true, supported_code_lengths: [4, 5, 6] },
  location: { timezone: 'America/New_York' },
  created_at: '2026-01-01T00:00:00Z',
  workspace_id: 'ws',
})

function created(name: string) {
  return accessCodeSchema.parse({
    access_code_id: `ac-${name}`,
    device_id: 'dev-1',
    name,
    code: null,
    type: 'ongoing',
    status: 'setting',
    created_at: '2026-01-01T00:00:00Z',
    is_managed: true,
  })
}

function renderPage(role: Role) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  seedSignedIn(client, role)
  const onCreated = vi.fn()
  render(
    <QueryClientProvider client={client}>
      <AccessCodeImportPage
        devices={[lock]}
        devicesError={null}
        onRetryDevices={() => undefined}
        existing={{ codes: [], loadedLocks: 1, totalLocks: 1, failedLocks: 0, retry: () => {} }}
        onCreated={onCreated}
      />
    </QueryClientProvider>,
  )
  return { onCreated }
}

async function pasteRows(csv: string) {
  const user = userEvent.setup()
  await user.click(screen.getByLabelText('Or paste CSV'))
  await user.paste(csv)
  await user.click(screen.getByRole('button', { name: 'Check pasted rows' }))
  return user
}

const CSV = 'lock,name,starts_at,ends_at\nFront door,Cleaner,,\nFront door,Guest,,\n'

describe('AccessCodeImportPage', () => {
  it('a role that may not create codes can check a file but sees why it cannot import it', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    renderPage('support')
    const user = await pasteRows(CSV)
    const button = await screen.findByRole('button', { name: /Import 2 codes/ })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAccessibleDescription('Only Admin or Manager accounts can do this')
    await user.click(button)
    expect(fetch).not.toHaveBeenCalled()
  })

  it('a manager imports the ready rows, each through access_codes/create', async () => {
    const bodies: unknown[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        expect(url).toBe('/api/access_codes/create')
        const body = JSON.parse(init.body as string) as { name: string }
        bodies.push(body)
        return Response.json({ ok: true, access_code: created(body.name) })
      }),
    )
    const { onCreated } = renderPage('manager')
    const user = await pasteRows(CSV)
    await user.click(await screen.findByRole('button', { name: 'Import 2 codes' }))
    expect(await screen.findByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
      'aria-valuetext',
      '2 of 2',
    )
    expect(bodies).toEqual([
      { device_id: 'dev-1', name: 'Cleaner' },
      { device_id: 'dev-1', name: 'Guest' },
    ])
    expect(onCreated).toHaveBeenCalledTimes(2)
    expect(screen.getAllByText('Created · setting')).toHaveLength(2)
  })
})
