/**
 * How a request reaches the dashboard's `/api`: the browser's `fetch`. When the server renders a
 * page itself (server/dashboard/ssr), it swaps in its own handler, so the page's loaders and
 * queries read through the same route, permission and PIN checks a browser's requests meet.
 */
export type ApiTransport = (url: string, init: RequestInit) => Promise<Response>

let transport: ApiTransport = (url, init) => fetch(url, init)

export const sendApiRequest: ApiTransport = (url, init) => transport(url, init)

export function setApiTransport(next: ApiTransport): void {
  transport = next
}
