#!/usr/bin/env node
// `npm test` needs two things from Debian that npm cannot bring: Chromium for Playwright (it
// cannot download its own browser here) and PostgreSQL, whose server the store tests run against
// (server/store/testing/postgres-global-setup.ts starts a throwaway cluster). Install whichever
// is missing with apt, or say exactly why we cannot.
import { existsSync, readdirSync } from 'node:fs'
import { execSync } from 'node:child_process'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian puts each PostgreSQL major version's server binaries in /usr/lib/postgresql/<v>/bin. */
export function postgresBinDir() {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root)
    .filter((v) => existsSync(`${root}/${v}/bin/initdb`))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? `${root}/${versions[0]}/bin` : undefined
}

const missing = []
if (!existsSync(chromium)) missing.push('chromium')
if (!postgresBinDir()) missing.push('postgresql')
if (missing.length === 0) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (!existsSync('/usr/bin/apt-get')) {
  console.error(
    `Missing ${missing.join(' and ')}, and this machine has no apt-get. Install them (Chromium: set CHROMIUM_PATH).`,
  )
  process.exit(1)
}
const sudo = isRoot ? '' : 'sudo '
console.log(`Installing Debian's ${missing.join(' and ')} with apt…`)
try {
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`,
    { stdio: 'inherit' },
  )
} catch {
  console.error(
    isRoot
      ? `apt-get could not install ${missing.join(' and ')} (see the output above).`
      : `Installing ${missing.join(' and ')} needs root: run \`sudo apt-get install -y ${missing.join(' ')}\`.`,
  )
  process.exit(1)
}
if (!existsSync(chromium) || !postgresBinDir()) {
  console.error(`apt-get finished but ${missing.join(' and ')} is still missing.`)
  process.exit(1)
}
