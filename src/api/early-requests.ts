/**
 * Answers to requests the page's shell started before any JS loaded (the inline script from
 * server/dashboard/page-hints.ts). Each is handed once, to the first request for the same route
 * and body, and only soon after navigation: later it could be stale.
 */
import { onServer } from '@/lib/on-server'

type Early = { at: number; response: Promise<Response> }
declare global {
  interface Window {
    __doormanEarly?: Record<string, Early>
  }
}

const FRESH_FOR_MS = 10_000

/** The early answer for this request, if any; `signal` (cancel or timeout) still applies to it. */
export function takeEarlyResponse(
  route: string,
  body: unknown,
  signal: AbortSignal,
): Promise<Response> | undefined {
  const early = onServer() ? undefined : window.__doormanEarly
  const key = `${route} ${body === undefined ? '' : JSON.stringify(body)}`
  const hit = early?.[key]
  if (!hit) return undefined
  Reflect.deleteProperty(early, key)
  if (performance.now() - hit.at >= FRESH_FOR_MS) return undefined
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason as Error)
    if (signal.aborted) abort()
    signal.addEventListener('abort', abort, { once: true })
    hit.response.then(resolve, reject)
  })
}
