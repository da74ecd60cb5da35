/** 1. Initial JS/CSS of the entry route, the chunks /access-codes and /devices add, the largest lazy chunk. */
import { readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import type { Rolldown } from 'vite'
import { buildApp } from './lib/app'
import { newBenchContext, waitForMark } from './lib/browser'
import { single, type Metric } from './lib/report'

export const INITIAL_JS_BUDGET_KB = 130
const kb = (bytes: number) => bytes / 1000

export const gzipSize = (file: string) => gzipSync(readFileSync(file)).length

/** The entry script, modulepreloads and stylesheets that dist/index.html loads. */
export function entryAssets(distDir: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/^\//, ''))
  const js = [
    ...attr(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ]
  const css = attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)
  return { js: [...new Set(js)], css: [...new Set(css)] }
}

export type RouteChunks = { route: string; chunks: string[]; until: string }

/**
 * Which /assets/*.js a route fetches before its first render: everything requested until the
 * data table's `table:first-rows` mark, or — on a page without that table — until the network
 * goes quiet (said in `until`).
 */
export async function routeChunks(
  browser: Browser,
  origin: string,
  route: string,
): Promise<RouteChunks> {
  const context = await newBenchContext(browser)
  const page = await context.newPage()
  const seen: string[] = []
  let frozen = false
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname
    if (!frozen && path.startsWith('/assets/') && path.endsWith('.js')) seen.push(path.slice(1))
  })
  await page.goto(origin + route, { waitUntil: 'domcontentloaded' })
  let until = 'table:first-rows mark'
  const mark = await waitForMark(page, 'table:first-rows', 20_000)
  if (mark === null) {
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined)
    until = 'network idle (no table:first-rows mark on this page)'
  }
  frozen = true
  await context.close()
  return { route, chunks: [...new Set(seen)], until }
}

export type SizeDetails = {
  entry: { js: { file: string; gzip: number }[]; css: { file: string; gzip: number }[] }
  routes: { route: string; until: string; lazy: { file: string; gzip: number }[] }[]
  largestLazy: { file: string; gzip: number } | null
  breakdown?: { name: string; gzip: number; raw: number }[]
}

