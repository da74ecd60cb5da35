/** What one CSV cell may hold; `null` and `undefined` become an empty cell. */
export type CsvValue = string | number | boolean | null | undefined

/** One CSV column: its header and how a row becomes its cell. */
export type CsvColumn<T> = { header: string; value: (row: T) => CsvValue }

/** Turns rows into string cells with `columns`; shared by the CSV builder and its tests. */
export function csvCells<T>(row: T, columns: readonly CsvColumn<T>[]): CsvValue[] {
  return columns.map((column) => column.value(row))
}
