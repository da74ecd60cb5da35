import { describe, expect, it } from 'vitest'
import { deviceAccessCodeCsv, workspaceAccessCodeCsv } from './access-code-csv'

// The exported headers are what people's spreadsheets and scripts read: they change only on purpose.
const headers = (columns: readonly { header: string }[]) => columns.map((c) => c.header)

describe('access-code CSV columns', () => {
  it('the workspace export has the lock, its place and its zone beside each code', () => {
    expect(headers(workspaceAccessCodeCsv)).toEqual([
      'access_code_id',
      'name',
      'device_id',
      'lock',
      'location',
      'type',
      'status',
      'starts_at',
      'ends_at',
      'time_zone',
      'backup',
      'errors',
      'warnings',
    ])
  })

  it("a lock's export keeps the lock's id but not its name and place, in the same order", () => {
    // The workspace list above pins every header; this one is that list less the two columns.
    expect(headers(deviceAccessCodeCsv)).toEqual(
      headers(workspaceAccessCodeCsv).filter((h) => h !== 'lock' && h !== 'location'),
    )
  })
})
