import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES, MAX_ROWS, templateCsv } from './import-format'
import { fileSizeProblem, parseImportCsv } from './parse-import-csv'

const HEADER = 'lock,name,code,starts_at,ends_at,use_backup_access_code_pool'

async function rejected(text: string): Promise<string> {
  const result = await parseImportCsv(text)
  if (result.ok) throw new Error('expected the file to be refused')
  return result.message
}

async function parsed(text: string) {
  const result = await parseImportCsv(text)
  if (!result.ok) throw new Error(result.message)
  return result
}

describe('parseImportCsv: bad files get a clear message', () => {
  it('refuses an empty file, and one with only blank lines', async () => {
    expect(await rejected('')).toBe('The file is empty.')
    expect(await rejected('\r\n \n')).toBe('The file is empty.')
    expect(await rejected('\uFEFF')).toBe('The file is empty.')
  })

  it('refuses a header with no codes', async () => {
    expect(await rejected(`${HEADER}\r\n`)).toMatch(/header row but no codes/)
  })

  it('says which required columns are missing', async () => {
    const message = await rejected('lock,name,code\nFront,Guest,1234')
    expect(message).toMatch(/^Missing columns: starts_at, ends_at\./)
  })

  it('names unknown and doubled columns', async () => {
    expect(await rejected('lock,name,pin,starts_at,ends_at\na,b,1,,')).toMatch(
      /Unknown column: pin\./,
    )
    expect(await rejected('lock,name,name,starts_at,ends_at\na,b,c,,')).toMatch(
      /Column named twice: name\./,
    )
  })

  it('says when the first row is not a header at all', async () => {
    expect(await rejected('Front door,Guest,1234\nBack,Cleaner,5678')).toMatch(
      /first row is not a header \(it reads "Front door, Guest, 1234"\)/,
    )
  })

  it('recognises files that are not CSV', async () => {
    expect(await rejected('PK\u0003\u0004\u0014\u0000\u0006\u0000')).toMatch(/\.xlsx\).*not CSV/)
    expect(await rejected('%PDF-1.7\n')).toMatch(/PDF, not CSV/)
    expect(await rejected('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toMatch(/binary/)
    expect(await rejected('[{"lock":"a"}]')).toMatch(/JSON, not CSV/)
    expect(await rejected('<!DOCTYPE html><html></html>')).toMatch(/web page/)
  })

  it('refuses more than 5 MB, before reading a picked file too', async () => {
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull()
    expect(fileSizeProblem(MAX_FILE_BYTES + 1)).toBe(
      'This file is over the 5 MB limit. Split it into smaller files.',
    )
    const big = `${HEADER}\n${'x'.repeat(MAX_FILE_BYTES)}`
    expect(await rejected(big)).toMatch(/over the 5 MB limit/)
  })

  it(`refuses more than ${MAX_ROWS} rows, and takes exactly ${MAX_ROWS}`, async () => {
    const row = 'Front,Guest,,,,\n'
    expect((await parsed(`${HEADER}\n${row.repeat(MAX_ROWS)}`)).rows).toHaveLength(MAX_ROWS)
    expect(await rejected(`${HEADER}\n${row.repeat(MAX_ROWS + 1)}`)).toMatch(
      /more than 10,000 codes/,
    )
  })

  it('says where a quote is never closed', async () => {
    expect(await rejected(`${HEADER}\nFront,"Guest,1234,,,\nBack,x,,,,`)).toMatch(/never closed/)
  })
})

describe('parseImportCsv: what spreadsheets really write', () => {
  it('reads the downloadable template', async () => {
    const { rows } = await parsed(templateCsv(Date.parse('2026-12-02T12:00:00Z')))
    expect(rows).toHaveLength(2)
    expect(rows[0]!.values).toEqual({
      lock: 'Front door',
      name: 'Guest: Smith',
      code: '4821',
      starts_at: '2026-12-09T15:00',
      ends_at: '2026-12-13T11:00',
      use_backup_access_code_pool: 'false',
    })
  })

  it('strips a UTF-8 BOM from the first header', async () => {
    const { rows } = await parsed(`\uFEFF${HEADER}\nFront,Guest,,,,`)
    expect(rows[0]!.values.lock).toBe('Front')
  })

  it('reads ; separated files (European Excel), with headers in any case and order', async () => {
    const { rows, delimiter } = await parsed('Name;LOCK;starts_at;ends_at\nGuest;Front;;')
    expect(delimiter).toBe(';')
    expect(rows[0]!.values).toMatchObject({ lock: 'Front', name: 'Guest', code: '' })
  })

  it('keeps quoted newlines, quotes and separators inside a cell, and numbers rows as a spreadsheet does', async () => {
    const { rows } = await parsed(
      `${HEADER}\nFront,"Guest ""A""\nsecond line, still",,,,\nBack,B,,,,`,
    )
    expect(rows[0]!.values.name).toBe('Guest "A"\nsecond line, still')
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3])
  })

  it('keeps HTML and formulas in names as the text they are', async () => {
    const { rows } = await parsed(
      `${HEADER}\nFront,<img src=x onerror=alert(1)>,,,,\nFront,=HYPERLINK("x"),,,,`,
    )
    expect(rows.map((r) => r.values.name)).toEqual([
      '<img src=x onerror=alert(1)>',
      '=HYPERLINK("x")',
    ])
  })

  it('flags a row with too few or too many cells', async () => {
    const { rows } = await parsed(`${HEADER}\nFront,Guest,,,,\nFront,Guest\nFront,G,,,,,extra`)
    expect(rows.map((r) => r.cellCountProblem)).toEqual([
      null,
      expect.stringMatching(/has 2 cells; the header has 6/),
      expect.stringMatching(/has 7 cells; the header has 6/),
    ])
  })
})
