import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildCsv, UTF8_BOM } from './build-csv'
import { isoInZone } from '@/lib/time/format'
import type { CsvColumn } from './csv-columns'
import { guardFormula } from './formula-guard'

type Row = { id: string; name: string; level: number | null; startsAt: string | null; zone: string }
const columns: CsvColumn<Row>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'name', value: (r) => r.name },
  { header: 'level', value: (r) => r.level },
  { header: 'starts_at', value: (r) => isoInZone(r.startsAt, r.zone) },
  { header: 'time_zone', value: (r) => r.zone },
]
const row = (over: Partial<Row>): Row => ({
  id: 'c1',
  name: 'Guest',
  level: 1,
  startsAt: null,
  zone: 'UTC',
  ...over,
})

/** Parses what buildCsv wrote, as a spreadsheet would (after the BOM). */
const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data

describe('guardFormula', () => {
  it.each(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")\nmore'])(
    'prefixes %j so it reads as text',
    (text) => expect(guardFormula(text)).toBe(`'${text}`),
  )
  it.each(['Guest in 1A', '1-2', 'a=b', '', " 'quoted"])('leaves %j alone', (text) =>
    expect(guardFormula(text)).toBe(text),
  )
})

describe('isoInZone', () => {
  it('writes the offset of the zone at that instant, both sides of a DST change', () => {
    expect(isoInZone('2026-01-15T20:00:00.000Z', 'America/New_York')).toBe(
      '2026-01-15T15:00:00-05:00',
    )
    expect(isoInZone('2026-07-15T20:00:00.000Z', 'America/New_York')).toBe(
      '2026-07-15T16:00:00-04:00',
    )
    expect(isoInZone(Date.UTC(2026, 0, 1, 0, 0, 30, 999), 'UTC')).toBe('2026-01-01T00:00:30+00:00')
  })
  it('handles half-hour zones and zones east of UTC', () => {
    expect(isoInZone('2026-01-15T20:00:00Z', 'Asia/Kolkata')).toBe('2026-01-16T01:30:00+05:30')
    expect(isoInZone('2026-01-15T20:00:00Z', 'America/St_Johns')).toBe('2026-01-15T16:30:00-03:30')
  })
  it('is empty for a missing or unreadable instant', () => {
    expect(isoInZone(null, 'UTC')).toBe('')
    expect(isoInZone('not a date', 'UTC')).toBe('')
  })
  it('reads back as the same instant', () => {
    const text = isoInZone('2026-03-08T07:30:00Z', 'America/Los_Angeles')
    expect(Date.parse(text)).toBe(Date.parse('2026-03-08T07:30:00Z'))
  })
})

describe('buildCsv', () => {
  it('starts with a BOM and a header line, ends lines with CRLF', async () => {
    const csv = await buildCsv([row({})], columns)
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv).toBe(`${UTF8_BOM}id,name,level,starts_at,time_zone\r\nc1,Guest,1,,UTC\r\n`)
  })

  it('quotes commas, quotes and line breaks as RFC 4180 says, and they read back', async () => {
    const name = 'Smith, "Jo"\nroom 2'
    const csv = await buildCsv([row({ name })], columns)
    expect(csv).toContain('"Smith, ""Jo""\nroom 2"')
    expect(parse(csv)[1]![1]).toBe(name)
  })

  it('guards text cells that start a formula, and keeps numbers as numbers', async () => {
    const csv = await buildCsv(
      [row({ name: '=cmd|"/c calc"!A1', level: -5 }), row({ name: '-5', level: 0 })],
      columns,
    )
    const rows = parse(csv)
    expect(rows[1]![1]).toBe(`'=cmd|"/c calc"!A1`)
    expect(rows[1]![2]).toBe('-5')
    expect(rows[2]![1]).toBe("'-5")
  })

  it('writes times with their offset and the zone in its own column', async () => {
    const csv = await buildCsv(
      [row({ startsAt: '2026-07-01T12:00:00Z', zone: 'Europe/Berlin' })],
      columns,
    )
    expect(parse(csv)[1]!.slice(3)).toEqual(['2026-07-01T14:00:00+02:00', 'Europe/Berlin'])
  })

  it('keeps non-ASCII text as UTF-8', async () => {
    const csv = await buildCsv([row({ name: 'Zoë – 東京 🚪' })], columns)
    expect(parse(csv)[1]![1]).toBe('Zoë – 東京 🚪')
  })

  it('works in slices, reporting progress, and keeps every row in order', async () => {
    const many = Array.from({ length: 1234 }, (_, i) => row({ id: `c${i}` }))
    const progress: number[] = []
    const csv = await buildCsv(many, columns, { onProgress: (done) => progress.push(done) })
    expect(progress).toEqual([500, 1000, 1234])
    const ids = parse(csv)
      .slice(1)
      .map((r) => r[0])
    expect(ids).toEqual(many.map((r) => r.id))
  })

  it('stops when aborted', async () => {
    const controller = new AbortController()
    const many = Array.from({ length: 2000 }, (_, i) => row({ id: `c${i}` }))
    const pending = buildCsv(many, columns, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    })
    await expect(pending).rejects.toThrow()
  })
})
