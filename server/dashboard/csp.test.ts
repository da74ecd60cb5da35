// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDashboardApp } from './app'
import { inlineScriptHashes } from './csp'
import { SERVER_ROWS_MARK_SCRIPT_SOURCE } from './ssr/page-stream'
import { EARLY_REQUESTS_SCRIPT, EARLY_REQUESTS_SCRIPT_SOURCE } from './page-hints'
import { openTestTeam } from './testing/team'
import type { Team } from '../accounts/team'

// Hashes worked out apart from the code under test:
//   printf 'window.a = 1' | openssl dgst -sha256 -binary | base64
const HASH_A = "'sha256-Aif1QuaDxF56ZK3+IyoelKcjrWC+BWl5ZGfcO1AMmA4='"
//   printf '\n  window.b = "é"\n' | openssl dgst -sha256 -binary | base64
const HASH_B = "'sha256-V6CGtB/wwYz3EWMVCyvEIBaIFy7mQr5GYIsVqvuderc='"

const INDEX_HTML = `<!doctype html><html><head>
<script>window.a = 1</script>
<SCRIPT type="text/javascript">
  window.b = "é"
</SCRIPT>
<script type="module" crossorigin src="/assets/index-AbC123xy.js"></script>
</head><body><div id="root"></div></body></html>`

const staticDir = mkdtempSync(join(tmpdir(), 'doorman-csp-'))
writeFileSync(join(staticDir, 'index.html'), INDEX_HTML)

let team: Team
beforeAll(async () => {
  team = await openTestTeam()
})
afterAll(async () => {
  await team.close()
})

const app = (dir: string | undefined) =>
  createDashboardApp({
    backendUrl: 'http://127.0.0.1:9',
    apiKey: 'k',
    mode: 'live',
    team,
    staticDir: dir,
  })

function directives(header: string | null): Map<string, string[]> {
  expect(header).not.toBeNull()
  return new Map(
    header!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  )
}

describe('inline script hashes', () => {
  it('hashes the UTF-8 text of each inline script exactly, and skips scripts with a src', () => {
    expect(inlineScriptHashes(INDEX_HTML)).toEqual([HASH_A, HASH_B])
  })

  it("finds the theme script in the app's own index.html (Vite copies it unchanged)", () => {
    expect(inlineScriptHashes(readFileSync('index.html', 'utf8'))).toHaveLength(1)
  })
})

describe('Content-Security-Policy', () => {
  it("allows the built SPA's inline scripts and the server's two scripts by hash, and nothing else inline", async () => {
    const res = await app(staticDir).request('/properties')
    const html = await res.text()
    expect(html).toContain('window.a = 1')
    expect(html).toContain(EARLY_REQUESTS_SCRIPT)
    const csp = directives(res.headers.get('content-security-policy'))
    expect(csp.get('script-src')).toEqual([
      "'self'",
      HASH_A,
      HASH_B,
      EARLY_REQUESTS_SCRIPT_SOURCE,
      SERVER_ROWS_MARK_SCRIPT_SOURCE,
    ])
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('img-src')).toEqual(["'self'", 'data:'])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-eval')
  })

  it('is sent on every answer, with no inline script allowed when no SPA is served (npm run dev)', async () => {
    const res = await app(undefined).request('/login')
    const csp = directives(res.headers.get('content-security-policy'))
    expect(csp.get('script-src')).toEqual(["'self'"])
  })
})
