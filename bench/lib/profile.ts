/** CPU profiles over CDP, summarised by original source position (via the hidden source maps). */
import { existsSync, readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { join } from 'node:path'
import type { CDPSession, Page } from '@playwright/test'
import { ownerOf } from '../size'

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number }
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] }
export type CpuProfile = {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
  startTime: number
  endTime: number
}

export type HotSpot = { where: string; selfMs: number; totalMs: number }
export type ProfileSummary = {
  totalMs: number
  byFunction: HotSpot[]
  byOwner: { owner: string; selfMs: number }[]
}

export async function startProfiler(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  return cdp
}

export async function stopProfiler(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
  return profile
}

/** The samples of `profile` taken between `fromUs` and `toUs` (the trace clock), as a profile. */
export function sliceProfile(profile: CpuProfile, fromUs: number, toUs: number): CpuProfile {
  const samples: number[] = []
  const timeDeltas: number[] = []
  let t = profile.startTime
  const all = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  for (let i = 0; i < all.length; i++) {
    t += deltas[i] ?? 0
    if (t >= fromUs && t < toUs) {
      samples.push(all[i]!)
      // summarise() reads the gap after a sample from the next delta.
      timeDeltas.push(deltas[i] ?? 0)
    }
  }
  return { ...profile, samples, timeDeltas, startTime: fromUs, endTime: toUs }
}

const IDLE = new Set(['(idle)', '(program)', '(root)'])

export function summarise(profile: CpuProfile, distDir: string, top = 12): ProfileSummary {
  const maps = new Map<string, SourceMap | null>()
  const mapFor = (url: string) => {
    const path = new URL(url).pathname
    if (!maps.has(path)) {
      const file = join(distDir, `${path}.map`)
      maps.set(
        path,
        existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null,
      )
    }
    return maps.get(path) ?? null
  }
  const describe = (cf: CallFrame): { where: string; owner: string } => {
    if (!cf.url)
      return { where: cf.functionName || '(anonymous)', owner: cf.functionName || '(native)' }
    if (!cf.url.includes('/assets/'))
      return { where: `${cf.functionName || '(anonymous)'} ${cf.url}`, owner: '(other)' }
    const map = mapFor(cf.url)
    const entry = map?.findEntry(cf.lineNumber, cf.columnNumber) as
      { originalSource?: string; originalLine?: number; name?: string } | undefined
    if (!entry?.originalSource)
      return {
        where: `${cf.functionName || '(anonymous)'} ${new URL(cf.url).pathname}:${cf.lineNumber + 1}`,
        owner: '(unmapped)',
      }
    const source = entry.originalSource.replace(/^.*?\/(node_modules|src)\//, '$1/')
    const name = entry.name || cf.functionName || '(anonymous)'
    return {
      where: `${name} ${source}:${(entry.originalLine ?? 0) + 1}`,
      owner: ownerOf(entry.originalSource),
    }
  }

  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the gap before sample i; attribute the gap after it instead (next delta).
    const dt = (deltas[i + 1] ?? 0) / 1000
    self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + dt)
  }
  const inclusive = new Map<number, number>()
  const incl = (id: number): number => {
    const cached = inclusive.get(id)
    if (cached !== undefined) return cached
    const node = byId.get(id)!
    const v = (self.get(id) ?? 0) + (node.children ?? []).reduce((s, c) => s + incl(c), 0)
    inclusive.set(id, v)
    return v
  }
  const fn = new Map<string, { self: number; total: number }>()
  const owners = new Map<string, number>()
  let busy = 0
  // Inclusive time per key counts a frame once per stack (skip nested repeats of the same key).
  const walk = (id: number, onStack: Set<string>) => {
    const node = byId.get(id)!
    const name = node.callFrame.functionName || '(anonymous)'
    const { where, owner } =
      IDLE.has(name) && !node.callFrame.url
        ? { where: name, owner: name }
        : describe(node.callFrame)
    const s = self.get(id) ?? 0
    const e = fn.get(where) ?? { self: 0, total: 0 }
    e.self += s
    if (!onStack.has(where)) e.total += incl(id)
    fn.set(where, e)
    if (!IDLE.has(where)) {
      owners.set(owner, (owners.get(owner) ?? 0) + s)
      busy += s
    }
    const next = new Set(onStack).add(where)
    for (const c of node.children ?? []) walk(c, next)
  }
  const root = profile.nodes[0]
  if (root) walk(root.id, new Set())
  const byFunction = [...fn.entries()]
    .filter(([where]) => !IDLE.has(where))
    .map(([where, v]) => ({ where, selfMs: round(v.self), totalMs: round(v.total) }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top)
  const byOwner = [...owners.entries()]
    .map(([owner, selfMs]) => ({ owner, selfMs: round(selfMs) }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top)
  return { totalMs: round(busy), byFunction, byOwner }
}

const round = (v: number) => Math.round(v * 10) / 10

export function formatSummary(title: string, s: ProfileSummary): string {
  const lines = [
    `${title}: ${s.totalMs} ms of busy main-thread CPU sampled`,
    '  self ms  total ms  function (original source)',
  ]
  for (const h of s.byFunction)
    lines.push(
      `  ${h.selfMs.toFixed(1).padStart(7)}  ${h.totalMs.toFixed(1).padStart(8)}  ${h.where}`,
    )
  lines.push(
    '  by package / source folder (self ms): ' +
      s.byOwner.map((o) => `${o.owner} ${o.selfMs}`).join(', '),
  )
  return lines.join('\n')
}
