import type { SandboxApp, SandboxCtx } from '../context'
import { readRawInput, type RawInput } from '../input'

type Handler = (raw: RawInput, c: SandboxCtx) => Response | Promise<Response>

/** Read actions answer GET (query) and POST (JSON body), as Seam's do. */
export function readRoute(app: SandboxApp, path: string, handler: Handler): void {
  app.on(['GET', 'POST'], path, async (c) => handler(await readRawInput(c), c))
}

/** Mutations: POST (Seam's SDK also uses PUT/PATCH for some, e.g. update). */
export function writeRoute(app: SandboxApp, path: string, handler: Handler): void {
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], path, async (c) => handler(await readRawInput(c), c))
}
