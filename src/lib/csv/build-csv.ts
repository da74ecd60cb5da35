import { csvCells, type CsvColumn, type CsvValue } from './csv-columns'
import { guardFormula } from './formula-guard'

/** Excel reads a CSV as UTF-8 only when it starts with this byte order mark. */
export const UTF8_BOM = '\uFEFF'
/** Rows per slice: small enough that one slice stays far under a 50 ms task on a slow laptop. */
const ROWS_PER_SLICE = 500

/** Gives the browser a turn (input, paint) between slices, so a long export never freezes it. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

function guardCell(value: CsvValue): CsvValue {
  return typeof value === 'string' ? guardFormula(value) : value
}

export type BuildCsvOptions = {
  /** Called after each slice with how many rows are done. */
  onProgress?: ((done: number, total: number) => void) | undefined
  signal?: AbortSignal | undefined
}

/**
 * The CSV text of `rows` under `columns`: a BOM, a header line, then one line per row, RFC 4180
 * quoting by Papa Parse (loaded on first export, so it never weighs on the first page), every
 * text cell through the formula guard, lines ending in CRLF. Works in slices with a yield in
 * between, so 10,000 rows never make one long task.
 */
export async function buildCsv<T>(
  rows: readonly T[],
  columns: readonly CsvColumn<T>[],
  options: BuildCsvOptions = {},
): Promise<string> {
  const { default: Papa } = await import('papaparse')
  const unparse = (data: CsvValue[][]) => Papa.unparse(data, { newline: '\r\n', header: false })
  const parts = [unparse([columns.map((c) => guardFormula(c.header))])]
  for (let start = 0; start < rows.length; start += ROWS_PER_SLICE) {
    options.signal?.throwIfAborted()
    const slice = rows.slice(start, start + ROWS_PER_SLICE)
    parts.push(unparse(slice.map((row) => csvCells(row, columns).map(guardCell))))
    const done = Math.min(start + ROWS_PER_SLICE, rows.length)
    options.onProgress?.(done, rows.length)
    if (done < rows.length) await yieldToBrowser()
  }
  return `${UTF8_BOM}${parts.join('\r\n')}\r\n`
}
