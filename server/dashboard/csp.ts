import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { secureHeaders } from 'hono/secure-headers'

type CspOptions = NonNullable<Parameters<typeof secureHeaders>[0]>['contentSecurityPolicy']

// A <script> element with no src: its text is the script. Attributes cannot contain `>` in
// Vite's output, and index.html is ours, so a regular expression is enough here.
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const HAS_SRC = /\ssrc\s*=/i

/** The CSP source (`'sha256-…'`) that lets exactly this inline script text run. */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * The CSP source (`'sha256-…'`) of every inline script in `html`, hashed exactly as the browser
 * hashes it: the UTF-8 text between the tags, untouched.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes = '', text = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (HAS_SRC.test(attributes)) continue
    hashes.add(scriptHashSource(text))
  }
  return [...hashes]
}

/** The inline scripts' hashes of the built SPA in `staticDir`, read once at start. */
export function spaInlineScriptHashes(staticDir: string | undefined): string[] {
  const indexPath = staticDir === undefined ? undefined : join(staticDir, 'index.html')
  if (indexPath === undefined || !existsSync(indexPath)) return []
  return inlineScriptHashes(readFileSync(indexPath, 'utf8'))
}

/**
 * The Content-Security-Policy of every answer. Scripts come only from our origin, plus the
 * inline scripts of the built index.html by hash (the theme script, which must run before first
 * paint), so an injected script runs nowhere. Inline styles stay allowed: sonner (toasts) and
 * the sign-in page add <style> elements, and a style cannot run code.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): CspOptions {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", ...scriptHashes],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    objectSrc: ["'none'"],
  }
}
