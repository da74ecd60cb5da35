/**
 * What the main thread's long tasks were made of, from a Chromium performance trace: per task over
 * 50 ms, the time in script, style, layout, paint and the rest. A CPU profile sees only script;
 * a trace also shows the style and layout work a render caused.
 */
import type { Browser } from '@playwright/test'

type TraceEvent = {
  name: string
  ph: string
  ts: number
  dur?: number
  /** Thread (CPU) time, µs: the task's own work, without the time the thread waited for a core. */
  tdur?: number
  pid: number
  tid: number
  args?: { data?: Record<string, unknown>; name?: string }
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline']

/** Trace events' names grouped into what a reader of a bench report cares about. */
const KIND: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'v8.evaluateModule': 'script',
  ParseHTML: 'parse HTML',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  MajorGC: 'GC',
  MinorGC: 'GC',
  'V8.GC_SCAVENGER': 'GC',
}

export type TaskBreakdown = {
  startMs: number
  durationMs: number
  /** CPU time of the main thread in the task (null when the trace has none). */
  cpuMs: number | null
  parts: Record<string, number>
  /** The task's bounds on the trace clock (µs), which CPU profiles share. */
  fromUs: number
  toUs: number
}

export async function traceLongTasks(
  browser: Browser,
  action: () => Promise<void>,
  minMs = 50,
): Promise<TaskBreakdown[]> {
  await browser.startTracing(undefined, { categories: TRACE_CATEGORIES })
  await action()
  const buffer = await browser.stopTracing()
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }
  const renderer = traceEvents.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )
  const main = traceEvents.filter(
    (e) => renderer && e.pid === renderer.pid && e.tid === renderer.tid && e.ph === 'X',
  )
  const t0 = Math.min(...main.map((e) => e.ts))
  const tasks = main.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= minMs * 1000)
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0)
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts < end && e.name in KIND)
    // Count only the outermost event of each kind (a FunctionCall inside a FunctionCall once).
    const parts: Record<string, number> = {}
    const open: { kind: string; end: number }[] = []
    for (const e of inside.sort((a, b) => a.ts - b.ts)) {
      const kind = KIND[e.name]!
      while (open.length && open[open.length - 1]!.end <= e.ts) open.pop()
      if (open.some((o) => o.kind === kind)) continue
      parts[kind] = (parts[kind] ?? 0) + (e.dur ?? 0) / 1000
      open.push({ kind, end: e.ts + (e.dur ?? 0) })
    }
    for (const k of Object.keys(parts)) parts[k] = Math.round(parts[k]!)
    return {
      startMs: Math.round((task.ts - t0) / 1000),
      durationMs: Math.round((task.dur ?? 0) / 1000),
      cpuMs: task.tdur === undefined ? null : Math.round(task.tdur / 1000),
      parts,
      fromUs: task.ts,
      toUs: end,
    }
  })
}

export const formatTasks = (title: string, tasks: TaskBreakdown[]) =>
  [
    `${title}: ${tasks.length} tasks over 50 ms`,
    ...tasks.map(
      (t) =>
        `  at ${String(t.startMs).padStart(6)} ms  ${String(t.durationMs).padStart(4)} ms ` +
        `(CPU ${t.cpuMs ?? '?'} ms)  ` +
        Object.entries(t.parts)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
    ),
  ].join('\n')