export async function measureSize(opts: {
  browser: Browser
  origin: string
  distDir: string
  build: Rolldown.RolldownOutput
  breakdown: boolean
}): Promise<{ metrics: Metric[]; details: SizeDetails }> {
  const { distDir } = opts
  const entry = entryAssets(distDir)
  const sized = (files: string[]) =>
    files.map((file) => ({ file, gzip: gzipSize(join(distDir, file)) }))
  const entryJs = sized(entry.js)
  const entryCss = sized(entry.css)
  const initialJs = entryJs.reduce((s, f) => s + f.gzip, 0)
  const initialCss = entryCss.reduce((s, f) => s + f.gzip, 0)
  const initialSet = new Set(entry.js)

  const routes: SizeDetails['routes'] = []
  for (const route of ['/access-codes', '/devices']) {
    const r = await routeChunks(opts.browser, opts.origin, route)
    routes.push({ route, until: r.until, lazy: sized(r.chunks.filter((c) => !initialSet.has(c))) })
  }

  const allJs = readdirSync(join(distDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
  const lazy = sized(allJs.filter((f) => !initialSet.has(f))).sort((a, b) => b.gzip - a.gzip)
  const largestLazy = lazy[0] ?? null

  const section = '1. Bundle (gzip, kB = 1000 B)'
  const metrics: Metric[] = [
    single(
      {
        id: 'size.initialJs',
        section,
        label: 'Initial JS (entry + modulepreload)',
        unit: 'KB',
        budget: `<= ${INITIAL_JS_BUDGET_KB}`,
        note: entryJs.length ? undefined : 'no entry script found in index.html',
      },
      kb(initialJs),
      (v) => v <= INITIAL_JS_BUDGET_KB,
    ),
    single({ id: 'size.initialCss', section, label: 'Initial CSS', unit: 'KB' }, kb(initialCss)),
  ]
  for (const r of routes) {
    const total = r.lazy.reduce((s, f) => s + f.gzip, 0)
    metrics.push(
      single(
        {
          id: `size.route${r.route.replace(/\W+/g, '_')}`,
          section,
          label: `${r.route} lazy chunks before first render`,
          unit: 'KB',
          note: `${r.lazy.map((f) => `${f.file.replace('assets/', '')} ${kb(f.gzip).toFixed(1)}`).join(', ') || 'none'}; counted until ${r.until}`,
        },
        kb(total),
      ),
      single(
        {
          id: `size.routeTotal${r.route.replace(/\W+/g, '_')}`,
          section,
          label: `${r.route} total JS to first render`,
          unit: 'KB',
        },
        kb(initialJs + total),
      ),
    )
  }
  metrics.push(
    single(
      {
        id: 'size.largestLazy',
        section,
        label: 'Largest lazy chunk',
        unit: 'KB',
        note: largestLazy ? largestLazy.file.replace('assets/', '') : undefined,
      },
      largestLazy ? kb(largestLazy.gzip) : null,
    ),
  )

  const details: SizeDetails = { entry: { js: entryJs, css: entryCss }, routes, largestLazy }
  if (opts.breakdown || initialJs / 1000 > INITIAL_JS_BUDGET_KB) {
    details.breakdown = await initialBreakdown(opts.build, entry.js)
  }
  return { metrics, details }
}

/** node_modules/<pkg> (or @scope/pkg) for a module id; app code by its first two folders. */
export function ownerOf(id: string): string {
  const clean = id.replace(/\\/g, '/').replace(/^\0/, '')
  const nm = clean.lastIndexOf('/node_modules/')
  if (nm >= 0) {
    const rest = clean.slice(nm + '/node_modules/'.length).split('/')
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!
  }
  const src = clean.indexOf('/src/')
  if (src >= 0) {
    const parts = clean.slice(src + 1).split('/')
    return parts.length > 3
      ? parts.slice(0, 3).join('/')
      : parts.slice(0, -1).join('/') || parts[0]!
  }
  return clean.includes('vite') || clean.includes('rolldown') ? '(bundler runtime)' : '(other)'
}

/**
 * What the initial JS is made of: a second build where every module of the initial chunks goes
 * to one chunk per package (rolldown `output.codeSplitting.groups` with a name function), each
 * minified and gzipped on its own. Sums are a little above the real total (separate gzip streams).
 */
export async function initialBreakdown(
  output: Rolldown.RolldownOutput,
  initialFiles: string[],
): Promise<SizeDetails['breakdown']> {
  const initial = new Set(initialFiles)
  const initialIds = new Set<string>()
  for (const item of output.output) {
    if (item.type !== 'chunk' || !initial.has(item.fileName)) continue
    // Entry modules stay in the entry chunk (grouping one would pull the whole graph with it).
    for (const id of Object.keys(item.modules))
      if (id !== item.facadeModuleId && !/(index\.html|src[\\/]main\.tsx)$/.test(id))
        initialIds.add(id)
  }
  const dir = join(tmpdir(), `doorman-bench-breakdown-${process.pid}`)
  try {
    const split = await buildApp(dir, {
      chunkSizeWarningLimit: 100_000,
      sourcemap: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                debugName: 'bench-breakdown',
                // Vite appends these groups to vite.config.ts's own (scripts/chunk-groups.ts):
                // above theirs, this one takes the initial modules first.
                priority: 10,
                includeDependenciesRecursively: false,
                test: (id: string) => initialIds.has(id),
                name: (id: string) => `pkg-${ownerOf(id).replace(/[^\w.-]+/g, '_')}`,
              },
            ],
          },
        },
      },
    })
    const rows = new Map<string, { gzip: number; raw: number }>()
    for (const item of split.output) {
      if (item.type !== 'chunk' || !item.name.startsWith('pkg-')) continue
      const code = Buffer.from(item.code)
      const name = ownerOfChunk(item)
      const prev = rows.get(name) ?? { gzip: 0, raw: 0 }
      rows.set(name, { gzip: prev.gzip + gzipSync(code).length, raw: prev.raw + code.length })
    }
    return [...rows.entries()].map(([name, v]) => ({ name, ...v })).sort((a, b) => b.gzip - a.gzip)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The package a breakdown chunk is named after, plus any small ones rolldown merged into it. */
function ownerOfChunk(chunk: Rolldown.OutputChunk): string {
  const owners = [...new Set(Object.keys(chunk.modules).map(ownerOf))]
  const main =
    owners.find((o) => `pkg-${o.replace(/[^\w.-]+/g, '_')}` === chunk.name) ??
    owners[0] ??
    chunk.name
  const others = owners.filter((o) => o !== main)
  return others.length ? `${main} (+ ${others.join(', ')})` : main
}
