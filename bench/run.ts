/**
 * `npm run bench`: builds the app, serves it on the sandbox's `large` seed, measures it in a
 * separate headless Chromium, prints every figure beside its budget and writes bench/results.json.
 * Exits 1 when a budget is missed.
 *
 *   npm run bench -- --quick                      fewer repeats, shorter windows
 *   npm run bench -- --only=size,render           any of size, render, poll, throughput, memory, timeline, proxy, export, firstrows
 *   npm run bench -- --profile --breakdown        CPU profile / bundle breakdown even when passing
 *   npm run bench -- --skip-build                 reuse the last bench build
 */
import { execSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Rolldown } from 'vite'
import { buildApp, ROOT, startApp, type AppServer } from './lib/app'
import { launchBrowser } from './lib/browser'
import { formatSummary } from './lib/profile'
import { printTable, type Metric } from './lib/report'
import { measureMemory } from './memory'
import { measurePoll } from './poll'
import { profileRun, renderMetrics, renderRun, type RenderRun } from './render'
import { measureSize } from './size'
import { measureThroughput } from './throughput'
import { measureTimeline } from './timeline'
import { measureProxyTransform } from './proxy-transform'
import { measureCsvExport } from './csv-export'
import { measureFirstRows } from './first-rows'

const SECTIONS = [
  'size',
  'render',
  'poll',
  'throughput',
  'memory',
  'timeline',
  'proxy',
  'export',
  'firstrows',
] as const
type Section = (typeof SECTIONS)[number]

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const onlyArg = args.find((a) => a.startsWith('--only='))?.slice('--only='.length)
const only = new Set<Section>(
  onlyArg
    ? onlyArg.split(',').map((s) => {
        if (!SECTIONS.includes(s as Section))
          throw new Error(`--only takes ${SECTIONS.join(',')}; got "${s}"`)
        return s as Section
      })
    : SECTIONS,
)
const quick = flag('quick')
const repeats = quick ? 2 : 5
const port = Number(process.env['BENCH_PORT'] ?? 5260)
const distDir =
  process.env['BENCH_DIST_DIR'] ??
  process.env['DOORMAN_DIST_DIR'] ??
  join(tmpdir(), 'doorman-bench-dist')

const fmtMs = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v)} ms`)
const log = (msg: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`)

