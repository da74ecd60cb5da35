import type { Response } from '@playwright/test'

/**
 * How many locks' code lists one response carries: a lock answers with its own
 * `access_codes/list { device_id }`, or inside a `_doorman/access_codes/list_many { device_ids }`
 * (issue #19's workspace-wide read).
 */
export const LOCK_LIST_PATHS = ['/api/access_codes/list', '/api/_doorman/access_codes/list_many']

export function locksAnswered(url: string, body: string | null): number {
  if (!body) return 0
  if (url.endsWith(LOCK_LIST_PATHS[0]!)) return body.includes('"device_id"') ? 1 : 0
  if (url.endsWith(LOCK_LIST_PATHS[1]!))
    return (JSON.parse(body) as { device_ids: string[] }).device_ids.length
  return 0
}

/**
 * How many locks' code lists came with the page itself, for a page's navigation response (0 for
 * any other): a page the server draws hands the app the answers it was drawn from
 * (server/dashboard/ssr/page-stream.ts), one query per lock.
 */
export async function locksInPage(res: Response): Promise<number> {
  if (!res.request().isNavigationRequest()) return 0
  const html = await res.text().catch(() => '')
  const state = /<script type="application\/json" id="ssr-state">([\s\S]*?)<\/script>/.exec(html)
  if (!state) return 0
  const { queries } = JSON.parse(state[1]!) as { queries: { queryKey: unknown[] }[] }
  return queries.filter((q) => q.queryKey[0] === 'access-codes' && q.queryKey[1] === 'device')
    .length
}
