import { recordExport } from '@/api/record-export'
import { buildCsv } from './build-csv'
import type { CsvColumn } from './csv-columns'
import { csvFilename, downloadText } from './download'
import type { ExportTable } from './export-tables'

/** How a table's export takes PINs: which code each row is, and where the PIN column goes. */
export type CsvPinOption<T> = {
  idOf: (row: T) => string
  /** The PIN column comes right after the column with this header. */
  afterHeader: string
}

export type CsvExport<T> = {
  table: ExportTable
  rows: readonly T[]
  columns: readonly CsvColumn<T>[]
  /** What the rows are ("filters: …", "selected"), for the audit entry. */
  scope: string
  /** Set to put each row's PIN in the file (the server checks the role). */
  pins?: CsvPinOption<T> | undefined
  onProgress?: ((done: number, total: number) => void) | undefined
  signal?: AbortSignal | undefined
}

/** Inserts a `code` column, read from `pins`, after the column headed `afterHeader`. */
export function withPinColumn<T>(
  columns: readonly CsvColumn<T>[],
  option: CsvPinOption<T>,
  pins: ReadonlyMap<string, string | null>,
): CsvColumn<T>[] {
  const pinColumn: CsvColumn<T> = { header: 'code', value: (row) => pins.get(option.idOf(row)) }
  const at = columns.findIndex((c) => c.header === option.afterHeader)
  const next = [...columns]
  next.splice(at < 0 ? next.length : at + 1, 0, pinColumn)
  return next
}

/**
 * The whole export: the server records it (and hands over PINs when asked), then the file is
 * written in slices and downloaded. Nothing is downloaded when the server refuses.
 */
export async function exportRowsAsCsv<T>(options: CsvExport<T>): Promise<void> {
  const { rows, pins } = options
  const answered = await recordExport({
    table: options.table,
    rows: rows.length,
    scope: options.scope,
    pinsFor: pins ? rows.map(pins.idOf) : undefined,
  })
  const columns =
    pins && answered ? withPinColumn(options.columns, pins, answered) : options.columns
  const csv = await buildCsv(rows, columns, {
    onProgress: options.onProgress,
    signal: options.signal,
  })
  options.signal?.throwIfAborted()
  downloadText(csv, csvFilename(options.table.replaceAll('_', '-')))
}
