/**
 * Building an `Intl.DateTimeFormat` costs far more than using one, and tables and timelines
 * format thousands of times: every formatter in lib/time is built once per key and kept.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

/** The formatter stored under `key`, built by `make` the first time. */
export function cachedFormatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formatters.get(key)
  if (!f) {
    f = make()
    formatters.set(key, f)
  }
  return f
}
