import { resolve } from 'node:path'
import { SEED_NAMES, type SeedName } from './seed'
import { startSandboxServer } from './server'

const seedEnv = process.env.SANDBOX_SEED
if (seedEnv !== undefined && !(SEED_NAMES as readonly string[]).includes(seedEnv)) {
  console.error(`SANDBOX_SEED must be one of ${SEED_NAMES.join(', ')}`)
  process.exit(1)
}

const server = await startSandboxServer({
  port: Number(process.env.SANDBOX_PORT ?? 4010),
  host: process.env.SANDBOX_HOST ?? '127.0.0.1',
  dataDir: resolve(process.env.DOORMAN_DATA_DIR ?? './data'),
  seed: seedEnv as SeedName | undefined,
})

console.log(`Seam sandbox listening on ${server.url}`)
console.log(`API key: ${server.apiKey}`)
console.log(`Try: curl -s ${server.url}/devices/list -H 'Authorization: Bearer ${server.apiKey}'`)

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  console.log(`\n${signal}: shutting down`)
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))
