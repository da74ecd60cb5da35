/**
 * The load generator's floor for bench/sandbox-throughput.ts: a bare `node:http` server that
 * answers every request with the same bytes (a real by-ids answer), doing no work of its own.
 * Whatever latency autocannon reports against it is autocannon's and the machine's, not the
 * sandbox's. Usage: `tsx bench/static-body-server.ts <bodyFile>`; prints `{"url"}` once it
 * listens, like sandbox-throughput-server.ts, and stops on SIGTERM or when stdin closes.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

const file = process.argv[2]
if (!file) {
  console.error('usage: static-body-server.ts <bodyFile>')
  process.exit(2)
}
const body = readFileSync(file)
const headers = { 'content-type': 'application/json; charset=UTF-8', 'content-length': body.length }

const server = createServer((req, res) => {
  req.resume()
  req.once('end', () => res.writeHead(200, headers).end(body))
})
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${port}`, apiKey: '' }) + '\n')
})

const stop = () => {
  server.close(() => process.exit(0))
  server.closeAllConnections()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
process.stdin.on('end', stop)
process.stdin.on('close', stop)
process.stdin.resume()
