import { describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router'
import { seedSignedIn } from '@/testing/doorman-info'
import type { Role } from '@/lib/permissions'
import { AUDIT_PAGE_SIZE, type AuditEntry } from '../api/list-audit-entries'
import { auditSearchSchema } from '../audit-search'
import { AuditPage } from './audit-page'
import { UsersPage } from './users-page'

const entry = (id: number): AuditEntry => ({
  id: String(id),
  at: new Date(Date.UTC(2026, 11, 2, 7, 0, 0) - id * 1000).toISOString(),
  actor_email: 'ana@example.com',
  actor_role: 'manager',
  action: 'access_code.update',
  device_id: 'd1',
  device_name: 'Front door',
  access_code_id: 'c1',
  access_code_name: 'Guest',
  request_id: `req_${id}`,
  result: 'ok',
  client_address: '127.0.0.1',
  details: { before: { name: 'Guest' }, after: { name: 'Guest 2' }, code_changed: false },
})

type Call = { route: string; body: Record<string, unknown> }

/** A fetch that answers each `/api/<route>` from `answer`, recording the calls. */
function stubApi(answer: (call: Call) => { status?: number; json: unknown }) {
  const calls: Call[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const call = {
        route: url.replace(/^\/api\//, ''),
        body: JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>,
      }
      calls.push(call)
      const { status = 200, json } = answer(call)
      return new Response(JSON.stringify(json), {
        status,
        headers: { 'content-type': 'application/json' },
      })
    }),
  )
  return calls
}

function renderWith(ui: React.ReactNode, role: Role) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  seedSignedIn(client, role)
  // The pages link to others (e.g. "Go to devices"), so they render inside a router.
  const router = createRouter({
    routeTree: createRootRoute({ component: () => ui }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  })
  return render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

describe('AuditPage', () => {
  it('"Load older" asks for the entries before the oldest one shown, with the same filters', async () => {
    const first = Array.from({ length: AUDIT_PAGE_SIZE }, (_, i) => entry(1000 - i))
    const calls = stubApi(({ body }) => ({
      json: { ok: true, entries: body['before'] ? [entry(1)] : first },
    }))
    const search = auditSearchSchema.parse({ actor: 'Ana@Example.com', device_id: 'd1' })
    renderWith(<AuditPage search={search} onSearchChange={() => {}} locks={[]} />, 'manager')

    expect(await screen.findByText(`Showing ${AUDIT_PAGE_SIZE} entries.`)).toBeInTheDocument()
    expect(calls).toEqual([
      {
        route: '_doorman/audit/list',
        body: { actor: 'ana@example.com', device_id: 'd1', limit: AUDIT_PAGE_SIZE },
      },
    ])
    await userEvent.click(screen.getByRole('button', { name: 'Load older entries' }))
    expect(
      await screen.findByText(`Showing ${AUDIT_PAGE_SIZE + 1} entries, back to the first one.`),
    ).toBeInTheDocument()
    expect(calls[1]).toEqual({
      route: '_doorman/audit/list',
      body: {
        actor: 'ana@example.com',
        device_id: 'd1',
        before: String(1000 - AUDIT_PAGE_SIZE + 1),
        limit: AUDIT_PAGE_SIZE,
      },
    })
    expect(screen.queryByRole('button', { name: 'Load older entries' })).not.toBeInTheDocument()
  })

  it('explains a 403 from the server instead of showing an error', async () => {
    stubApi(() => ({
      status: 403,
      json: {
        ok: false,
        error: {
          type: 'forbidden',
          message: 'Your role (manager) cannot do this',
          request_id: 'r',
        },
      },
    }))
    renderWith(
      <AuditPage search={auditSearchSchema.parse({})} onSearchChange={() => {}} locks={[]} />,
      // The SPA thinks a manager may read the log; the server has the last word.
      'manager',
    )
    expect(
      await screen.findByRole('heading', { name: 'Your role (manager) cannot read the audit log' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('UsersPage', () => {
  it("shows the server's refusal on the Email field and keeps what was typed", async () => {
    const calls = stubApi(({ route }) =>
      route === '_doorman/users/list'
        ? {
            json: {
              ok: true,
              users: [
                {
                  email: 'admin@example.com',
                  role: 'admin',
                  disabled: false,
                  created_at: '2026-12-01T00:00:00.000Z',
                },
              ],
            },
          }
        : {
            status: 400,
            json: {
              ok: false,
              error: {
                type: 'email_taken',
                message: 'There is already an account for bo@example.com',
                request_id: 'r1',
              },
            },
          },
    )
    renderWith(<UsersPage />, 'admin')
    const table = await screen.findByRole('table', { name: 'Accounts' })
    // The signed-in admin's own row cannot demote or disable them.
    expect(
      within(table).getByRole('combobox', { name: 'Role for admin@example.com' }),
    ).toBeDisabled()
    expect(within(table).getByRole('button', { name: 'Disable admin@example.com' })).toBeDisabled()
    expect(
      within(table).getByRole('button', { name: 'Reset password for admin@example.com' }),
    ).toBeEnabled()

    const form = screen.getByRole('form', { name: 'Add an account' })
    await userEvent.type(within(form).getByLabelText('Email'), 'bo@example.com')
    await userEvent.selectOptions(within(form).getByLabelText('Role'), 'support')
    await userEvent.type(within(form).getByLabelText('Password'), 'long enough password')
    await userEvent.click(within(form).getByRole('button', { name: 'Add account' }))

    const email = within(form).getByLabelText('Email')
    expect(await within(form).findByText('There is already an account for bo@example.com'))
    expect(email).toHaveAccessibleDescription('There is already an account for bo@example.com')
    expect(email).toHaveValue('bo@example.com')
    expect(calls.at(-1)).toEqual({
      route: '_doorman/users/add',
      body: { email: 'bo@example.com', role: 'support', password: 'long enough password' },
    })
  })

  it('tells a manager they cannot manage users, without asking the server', async () => {
    const calls = stubApi(() => ({ json: { ok: true, users: [] } }))
    renderWith(<UsersPage />, 'manager')
    expect(
      await screen.findByRole('heading', { name: 'Your role (manager) cannot manage users' }),
    ).toBeInTheDocument()
    expect(calls).toEqual([])
  })
})
