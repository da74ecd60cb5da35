import { beforeEach, describe, expect, it, vi } from 'vitest'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { createQueryClient } from '@/api/query-client'
import { deviceSchema, type Device } from '@/api/schemas/device'
import { accessCodeSchema, type AccessCode } from '@/api/schemas/access-code'
import { accessCodeKeys } from '../api/access-code-keys'
import { AccessCodeForm } from './access-code-form'

const lock: Device = deviceSchema.parse({
  device_id: 'dev-1',
  device_type: 'august_lock',
  display_name: 'Front Door',
  properties: {
    online: true,
    supported_code_lengths: [4, 5, 6],
    supports_backup_access_code_pool: true,
  },
  location: { location_name: 'Harborview', timezone: 'America/New_York' },
  created_at: '2026-01-01T00:00:00Z',
  workspace_id: 'ws',
})

const created: AccessCode = accessCodeSchema.parse({
  access_code_id: 'ac-1',
  device_id: 'dev-1',
  name: 'Cleaner',
  code: '4821',
  type: 'ongoing',
  status: 'setting',
  created_at: '2026-01-01T00:00:00Z',
})

type Reply = { status: number; body: unknown }
let replies: Reply[]
let requests: { url: string; body: Record<string, unknown> }[]
let release: (() => void) | null

beforeEach(() => {
  requests = []
  replies = []
  release = null
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      requests.push({ url, body: JSON.parse(String(init.body)) as Record<string, unknown> })
      // Hold the response until the test lets it go, so "while saving" can be observed.
      await new Promise<void>((resolve) => (release = resolve))
      const reply = replies.shift() ?? { status: 200, body: { access_code: created } }
      return new Response(JSON.stringify(reply.body), {
        status: reply.status,
        headers: { 'content-type': 'application/json' },
      })
    }),
  )
})

function setup() {
  const toast = vi.fn()
  const queryClient = createQueryClient({ onMutationError: toast })
  queryClient.setQueryData(accessCodeKeys.byDevice('dev-1'), [])
  const onSaved = vi.fn()
  render(
    <QueryClientProvider client={queryClient}>
      <AccessCodeForm
        mode="create"
        devices={[lock]}
        defaultDeviceIds={['dev-1']}
        onSaved={onSaved}
        onCancel={() => {}}
        viewerZone="Europe/Berlin"
      />
    </QueryClientProvider>,
  )
  return { toast, queryClient, onSaved }
}

const name = () => screen.getByRole('textbox', { name: 'Name' })
const code = () => screen.getByRole('textbox', { name: /^Code/ })
const submit = () => screen.getByRole('button', { name: /Create access code|Creating/ })

describe('AccessCodeForm', () => {
  it('links field errors with aria-describedby and focuses the first invalid field', async () => {
    setup()
    fireEvent.change(code(), { target: { value: '12a' } })
    fireEvent.click(submit())
    await waitFor(() => expect(name()).toHaveAttribute('aria-invalid', 'true'))
    expect(name()).toHaveFocus()
    expect(name()).toHaveAccessibleDescription(/Enter a name/)
    expect(code()).toHaveAccessibleDescription(/Code must contain digits only/)
    expect(requests).toHaveLength(0)
  })

  it('disables submit while saving, sends one request for a double click, and shows the code as setting at once', async () => {
    const { queryClient, onSaved } = setup()
    fireEvent.change(name(), { target: { value: 'Cleaner' } })
    fireEvent.change(code(), { target: { value: '4821' } })
    fireEvent.click(submit())
    await waitFor(() => expect(submit()).toBeDisabled())
    expect(submit()).toHaveTextContent('Creating…')
    fireEvent.click(submit())
    // Enter in a field submits the form even with the button disabled: still one request.
    fireEvent.submit(screen.getByRole('form', { name: 'New access code' }))
    await waitFor(() => expect(requests.length).toBeGreaterThan(0))
    await new Promise((resolve) => setTimeout(resolve, 50))
    await act(async () => release?.())
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    expect(requests).toHaveLength(1)
    expect(requests[0]!.url).toBe('/api/access_codes/create')
    expect(requests[0]!.body).toEqual({ device_id: 'dev-1', name: 'Cleaner', code: '4821' })
    expect(queryClient.getQueryData<AccessCode[]>(accessCodeKeys.byDevice('dev-1'))).toEqual([
      created,
    ])
    expect(queryClient.getQueryData(accessCodeKeys.detail('ac-1'))).toEqual(created)
  })

  it('puts server validation errors on their field, keeps the input, and does not toast', async () => {
    const { toast, onSaved } = setup()
    replies.push({
      status: 400,
      body: {
        ok: false,
        error: {
          type: 'invalid_input',
          message: 'Code length 5 is not supported',
          request_id: 'req-123',
          validation_errors: { _errors: [], code: { _errors: ['Code length 5 is not supported'] } },
        },
      },
    })
    fireEvent.change(name(), { target: { value: 'Guest' } })
    fireEvent.change(code(), { target: { value: '48215' } })
    fireEvent.click(submit())
    await waitFor(() => expect(requests).toHaveLength(1))
    await act(async () => release?.())
    await waitFor(() => expect(code()).toHaveAttribute('aria-invalid', 'true'))
    expect(code()).toHaveAccessibleDescription(/Code length 5 is not supported/)
    expect(code()).toHaveFocus()
    expect(code()).toHaveValue('48215')
    expect(name()).toHaveValue('Guest')
    expect(screen.getByRole('alert')).toHaveTextContent('req-123')
    expect(toast).not.toHaveBeenCalled()
    expect(onSaved).not.toHaveBeenCalled()
    expect(submit()).toBeEnabled()
  })

  it('shows a 500 with Seam’s message and request id above the buttons', async () => {
    const { toast } = setup()
    replies.push({
      status: 500,
      body: {
        ok: false,
        error: { type: 'internal_server_error', message: 'Boom at Seam', request_id: 'req-500' },
      },
    })
    fireEvent.change(name(), { target: { value: 'Guest' } })
    fireEvent.click(submit())
    await waitFor(() => expect(requests).toHaveLength(1))
    await act(async () => release?.())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not create the access code')
    expect(alert).toHaveTextContent('Boom at Seam')
    expect(alert).toHaveTextContent('req-500')
    expect(screen.getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument()
    expect(toast).not.toHaveBeenCalled()
    expect(name()).toHaveValue('Guest')
  })

  it('offers the backup pool only for time-bound codes, and shows the lock zone', () => {
    setup()
    expect(screen.queryByRole('checkbox', { name: /backup code pool/ })).toBeNull()
    fireEvent.click(screen.getByRole('radio', { name: /Time-bound/ }))
    expect(screen.getByRole('checkbox', { name: /backup code pool/ })).toBeInTheDocument()
    expect(screen.getByText('America/New_York')).toBeInTheDocument()
    expect(screen.getByLabelText('Starts')).toHaveAttribute('type', 'datetime-local')
  })

  it('shows each time typed in the lock’s zone on the viewer’s clock as it changes', async () => {
    setup()
    fireEvent.click(screen.getByRole('radio', { name: /Time-bound/ }))
    const starts = screen.getByLabelText('Starts')
    expect(screen.getAllByText('In your time zone (Europe/Berlin): —')).toHaveLength(2)
    // 9:00 in New York on 1 July 2026 is 15:00 in Berlin, both on summer time.
    fireEvent.change(starts, { target: { value: '2026-07-01T09:00' } })
    const hint = await screen.findByText(/^Your time \(Europe\/Berlin\):/)
    expect(hint.textContent).toMatch(/Jul.*(15:00|3:00\sPM)/)
  })
})
