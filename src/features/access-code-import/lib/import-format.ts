/**
 * The CSV file people fill in to create many access codes at once: its columns, its limits and
 * the template offered for download. Parsing itself is in `parse-import-csv.ts`.
 */

/** Every column the import reads, in the template's order. */
export const IMPORT_COLUMNS = [
  'lock',
  'name',
  'code',
  'starts_at',
  'ends_at',
  'use_backup_access_code_pool',
] as const
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]

/** Columns a file must have; `code` and `use_backup_access_code_pool` may be left out. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['lock', 'name', 'starts_at', 'ends_at']

/**
 * 5 MB holds far more than 10,000 rows of this format (a row is ~100 bytes); the byte cap stops a
 * wrong file (a photo, an export of something else) before the browser reads it all.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024
/** One import stays within what a person can check in a preview and Seam takes in minutes. */
export const MAX_ROWS = 10_000

export const LIMITS_TEXT = `Up to ${MAX_ROWS.toLocaleString('en-US')} codes and 5 MB per file.`

/** One code as the file gives it: every column as text (missing columns are empty). */
export type ImportRowValues = Record<ImportColumn, string>

export type ImportRow = {
  /** The row as a spreadsheet numbers it: the header is row 1, the first code row 2. */
  rowNumber: number
  values: ImportRowValues
  /** Cells beyond the header's columns, or fewer than it has (a row the file breaks). */
  cellCountProblem: string | null
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const DAY = 86_400_000

/**
 * The downloadable template: the header, a stay (wall times in the lock's zone) starting in a
 * week, so the example itself passes the checks, and an ongoing code with a PIN Seam picks.
 */
export function templateCsv(now: number): string {
  return [
    IMPORT_COLUMNS.join(','),
    `Front door,Guest: Smith,4821,${isoDate(now + 7 * DAY)}T15:00,${isoDate(now + 11 * DAY)}T11:00,false`,
    'Front door,Cleaner,,,,',
    '',
  ].join('\r\n')
}
