const dateTime = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** "12 Mar 2025, 14:03:22" in the viewer's locale and time zone. */
export function formatInstant(iso: string): string {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? iso : dateTime.format(ms)
}

/** ISO instant → the value a `<input type="datetime-local">` shows (local wall time). */
export function toLocalInputValue(iso: string | undefined): string {
  if (!iso) return ''
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return ''
  const d = new Date(ms)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** A `datetime-local` value (local wall time) → ISO instant, or undefined when empty/invalid. */
export function fromLocalInputValue(value: string): string | undefined {
  if (!value) return undefined
  const ms = new Date(value).getTime()
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString()
}