async function main() {
  const t0 = Date.now()
  const loadBefore = loadavg()
  const metrics: Metric[] = []
  const details: Record<string, unknown> = {}
  const extra: string[] = []
  const needsApp = ['size', 'render', 'poll', 'memory', 'timeline', 'export', 'firstrows'].some(
    (s) => only.has(s as Section),
  )

  let build: Rolldown.RolldownOutput | undefined
  let server: AppServer | undefined
  const browser = needsApp ? await launchBrowser() : undefined
  try {
    if (needsApp) {
      if (flag('skip-build') && existsSync(join(distDir, 'index.html'))) {
        log(`reusing the build in ${distDir}`)
        if (only.has('size')) build = await buildApp(distDir)
      } else {
        log(`vite build → ${distDir}`)
        build = await buildApp(distDir)
      }
      log(`starting the dashboard (sandbox seed: large) on :${port}`)
      server = await startApp({ port, sandboxPort: port + 1, distDir, seed: 'large' })
    }
    const deviceCount = server
      ? (await server.post<{ devices: unknown[] }>('devices/list')).devices.length
      : 0

    if (only.has('size') && browser && server && build) {
      log('1/5 bundle size')
      const size = await measureSize({
        browser,
        origin: server.origin,
        distDir,
        build,
        breakdown: flag('breakdown'),
      })
      metrics.push(...size.metrics)
      details['size'] = size.details
      if (size.details.breakdown) {
        extra.push(
          'Initial JS by package (each minified + gzipped on its own, kB):\n' +
            size.details.breakdown
              .slice(0, 15)
              .map((b) => `  ${(b.gzip / 1000).toFixed(1).padStart(6)}  ${b.name}`)
              .join('\n'),
        )
      }
    }

    if (only.has('render') && browser && server) {
      const runs: RenderRun[] = []
      for (let i = 0; i < repeats; i++) {
        log(`2/5 table render, run ${i + 1}/${repeats}`)
        const run = await renderRun(browser, server, deviceCount)
        runs.push(run)
        log(
          `   first rows ${fmtMs(run.firstRowsMs)}, data→rows ${fmtMs(run.afterDataMs)}, all data ${fmtMs(run.allDataMs)}, ` +
            `longest task load ${fmtMs(run.longestLoadTaskMs)} / scroll ${fmtMs(run.longestScrollTaskMs)} (${run.scrollSteps} steps${run.reachedEnd ? '' : ', end not reached'})`,
        )
        if (run.error) {
          log(`   ${run.error}: skipping the other runs`)
          break
        }
      }
      const m = renderMetrics(runs)
      metrics.push(...m)
      details['render'] = runs
      if (flag('profile') || (m.some((x) => x.pass === false) && !runs[0]?.error)) {
        log('2/5 CPU profile of one extra load + scroll')
        const prof = await profileRun(browser, server, deviceCount, distDir)
        details['renderProfile'] = prof
        extra.push(formatSummary('CPU profile, loading /access-codes', prof.load))
        if (prof.scroll) extra.push(formatSummary('CPU profile, scrolling to the end', prof.scroll))
      }
    }

    if (only.has('memory') && browser && server) {
      log('5/5 memory (simulated polling)')
      const mem = await measureMemory(browser, server, { quick, deviceCount, log })
      metrics.push(...mem.metrics)
      details['memory'] = mem.details
    }

    if (only.has('poll') && browser && server) {
      log('3/5 poll requests per tick')
      const poll = await measurePoll(browser, server, { quick })
      metrics.push(...poll.metrics)
      details['poll'] = poll.details
      // Poll works on the `default` seed; the sections after it measure the `large` one.
      await server.post('_sandbox/reset', { seed: 'large' })
    }

    if (only.has('export') && browser && server) {
      // Before the timeline, which adds codes: the export covers the seed's 10,000.
      log('9/9 CSV export of the whole access-codes table')
      const ex = await measureCsvExport(browser, server, {
        repeats: quick ? 1 : 3,
        deviceCount,
        log,
      })
      metrics.push(...ex.metrics)
      details['export'] = ex.details
    }

    if (only.has('firstrows') && browser && server) {
      // After poll (which resets the sandbox to the default seed); resets to `large` itself, adds
      // codes to two locks and resets again when done, so the timeline sees the seed as it is.
      const fr = await measureFirstRows(browser, server, { repeats, log })
      metrics.push(...fr.metrics)
      details['firstRows'] = fr.details
      extra.push(
        `Waterfall, lock page with 100 codes (last run, ms from navigation start):\n${fr.waterfall}`,
      )
      await server.post('_sandbox/reset', { seed: 'large' })
    }

    if (only.has('timeline') && browser && server) {
      // Last of the browser sections: it adds codes, which the others must not see.
      log('6/6 timeline on a large property')
      const tl = await measureTimeline(browser, server, {
        quick,
        log,
        profile: flag('profile'),
        distDir,
      })
      metrics.push(...tl.metrics)
      extra.push(...tl.extra)
      details['timeline'] = tl.details
    }
  } finally {
    await browser?.close()
    await server?.stop()
  }

  if (only.has('throughput')) {
    log('4/5 sandbox throughput')
    const tp = await measureThroughput({ repeats: quick ? 1 : 5, durationSeconds: quick ? 3 : 3 })
    metrics.push(...tp.metrics)
    details['throughput'] = tp.details
  }

  if (only.has('proxy')) {
    log('7/7 proxy: withholding PINs from a 10,000-code list')
    const px = measureProxyTransform({ repeats: quick ? 3 : 9 })
    metrics.push(...px.metrics)
    details['proxy'] = px.details
  }

  const order = (m: Metric) => Number(m.section.slice(0, 1))
  metrics.sort((a, b) => order(a) - order(b))
  const loadAfter = loadavg()
  const elapsed = Math.round((Date.now() - t0) / 1000)
  const commit = (() => {
    try {
      return (
        execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim() +
        (execSync('git status --porcelain', { cwd: ROOT }).toString().trim()
          ? ' (+ uncommitted changes)'
          : '')
      )
    } catch {
      return 'unknown'
    }
  })()
  const header = `Doorman bench — ${new Date().toISOString()} — ${commit} — ${cpus().length} CPUs, load average ${loadBefore[0]!.toFixed(1)} → ${loadAfter[0]!.toFixed(1)}${quick ? ' — QUICK' : ''} — ${elapsed} s`
  const table = printTable(metrics)
  console.log(`${header}\n\n${table}${extra.length ? `\n\n${extra.join('\n\n')}` : ''}`)

  const misses = metrics.filter((m) => m.pass === false || m.pass === null)
  console.log(
    misses.length
      ? `\n${misses.length} budget(s) missed: ${misses.map((m) => m.label).join('; ')}`
      : '\nEvery budget met.',
  )
  writeFileSync(
    join(ROOT, 'bench/results.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        commit,
        quick,
        sections: [...only],
        cpus: cpus().length,
        loadavg: { before: loadBefore, after: loadAfter },
        elapsedSeconds: elapsed,
        metrics,
        details,
      },
      null,
      2,
    ) + '\n',
  )
  process.exitCode = misses.length ? 1 : 0
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 2
})
