// @vitest-environment node
import { join } from 'node:path'
import { build, type Rolldown } from 'vite'
import { chromium } from '@playwright/test'
import { describe, expect, it } from 'vitest'

describe('asFastObject', () => {
  it('turns the dictionary-mode object zod builds for an access code into a fast one (Chromium)', async () => {
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
      args: ['--no-sandbox', '--js-flags=--allow-natives-syntax'],
    })
    try {
      const page = await browser.newPage()
      await page.addScriptTag({ content: output[0]!.output[0].code })
      // zod's own output is a dictionary-mode object (the reason for asFastObject); ours is fast.
      expect(await page.evaluate('globalThis.fastObjects')).toEqual({
        zodOutput: [false, false],
        schemaOutput: [true, true],
      })
    } finally {
      await browser.close()
    }
  }, 30_000)
})
