// @vitest-environment node
import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Lints probe sources with the project's own eslint.config.js, as if they sat at these
// paths, and checks the import boundaries: shared → features → app, no feature into another.
const root = fileURLToPath(new URL('../..', import.meta.url))
const eslint = new ESLint({ cwd: root })

const BOUNDARY_RULES = new Set(['import-x/no-restricted-paths', 'no-restricted-imports'])

async function lintImport(file: string, specifier: string) {
  const [result] = await eslint.lintText(`import '${specifier}'\n`, { filePath: `${root}/${file}` })
  return result!.messages
}

async function boundaryErrors(file: string, specifier: string) {
  const messages = await lintImport(file, specifier)
  return messages.filter((m) => m.ruleId && BOUNDARY_RULES.has(m.ruleId) && m.severity === 2)
}

const topLevel = 'src/features/access-codes/probe.ts'
const nested = 'src/features/access-codes/components/probe.tsx'

describe('feature boundaries (eslint.config.js)', () => {
  it.each([
    [topLevel, '../devices/lib/device-display'],
    [topLevel, '../devices/api/list-devices'],
    [nested, '../../../features/devices/lib/device-display'],
    [nested, '../../devices/lib/device-display'],
    [nested, '@/features/devices/lib/device-display'],
    [topLevel, '@/app/notify'],
    [nested, '../../../app/notify'],
    ['src/lib/probe.ts', '../features/devices/lib/device-display'],
    ['src/components/probe.tsx', '@/features/devices/lib/device-display'],
    ['src/api/probe.ts', '../app/notify'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await boundaryErrors(file, specifier)).not.toHaveLength(0)
  })

  it.each([
    [topLevel, '@/components/ui/button'],
    [nested, '@/components/ui/button'],
    [nested, '../access-codes-search'],
    [nested, '@/features/access-codes/access-codes-search'],
    [nested, '@/lib/toast'],
    ['src/app/probe.tsx', '@/features/devices/lib/device-display'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await lintImport(file, specifier)).toEqual([])
  })
}, 120_000)
