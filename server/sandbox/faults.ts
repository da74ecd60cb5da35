import { z } from 'zod'

export const faultSchema = z.object({
  count: z.number().int().min(1).max(10_000).default(1),
  status: z.number().int().min(400).max(599).optional(),
  retry_after: z.number().int().min(0).max(86_400).optional(),
  latency_ms: z.number().int().min(0).max(120_000).optional(),
  drop: z.boolean().optional(),
  path_prefix: z.string().min(1).max(200).optional(),
})
export type FaultSpec = z.output<typeof faultSchema>

/** Faults for the next N API requests; in memory only (a restart clears them, like a reset). */
export class Faults {
  private pending: FaultSpec[] = []

  inject(fault: FaultSpec): void {
    this.pending.push({ ...fault })
  }

  clear(): void {
    this.pending = []
  }

  get active(): FaultSpec[] {
    return this.pending.map((f) => ({ ...f }))
  }

  /** Consume one use of the first fault that applies to `path`. */
  take(path: string): FaultSpec | undefined {
    const index = this.pending.findIndex(
      (f) => f.path_prefix === undefined || path.startsWith(f.path_prefix),
    )
    if (index < 0) return undefined
    const fault = this.pending[index]!
    fault.count -= 1
    if (fault.count <= 0) this.pending.splice(index, 1)
    return fault
  }
}

export function faultErrorType(status: number): string {
  if (status === 429) return 'rate_limited'
  if (status === 503) return 'service_unavailable'
  if (status >= 500) return 'internal_server_error'
  return 'injected_fault'
}
