/**
 * Turns many one-lock loads into few requests. Every lock list asked for in the same task (the
 * workspace page's 250 queries start in one synchronous loop when they subscribe) is sent
 * together, in requests of `requestSizes` locks (the last size repeats); a lone lock (the lock page) keeps its plain
 * one-lock request. Each caller still gets only its own lock's list, or its own lock's error, so
 * every lock stays its own query cache entry, which the poller, mutations and the lock page read.
 */
export function batchDeviceLists<T>(options: {
  /** One lock: the request a lone lock makes. */
  one: (deviceId: string, signal: AbortSignal) => Promise<T>
  /** Several locks in one request: per lock asked, its list or its own error. */
  many: (deviceIds: string[], signal: AbortSignal) => Promise<Map<string, T | Error>>
  /** Locks per request, in order; the last one repeats. */
  requestSizes: readonly number[]
  /** Runs each request (a concurrency limiter). */
  schedule: <R>(request: () => Promise<R>) => Promise<R>
  /** Waited for between the first request's answer and the others (see flush). */
  beforeTheRest: () => Promise<void>
}): (deviceId: string, signal: AbortSignal) => Promise<T> {
  type Waiter = {
    deviceId: string
    signal: AbortSignal
    resolve: (list: T) => void
    reject: (error: unknown) => void
  }
  let queued: Waiter[] = []

  function flush() {
    const waiters = queued
    queued = []
    const byDevice = new Map<string, Waiter[]>()
    for (const w of waiters) {
      const group = byDevice.get(w.deviceId)
      if (group) group.push(w)
      else byDevice.set(w.deviceId, [w])
    }
    const ids = [...byDevice.keys()]
    const sizes = options.requestSizes
    const requests: Waiter[][][] = []
    for (let start = 0, n = 0; start < ids.length; n++) {
      const size = sizes[Math.min(n, sizes.length - 1)]!
      requests.push(ids.slice(start, start + size).map((id) => byDevice.get(id)!))
      start += size
    }
    // The first request alone, the rest once it has answered and the page has drawn it: the
    // server and the page then spend their time on the first rows before the other locks. Sent
    // (or adopted from the early requests) at once, the other 240 locks' answers were parsed
    // before the first rows were drawn: 711 -> 1,100 ms to first rows on the large seed.
    const [first, ...rest] = requests
    if (first)
      void send(first)
        .then(options.beforeTheRest)
        .then(() => rest.forEach((r) => void send(r)))
  }

  async function send(groups: Waiter[][]) {
    const waiters = groups.flat()
    // The request is cancelled only once every lock in it has been cancelled (a page left).
    const controller = new AbortController()
    const live = new Set(waiters.filter((w) => !w.signal.aborted))
    for (const w of waiters) {
      const drop = () => {
        w.reject(w.signal.reason)
        live.delete(w)
        if (live.size === 0) controller.abort()
      }
      if (w.signal.aborted) w.reject(w.signal.reason)
      else w.signal.addEventListener('abort', drop, { once: true })
    }
    if (live.size === 0) return
    try {
      const ids = groups.map((g) => g[0]!.deviceId)
      await options.schedule(async () => {
        // Cancelled while it waited in the queue: it should not use up a slot.
        if (controller.signal.aborted) return
        if (ids.length === 1) {
          const list = await options.one(ids[0]!, controller.signal)
          for (const w of waiters) w.resolve(list)
          return
        }
        const answer = await options.many(ids, controller.signal)
        for (const w of waiters) {
          const list = answer.get(w.deviceId)
          if (list instanceof Error) w.reject(list)
          else if (list !== undefined) w.resolve(list)
          else w.reject(new TypeError(`many() left out lock ${w.deviceId}`)) // a bug, not Seam
        }
      })
    } catch (error) {
      // The whole request failed: each of its locks fails with the same error.
      for (const w of waiters) w.reject(error)
    }
  }

  return (deviceId, signal) =>
    new Promise<T>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason as Error)
      if (queued.length === 0) queueMicrotask(flush)
      queued.push({ deviceId, signal, resolve, reject })
    })
}
