import {
  IMPORT_COLUMNS,
  MAX_FILE_BYTES,
  MAX_ROWS,
  REQUIRED_COLUMNS,
  type ImportColumn,
  type ImportRow,
  type ImportRowValues,
} from './import-format'

export type ParseResult =
  { ok: true; rows: ImportRow[]; delimiter: string } | { ok: false; message: string }

const COLUMN_LIST = IMPORT_COLUMNS.join(', ')
const HEADER_HINT = `The first row must name the columns: ${COLUMN_LIST} (code and use_backup_access_code_pool may be left out). Download the template to start from one that works.`

/** Signatures of files people pick by mistake, which a CSV parser would happily read as text. */
const NOT_CSV: { test: (text: string) => boolean; what: string }[] = [
  { test: (t) => t.startsWith('PK\u0003\u0004'), what: 'a spreadsheet or zip file (.xlsx)' },
  { test: (t) => t.startsWith('%PDF'), what: 'a PDF' },
  { test: (t) => /^\s*[[{]/.test(t), what: 'JSON' },
  { test: (t) => /^\s*<(!doctype|html|\?xml)/i.test(t), what: 'a web page or XML' },
  // NUL never appears in text; images and other binaries are full of it.
  {
    test: (t) => t.slice(0, 4096).includes('\u0000'),
    what: 'a binary file (an image or a document)',
  },
]

export const byteLength = (text: string) => new TextEncoder().encode(text).length

const TOO_BIG = 'This file is over the 5 MB limit. Split it into smaller files.'

/** Checks a picked file before reading it, so a 2 GB video is refused without being loaded. */
export function fileSizeProblem(size: number): string | null {
  return size > MAX_FILE_BYTES ? TOO_BIG : null
}

const normaliseHeader = (cell: string) =>
  cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()

function headerProblem(header: string[]): string | null {
  const names = header.map(normaliseHeader)
  const known = new Set<string>(IMPORT_COLUMNS)
  if (!names.some((n) => known.has(n))) {
    const found = header.slice(0, 3).join(', ')
    return `The first row is not a header (it reads "${found.slice(0, 80)}"). ${HEADER_HINT}`
  }
  const unknown = names.filter((n) => !known.has(n))
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c))
  const twice = names.filter((n, i) => n !== '' && names.indexOf(n) !== i)
  const problems: string[] = []
  if (missing.length > 0) problems.push(`Missing column${plural(missing)}: ${missing.join(', ')}.`)
  if (unknown.length > 0)
    problems.push(
      `Unknown column${plural(unknown)}: ${unknown.map((n) => (n === '' ? '(blank)' : n)).join(', ')}.`,
    )
  if (twice.length > 0) problems.push(`Column${plural(twice)} named twice: ${twice.join(', ')}.`)
  return problems.length > 0 ? `${problems.join(' ')} ${HEADER_HINT}` : null
}

const plural = (list: readonly unknown[]) => (list.length === 1 ? '' : 's')

/**
 * Reads the text of a CSV file into rows, or says in plain words why it cannot. Papa Parse does
 * the CSV (quoted fields, quoted newlines, `;` or tab separators, a UTF-8 BOM); it is loaded only
 * when a file is read, so it stays out of the pages that never import.
 */
export async function parseImportCsv(text: string): Promise<ParseResult> {
  const bytes = byteLength(text)
  if (bytes > MAX_FILE_BYTES) return { ok: false, message: TOO_BIG }
  const content = text.replace(/^\uFEFF/, '')
  if (content.trim() === '') return { ok: false, message: 'The file is empty.' }
  const notCsv = NOT_CSV.find((n) => n.test(content))
  if (notCsv)
    return {
      ok: false,
      message: `This is ${notCsv.what}, not CSV. In your spreadsheet, choose "Save as" or "Download" → CSV, then pick that file.`,
    }

  const { default: Papa } = await import('papaparse')
  const parsed = Papa.parse<string[]>(content, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
    // One row past the limit is enough to know the file is over it.
    preview: MAX_ROWS + 2,
  })
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes')
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1
    return {
      ok: false,
      message: `A quoted cell is never closed (near row ${row}). Check for a stray " in that row.`,
    }
  }
  const [header, ...body] = parsed.data
  if (!header) return { ok: false, message: 'The file is empty.' }
  const problem = headerProblem(header)
  if (problem) return { ok: false, message: problem }
  if (body.length === 0)
    return { ok: false, message: 'The file has a header row but no codes below it.' }
  if (body.length > MAX_ROWS)
    return {
      ok: false,
      message: `This file has more than ${MAX_ROWS.toLocaleString('en-US')} codes; the limit is ${MAX_ROWS.toLocaleString('en-US')} per import. Split it into smaller files.`,
    }

  const columns = header.map(normaliseHeader) as ImportColumn[]
  const rows = body.map((cells, i): ImportRow => {
    const values = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, ''])) as ImportRowValues
    columns.forEach((column, j) => {
      values[column] = cells[j] ?? ''
    })
    const cellCountProblem =
      cells.length === header.length
        ? null
        : `This row has ${cells.length} cell${plural(cells)}; the header has ${header.length}. Check for a missing or extra separator.`
    return { rowNumber: i + 2, values, cellCountProblem }
  })
  return { ok: true, rows, delimiter: parsed.meta.delimiter }
}
