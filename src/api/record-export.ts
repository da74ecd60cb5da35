import * as z from 'zod/mini'
import type { ExportTable } from '@/lib/csv/export-tables'
import { apiRequest } from './client'

const exportResponse = z.object({
  pins: z.optional(z.array(z.object({ access_code_id: z.string(), code: z.nullable(z.string()) }))),
})

/**
 * Tells the server about an export before the file is made: it checks the role, writes the
 * audit entry ("exported N rows of <table>") and, when `pinsFor` is given, answers those codes'
 * PINs. A refusal throws, and then no file is made.
 */
export async function recordExport(input: {
  table: ExportTable
  rows: number
  scope: string
  pinsFor?: readonly string[] | undefined
}): Promise<Map<string, string | null> | undefined> {
  const response = await apiRequest(
    '_doorman/export',
    { table: input.table, rows: input.rows, scope: input.scope, pins_for: input.pinsFor },
    exportResponse,
    // Thousands of PINs take the backend a few calls.
    { timeoutMs: 60_000 },
  )
  return response.pins ? new Map(response.pins.map((p) => [p.access_code_id, p.code])) : undefined
}
