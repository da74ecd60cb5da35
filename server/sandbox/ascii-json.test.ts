// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asciiJson } from './ascii-json'
import { SINCE_EVER, startTestSandbox, type TestSandbox } from './testing'

// A boolean, so a failure does not print a whole list answer.
const isAscii = (text: string) => !/[\u0080-\uffff]/.test(text)

describe('asciiJson', () => {
  it('escapes every non-ASCII character and parses back to the same value', () => {
    const value = { name: 'Guest – Zoë 🔑', note: 'plain', n: 1, nested: ['Café'] }
    const json = asciiJson(value)
    expect(isAscii(json)).toBe(true)
    expect(json).toContain('Guest \\u2013 Zo\\u00eb \\ud83d\\udd11')
    expect(JSON.parse(json)).toEqual(value)
  })

  it('leaves ASCII JSON exactly as JSON.stringify writes it', () => {
    const value = { a: 'x"y\\z', b: [1, null, true], c: '\n' }
    expect(asciiJson(value)).toBe(JSON.stringify(value))
  })
})

describe('sandbox answers', () => {
  let sb: TestSandbox
  beforeAll(async () => {
    sb = await startTestSandbox()
  })
  afterAll(() => sb.close())

  it('are pure ASCII on the wire while names keep their en dashes', async () => {
    const devices = await sb.call('/devices/list')
    expect(isAscii(devices.text)).toBe(true)
    const names = devices.body.devices.map((d: { display_name: string }) => d.display_name)
    expect(names.some((n: string) => n.includes('–'))).toBe(true)

    const codes = await sb.call('/access_codes/list', {
      device_id: devices.body.devices[0].device_id,
    })
    expect(isAscii(codes.text)).toBe(true)
    const created = await sb.call('/access_codes/create', {
      device_id: devices.body.devices[0].device_id,
      name: 'Guest – Zoë',
    })
    const byId = await sb.call('/access_codes/list', {
      access_code_ids: [created.body.access_code.access_code_id],
    })
    expect(isAscii(byId.text)).toBe(true)
    expect(byId.body.access_codes[0].name).toBe('Guest – Zoë')

    const events = await sb.call('/events/list', SINCE_EVER)
    expect(isAscii(events.text)).toBe(true)
  })
})
