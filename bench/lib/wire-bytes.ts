import { request } from 'node:http'

/** Bytes of one answer as they cross the wire (no decoding), for an Accept-Encoding. */
export function wireBytes(origin: string, path: string, body: unknown, acceptEncoding: string) {
  return new Promise<{ bytes: number; encoding: string | null }>((resolve, reject) => {
    const payload = JSON.stringify(body)
    const req = request(
      `${origin}${path}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-encoding': acceptEncoding,
          origin,
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        let bytes = 0
        res.on('data', (chunk: Buffer) => (bytes += chunk.length))
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`${path} → ${res.statusCode}`))
          else resolve({ bytes, encoding: res.headers['content-encoding'] ?? null })
        })
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}
