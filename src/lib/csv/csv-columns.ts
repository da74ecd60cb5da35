import { zoneOffsetMs } from '@/lib/time/zoned-time'

/** What one CSV cell may hold; `null` and `undefined` become an empty cell. */
export type CsvValue = string | number | boolean | null | undefined

/** One CSV column: its header and how a row becomes its cell. */
export type CsvColumn<T> = { header: string; value: (row: T) => CsvValue }

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0')

/**
 * An instant as ISO 8601 with the zone's offset at that instant, e.g. `2026-03-08T03:30:00-04:00`
 * (seconds kept, milliseconds dropped). Empty for a missing or unreadable instant.
 */
export function isoInZone(instant: string | number | null | undefined, timeZone: string): string {
  if (instant === null || instant === undefined || instant === '') return ''
  const ms = typeof instant === 'number' ? instant : Date.parse(instant)
  if (!Number.isFinite(ms)) return ''
  const whole = Math.floor(ms / 1000) * 1000
  const offset = zoneOffsetMs(whole, timeZone)
  const wall = new Date(whole + offset).toISOString().slice(0, 19)
  const minutes = Math.round(offset / 60_000)
  const sign = minutes < 0 ? '-' : '+'
  return `${wall}${sign}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`
}

/** Turns rows into string cells with `columns`; shared by the CSV builder and its tests. */
export function csvCells<T>(row: T, columns: readonly CsvColumn<T>[]): CsvValue[] {
  return columns.map((column) => column.value(row))
}
