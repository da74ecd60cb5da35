import type { TestProject } from 'vitest/node'
import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the throwaway PostgreSQL server the store tests run against. */
    postgresUrl: string
  }
}

function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const version = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))[0]
  return version ? join(root, version, 'bin') : undefined
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts a throwaway PostgreSQL cluster (Debian's `postgresql` package, installed first when
 * missing) for the store tests: its own directory, port and socket, fsync off, gone afterwards.
 * As root it runs as the `postgres` user, since PostgreSQL refuses to run as root.
 */
export default async function setup(project: TestProject) {
  let bin = postgresBinDir()
  if (!bin) {
    execFileSync(process.execPath, ['scripts/ensure-system-packages.mjs'], { stdio: 'inherit' })
    bin = postgresBinDir()
    if (!bin) throw new Error('PostgreSQL is not installed and could not be installed')
  }
  const dir = mkdtempSync(join(tmpdir(), 'doorman-pg-'))
  const asRoot = process.getuid?.() === 0
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(join(bin, command), args, { stdio: 'pipe' })
  if (asRoot) chownSync(dir, uidOf('postgres'), gidOf('postgres'))

  const port = await freePort()
  run('initdb', ['-D', dir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync'])
  run('pg_ctl', [
    '-D',
    dir,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    'start',
  ])
  project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`)

  return () => {
    try {
      run('pg_ctl', ['-D', dir, '-m', 'immediate', 'stop'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim())
}
function gidOf(user: string): number {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim())
}
