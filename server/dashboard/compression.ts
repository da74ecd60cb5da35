import type { MiddlewareHandler } from 'hono'
import { Duplex } from 'node:stream'
import { constants, createBrotliCompress, createGzip } from 'node:zlib'

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml)|image\/svg\+xml)/i
const MIN_BYTES = 1024

type Encoding = 'br' | 'gzip'

/** The best encoding the client accepts (q > 0), brotli before gzip on a tie. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined
  const q = new Map<string, number>()
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const value = qParam ? Number(qParam.slice(2)) : 1
    if (name) q.set(name, Number.isFinite(value) ? value : 0)
  }
  const of = (name: Encoding) => q.get(name) ?? q.get('*') ?? 0
  const br = of('br')
  const gzip = of('gzip')
  if (br <= 0 && gzip <= 0) return undefined
  return br >= gzip ? 'br' : 'gzip'
}

function compressor(encoding: Encoding, flushEachWrite: boolean) {
  // Quality 4 / level 6: a 10,000-code list (5.8 MB) compresses in tens of milliseconds, which
  // matters more for a live answer than the last few percent that higher levels would save.
  // A page sent in parts (ssr/page-stream.ts) flushes each part, or the browser would get its
  // <head> only with the rest of the page, and start on the scripts no sooner.
  return encoding === 'br'
    ? createBrotliCompress({
        params: { [constants.BROTLI_PARAM_QUALITY]: 4 },
        ...(flushEachWrite ? { flush: constants.BROTLI_OPERATION_FLUSH } : {}),
      })
    : createGzip({ level: 6, ...(flushEachWrite ? { flush: constants.Z_SYNC_FLUSH } : {}) })
}

/**
 * gzip or brotli for JSON, HTML and other text answers that are not already encoded (the built
 * assets come precompressed from the build and are served as they are). Streams: a large `/api`
 * answer is compressed as it arrives from the backend, never held whole.
 */
export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const res = c.res
    if (!res.body || c.req.method === 'HEAD' || res.headers.has('content-encoding')) return
    if (!COMPRESSIBLE.test(res.headers.get('content-type') ?? '')) return
    if (/no-transform/i.test(res.headers.get('cache-control') ?? '')) return
    const length = res.headers.get('content-length')
    if (length !== null && Number(length) < MIN_BYTES) return
    res.headers.append('vary', 'Accept-Encoding')
    const encoding = chooseEncoding(c.req.header('accept-encoding'))
    if (!encoding) return
    const html = /^text\/html/i.test(res.headers.get('content-type') ?? '')
    const transform = Duplex.toWeb(compressor(encoding, html)) as unknown as ReadableWritablePair<
      Uint8Array,
      Uint8Array
    >
    // Hono copies the old answer's headers onto a new one, so fix them up after the swap.
    c.res = new Response(res.body.pipeThrough(transform), res)
    c.res.headers.delete('content-length')
    c.res.headers.set('content-encoding', encoding)
  }
}
