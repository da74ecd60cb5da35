import type { Context, Hono } from 'hono'
import * as z from 'zod'
import { EXPORT_TABLE_IDS, EXPORT_TABLES, MAX_PIN_EXPORT } from '../../src/lib/csv/export-tables'
import type { DashboardEnv } from './actor'
import type { RecordAudit } from './audit-writer'
import { backendFailure, callBackend, passThrough, type Backend } from './proxy'
import { readInput, refuse } from './route-input'

/** The most ids one `access_codes/list` call takes (Seam's and the sandbox's cap). */
const IDS_PER_CALL = 1000

const exportInput = z.object({
  table: z.enum(EXPORT_TABLE_IDS),
  rows: z.number().int().min(0).max(1_000_000),
  /** What the rows were: "filtered: …", "selected", "all"; kept in the audit entry. */
  scope: z.string().max(500).default('all'),
  /** The codes whose PINs go into the file; only roles that may reveal PINs get them. */
  pins_for: z.array(z.string().min(1).max(100)).max(MAX_PIN_EXPORT).optional(),
})

type PinAnswer = { pins: Map<string, string | null> } | Response

/**
 * `POST /api/_doorman/export`: every CSV export comes here first, so each one is an audited
 * action ("exported N rows of <table>"), and the PINs of an export come only from here: the
 * role is checked, one audit entry is written for the whole export (count and scope), and only
 * then are the PINs answered. A refused export is recorded too.
 */
export function mountExportRoute(
  app: Hono<DashboardEnv>,
  options: { record: RecordAudit; backend: Backend },
): void {
  const { record, backend } = options

  app.post('/api/_doorman/export', async (c) => {
    const input = await readInput(c, exportInput)
    if (input instanceof Response) return input
    const actor = c.get('actor')
    const withPins = input.pins_for !== undefined
    const details = {
      table: input.table,
      rows: input.rows,
      scope: input.scope,
      pins: withPins,
      ...(withPins ? { pin_count: input.pins_for!.length } : {}),
    }
    const denied =
      refuse(c, EXPORT_TABLES[input.table].permission) ??
      (withPins ? refuse(c, 'codes.reveal') : undefined)
    if (denied) {
      await record(c, actor, { action: 'export.csv', result: 'forbidden', details })
      return denied
    }

    let pins: Map<string, string | null> | undefined
    if (input.pins_for) {
      const answer = await fetchPins(c, input.pins_for)
      if (answer instanceof Response) return answer
      pins = answer.pins
    }
    // The record comes first: without it, no PIN leaves the server.
    await record(c, actor, { action: 'export.csv', result: 'ok', details })
    c.header('cache-control', 'no-store')
    return c.json({
      ok: true,
      pins: pins
        ? [...pins].map(([access_code_id, code]) => ({ access_code_id, code }))
        : undefined,
    })
  })

  /** The PINs of exactly `ids` (anything else the backend answers is dropped), in batches. */
  async function fetchPins(c: Context, ids: readonly string[]): Promise<PinAnswer> {
    const wanted = new Set(ids)
    const pins = new Map<string, string | null>()
    const unique = [...wanted]
    for (let start = 0; start < unique.length; start += IDS_PER_CALL) {
      const batch = unique.slice(start, start + IDS_PER_CALL)
      const answer = await callBackend(
        backend,
        'access_codes/list',
        JSON.stringify({ access_code_ids: batch }),
      )
      if (typeof answer !== 'object') return backendFailure(c, answer)
      if (answer.status >= 300) return passThrough(answer)
      const codes = answer.json?.['access_codes']
      if (!Array.isArray(codes)) continue
      for (const code of codes as Array<Record<string, unknown>>) {
        const id = code['access_code_id']
        if (typeof id !== 'string' || !wanted.has(id)) continue
        pins.set(id, typeof code['code'] === 'string' ? code['code'] : null)
      }
    }
    return { pins }
  }
}
