/** Figures, budgets and the printed table. */

export type Metric = {
  /** Stable key in results.json. */
  id: string
  section: string
  label: string
  unit: 'KB' | 'ms' | 'MB' | '%' | 'req' | 'count'
  /** Median of the samples (or the single value). null when it could not be measured. */
  value: number | null
  samples?: number[]
  min?: number
  max?: number
  /** e.g. '<= 130' — shown in the table; `pass` decides. */
  budget?: string
  /** undefined: informational; null: budgeted but not measurable (counts as a miss). */
  pass?: boolean | null
  note?: string
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** A metric from repeated samples: median plus the spread. */
export function fromSamples(
  base: Omit<Metric, 'value' | 'samples' | 'min' | 'max' | 'pass'>,
  samples: readonly number[],
  check?: (median: number, samples: readonly number[]) => boolean,
): Metric {
  if (samples.length === 0) {
    return { ...base, value: null, pass: base.budget ? null : undefined }
  }
  const value = median(samples)
  return {
    ...base,
    value,
    samples: [...samples],
    min: Math.min(...samples),
    max: Math.max(...samples),
    pass: check ? check(value, samples) : undefined,
  }
}

export function single(
  base: Omit<Metric, 'value' | 'pass'>,
  value: number | null,
  check?: (value: number) => boolean,
): Metric {
  return {
    ...base,
    value,
    pass: value === null ? (check ? null : undefined) : check ? check(value) : undefined,
  }
}

const decimals = (unit: Metric['unit'], v: number) =>
  unit === 'req' || unit === 'count' ? (Number.isInteger(v) ? 0 : 1) : Math.abs(v) >= 100 ? 0 : 1

export function fmt(v: number | null | undefined, unit: Metric['unit']): string {
  if (v === null || v === undefined) return 'n/a'
  return `${v.toFixed(decimals(unit, v))}`
}

export function resultWord(m: Metric): string {
  if (m.pass === undefined) return ''
  if (m.pass === null) return 'FAIL (not measured)'
  return m.pass ? 'PASS' : 'FAIL'
}

export function printTable(metrics: readonly Metric[]): string {
  const rows: string[][] = [['Metric', 'Median', 'Spread (min–max)', 'Budget', 'Result']]
  let section = ''
  const sectionRows: number[] = []
  for (const m of metrics) {
    if (m.section !== section) {
      section = m.section
      sectionRows.push(rows.length)
      rows.push([`${section}`, '', '', '', ''])
    }
    const spread =
      m.min !== undefined && m.max !== undefined && (m.samples?.length ?? 0) > 1
        ? `${fmt(m.min, m.unit)}–${fmt(m.max, m.unit)} (n=${m.samples!.length})`
        : ''
    rows.push([
      `  ${m.label}`,
      m.value === null ? 'n/a' : `${fmt(m.value, m.unit)} ${m.unit}`,
      spread,
      m.budget ? `${m.budget} ${m.unit}` : '',
      resultWord(m),
    ])
  }
  const widths = rows[0]!.map((_, c) =>
    Math.max(
      ...rows.map((r) => (sectionRows.includes(rows.indexOf(r)) && c === 0 ? 0 : r[c]!.length)),
    ),
  )
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd()
  const out: string[] = []
  rows.forEach((r, i) => {
    if (sectionRows.includes(i)) out.push(r[0]!)
    else out.push(line(r))
    if (i === 0) out.push(widths.map((w) => '-'.repeat(w)).join('  '))
  })
  const notes = metrics.filter((m) => m.note)
  if (notes.length) {
    out.push('', 'Notes:')
    for (const m of notes) out.push(`  - ${m.label}: ${m.note}`)
  }
  return out.join('\n')
}
