/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
 * hide one behind them). OWASP's list for CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Makes a text cell that a spreadsheet would run as a formula show as text, by prefixing `'`.
 *
 * Only text is guarded: a value that the column mapping hands over as a `number` (a battery
 * level, a count) came from our own typed data, cannot carry a formula, and stays a number, so a
 * negative number is not mangled. A name typed as "-5" or "=1+1" is text and gets the prefix.
 * Papa Parse's own `escapeFormulae` is not used: its pattern (`/^[=+\-@\t\r].*$/`) misses a
 * formula followed by a line break ("=1+1\nx"), because `.` does not match the break.
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}
