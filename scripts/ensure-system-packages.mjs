#!/usr/bin/env node
// `npm test` runs Playwright against Debian's Chromium (Playwright cannot download its own
// browser here). Install it with apt when it is missing, or say exactly why we cannot.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (existsSync(chromium)) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = existsSync('/usr/bin/apt-get')
if (!hasApt) {
  console.error(
    `Chromium is missing at ${chromium} and this machine has no apt-get. Install Chromium and set CHROMIUM_PATH.`,
  )
  process.exit(1)
}
const sudo = isRoot ? '' : 'sudo '
console.log(`Chromium not found at ${chromium}; installing Debian's chromium package with apt…`)
try {
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
    {
      stdio: 'inherit',
    },
  )
} catch {
  console.error(
    isRoot
      ? 'apt-get could not install chromium (see the output above).'
      : 'Installing chromium needs root: run `sudo apt-get install -y chromium`, or set CHROMIUM_PATH.',
  )
  process.exit(1)
}
if (!existsSync(chromium)) {
  console.error(`apt-get finished but ${chromium} is still missing.`)
  process.exit(1)
}
