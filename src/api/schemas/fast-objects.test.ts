// @vitest-environment node
import { join } from 'node:path'
import { build, type Rolldown } from 'vite'
import { chromium } from '@playwright/test'
import { describe, expect, it } from 'vitest'

describe('asFastObject', () => {
  it('parsed access codes take less memory than zod’s own output (10,000 codes, Chromium)', async () => {
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: {
          entry: join(import.meta.dirname, 'fast-objects.check.ts'),
          formats: ['iife'],
          name: 'fastObjectsCheck',
        },
      },
    })) as Rolldown.RolldownOutput[]
    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    })
    try {
      const page = await browser.newPage()
      await page.addScriptTag({ content: output[0]!.output[0].code })
      const cdp = await page.context().newCDPSession(page)
      const heapAfterGc = async () => {
        await cdp.send('HeapProfiler.collectGarbage')
        return (await cdp.send('Runtime.getHeapUsage')).usedSize
      }
      /** Bytes the 10,000 parsed codes keep alive, per code. */
      const bytesPerCode = async (which: 'zod' | 'app') => {
        await page.evaluate('globalThis.parsed = undefined')
        const before = await heapAfterGc()
        expect(await page.evaluate(`globalThis.parseWith(${JSON.stringify(which)})`)).toBe(10_000)
        return ((await heapAfterGc()) - before) / 10_000
      }
      const zod = await bytesPerCode('zod')
      const app = await bytesPerCode('app')
      // zod's output past ~16 keys is a dictionary-mode object (about 1 KB a code here); the
      // app's copy is a fast object (about a third of that). That is the reason asFastObject exists.
      expect(app, `${Math.round(app)} B/code vs zod's ${Math.round(zod)}`).toBeLessThan(zod * 0.6)
    } finally {
      await browser.close()
    }
  }, 60_000)
})
