/**
 * The sandbox under test for bench/sandbox-throughput.ts, in a process of its own so the load
 * generator never shares its event loop. Usage: `tsx bench/sandbox-throughput-server.ts <dataDir>`.
 * Prints one JSON line `{"url", "apiKey"}` once it listens; stops on SIGTERM/SIGINT or when
 * stdin closes (the parent went away), exiting normally so `--cpu-prof` can write its profile.
 */
import { startSandboxServer } from '../server/sandbox/server'

const dataDir = process.argv[2]
if (!dataDir) {
  console.error('usage: sandbox-throughput-server.ts <dataDir>')
  process.exit(2)
}

const server = await startSandboxServer({ seed: 'large', port: 0, dataDir })
process.stdout.write(JSON.stringify({ url: server.url, apiKey: server.apiKey }) + '\n')

let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
process.stdin.on('end', stop)
process.stdin.on('close', stop)
process.stdin.resume()
