#!/usr/bin/env node
// Starts the dashboard for Playwright on the current build: a fresh sandbox in a temp data dir
// (or, with E2E_BACKEND=fake, Seam's own fake API), so every run starts from the same seed.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'node:net'

const port = process.env.PORT ?? '5199'
const backend = process.env.E2E_BACKEND ?? 'sandbox'
const children = []
const dataDir = mkdtempSync(join(tmpdir(), 'doorman-e2e-'))

function freePort() {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

function cleanup() {
  for (const child of children) child.kill('SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}
process.on('SIGTERM', () => (cleanup(), process.exit(0)))
process.on('SIGINT', () => (cleanup(), process.exit(0)))
process.on('exit', cleanup)

// E2E_SERVER=dev runs `npm run dev` (Vite's dev server in front of the same dashboard app).
const entry = process.env.E2E_SERVER === 'dev' ? 'server/dev.ts' : 'server/main.ts'
const distDir = process.env.DOORMAN_DIST_DIR ?? 'dist'
if (entry === 'server/main.ts' && !existsSync(`${distDir}/index.html`)) {
  console.error(
    'No build in dist/. `npm run test:e2e` builds first; run `npm run build` when calling Playwright directly.',
  )
  process.exit(1)
}

const env = { ...process.env, PORT: port, HOST: '127.0.0.1', DOORMAN_DATA_DIR: dataDir }
if (backend === 'fake') {
  const fakePort = String(await freePort())
  const fake = spawn(
    process.execPath,
    ['node_modules/@seamapi/fake-seam-connect/dist/server.js', '--seed'],
    { env: { ...process.env, PORT: fakePort }, stdio: 'inherit' },
  )
  children.push(fake)
  env.SEAM_ENDPOINT = `http://127.0.0.1:${fakePort}`
  env.SEAM_API_KEY = 'seam_apikey1_token'
  // Wait until the fake answers before the dashboard starts forwarding to it.
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${env.SEAM_ENDPOINT}/health`).then(
      () => true,
      () => false,
    )
    if (ok) break
    await new Promise((r) => setTimeout(r, 200))
  }
} else {
  delete env.SEAM_API_KEY
}

const server = spawn('npx', ['tsx', entry], { env, stdio: 'inherit' })
children.push(server)
server.on('exit', (code) => process.exit(code ?? 1))
