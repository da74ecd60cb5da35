import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { UnmanagedCodesPanel } from './unmanaged-codes-panel'
import { seedSignedIn } from '@/testing/doorman-info'
import type { Role } from '@/lib/permissions'

// jsdom has no <dialog> methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '')
}
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open')
  this.dispatchEvent(new Event('close'))
}

const unmanaged = {
  access_code_id: 'u1',
  device_id: 'd1',
  name: 'Owner (set at keypad)',
  code: '4821',
  type: 'ongoing',
  status: 'set',
  created_at: '2025-03-01T10:00:00Z',
  is_managed: false,
}

type Handler = (body: Record<string, unknown>) => Response
function mockApi(routes: Record<string, Handler>) {
  const calls: { route: string; body: Record<string, unknown> }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const route = url.replace('/api/', '')
      const body = JSON.parse(init.body as string) as Record<string, unknown>
      calls.push({ route, body })
      const handler = routes[route]
      if (!handler) throw new Error(`unexpected ${route}`)
      return handler(body)
    }),
  )
  return calls
}

function renderPanel(role: Role = 'manager') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(['access-codes', 'device', 'd1'], [])
  seedSignedIn(client, role)
  render(
    <QueryClientProvider client={client}>
      <UnmanagedCodesPanel deviceId="d1" />
    </QueryClientProvider>,
  )
  return client
}

/** The list as the server sends it to a role that has not revealed the PIN: the PIN withheld. */
const listWithHiddenPin = () =>
  Response.json({
    ok: true,
    access_codes: [{ ...unmanaged, code: null, doorman_code_hidden: true }],
  })

describe('UnmanagedCodesPanel', () => {
  it('shows Seam’s access_code_not_found message when the code has gone', async () => {
    mockApi({
      'access_codes/unmanaged/list': () => Response.json({ ok: true, access_codes: [unmanaged] }),
      'access_codes/unmanaged/get': () =>
        Response.json(
          {
            ok: false,
            error: {
              type: 'access_code_not_found',
              message: 'Could not find an access_code with device_id or access_code_id',
              request_id: 'req_1',
            },
          },
          { status: 404 },
        ),
    })
    renderPanel()
    await userEvent.click(await screen.findByRole('button', { name: 'View Owner (set at keypad)' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This code is no longer on the lock')
    expect(alert).toHaveTextContent('Could not find an access_code')
    expect(alert).toHaveTextContent('access_code_not_found')
    expect(alert).toHaveTextContent('req_1')
  })

  it('converts after confirmation and refreshes managed codes', async () => {
    let converted = false
    const calls = mockApi({
      'access_codes/unmanaged/list': () =>
        Response.json({ ok: true, access_codes: converted ? [] : [unmanaged] }),
      'access_codes/unmanaged/convert_to_managed': () => {
        converted = true
        return Response.json({
          ok: true,
          action_attempt: {
            action_attempt_id: 'a1',
            action_type: 'CONVERT_ACCESS_CODE_TO_MANAGED',
            status: 'success',
          },
        })
      },
      'access_codes/list': () => Response.json({ ok: true, access_codes: [] }),
    })
    const client = renderPanel()
    await userEvent.click(
      await screen.findByRole('button', { name: 'Convert Owner (set at keypad) to managed' }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Convert to a managed code?' })
    expect(calls.some((c) => c.route === 'access_codes/unmanaged/convert_to_managed')).toBe(false)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Convert to managed' }))
    await waitFor(() =>
      expect(calls).toContainEqual({
        route: 'access_codes/unmanaged/convert_to_managed',
        body: { access_code_id: 'u1', is_external_modification_allowed: false },
      }),
    )
    // The managed-code tables (the access-codes feature's cache) are refreshed.
    await waitFor(
      () =>
        expect(client.getQueryState(['access-codes', 'device', 'd1'])?.isInvalidated).toBe(true),
      { timeout: 5_000 },
    )
    expect(await screen.findByText(/No unmanaged codes/)).toBeInTheDocument()
  })

  it('a hidden PIN is fetched by an audited reveal on click, never sent with the list', async () => {
    const calls = mockApi({
      'access_codes/unmanaged/list': listWithHiddenPin,
      '_doorman/reveal_code': () => Response.json({ ok: true, access_code_id: 'u1', code: '4821' }),
    })
    renderPanel('support')
    const show = await screen.findByRole('button', { name: 'Show code for Owner (set at keypad)' })
    expect(screen.queryByText('4821')).toBeNull()
    await userEvent.click(show)
    expect(await screen.findByText('4821')).toBeInTheDocument()
    expect(calls.filter((c) => c.route === '_doorman/reveal_code')).toEqual([
      {
        route: '_doorman/reveal_code',
        body: { access_code_id: 'u1', purpose: 'reveal', unmanaged: true },
      },
    ])
  })

  it('a viewer sees why they cannot reveal, convert or delete, and nothing is sent', async () => {
    const calls = mockApi({
      'access_codes/unmanaged/list': listWithHiddenPin,
    })
    renderPanel('viewer')
    for (const name of [
      'Show code for Owner (set at keypad)',
      'Convert Owner (set at keypad) to managed',
      'Delete Owner (set at keypad)',
    ]) {
      const button = await screen.findByRole('button', { name })
      expect(button).toHaveAttribute('aria-disabled', 'true')
      expect(button).toHaveAccessibleDescription(/Only .* accounts can do this/)
      await userEvent.click(button)
    }
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(calls.map((c) => c.route)).toEqual(['access_codes/unmanaged/list'])
  })
})
