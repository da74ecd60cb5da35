import type { Plugin } from 'vite'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const TEXT_ASSET = /\.(?:js|css|svg|html|json)$/

/**
 * Writes `.br` and `.gz` beside every text file of the build, at the highest levels: built files
 * never change, so the server sends these as they are and spends no CPU per request on them.
 */
export function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'doorman-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    closeBundle() {
      const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
      for (const file of files) {
        if (!file.isFile() || !TEXT_ASSET.test(file.name)) continue
        const path = join(file.parentPath, file.name)
        const content = readFileSync(path)
        if (content.byteLength < 1024) continue
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }))
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        )
      }
    },
  }
}
