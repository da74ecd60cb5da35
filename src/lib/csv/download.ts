/** Hands `text` to the browser as a file download named `filename`. */
export function downloadText(
  text: string,
  filename: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The click starts the download synchronously; the URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** `<table>-<local date and time>.csv`, e.g. `access-codes-2026-03-08-1530.csv`. */
export function csvFilename(table: string, now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0')
  const stamp = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`
  return `${table}-${stamp}.csv`
}
