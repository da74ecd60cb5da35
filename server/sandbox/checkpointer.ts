import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

const INTERVAL_MS = 100
/**
 * 32,768 pages × 4 kB = 128 MB of WAL; see `onLongWal`. Only non-stop writes get there (the
 * large seed plus its first seconds of simulator transitions write ~100 MB without a pause).
 */
const LONG_WAL_PAGES = 32_768

// Plain CommonJS so the worker needs no TypeScript loader (under tsx, vitest or node alike).
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file, { fileMustExist: true })
db.pragma('busy_timeout = 5000')
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)')
const timer = setInterval(() => {
  const { log } = checkpoint.get()
  if (log > workerData.longWalPages) parentPort.postMessage(log)
}, workerData.intervalMs)
parentPort.once('message', () => {
  clearInterval(timer)
  db.close()
  parentPort.close()
})
`

export interface Checkpointer {
  /** Stops the worker; resolves once it has closed its connection and exited. */
  stop(): Promise<void>
}

export interface CheckpointerHooks {
  /**
   * The WAL keeps growing: a PASSIVE checkpoint only copies the frames that existed when it
   * began, and SQLite rewinds the WAL only when a write starts on a fully copied one, which
   * non-stop writes never give it. The writer should then checkpoint once itself (cheap: the
   * worker has copied nearly everything), so its next write rewinds the WAL.
   */
  onLongWal(): void
  /** The worker died: turn SQLite's automatic checkpoints back on. */
  onFailure(): void
}

/**
 * WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside whichever
 * commit crosses 1,000 WAL pages, copying them into the database file and fsyncing it there
 * and then: 5–50 ms in which the server answers nobody (the large seed's first seconds of
 * simulator transitions cross it dozens of times). A worker thread with its own connection
 * runs PASSIVE checkpoints every 100 ms instead, which never block the server's reads or
 * writes. The caller turns automatic checkpoints off. Durability is unchanged: a commit is
 * durable once it is in the WAL; checkpoints only move it into the database file.
 */
export function startCheckpointer(file: string, hooks: CheckpointerHooks): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(SOURCE, {
    eval: true,
    execArgv: [],
    workerData: { file, driver, intervalMs: INTERVAL_MS, longWalPages: LONG_WAL_PAGES },
  })
  let stopped = false
  const fail = (err?: Error) => {
    if (stopped) return
    stopped = true
    if (err) console.error('[sandbox] WAL checkpointer failed:', err)
    hooks.onFailure()
  }
  // Until the worker has exited its connection may still touch the WAL and -shm files (deleting
  // the data folder before then could fail with ENOTEMPTY, as a test did).
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  worker.on('error', fail)
  worker.on('exit', () => fail())
  worker.on('message', () => {
    if (!stopped) hooks.onLongWal()
  })
  worker.unref()
  return {
    stop() {
      if (!stopped) {
        stopped = true
        worker.postMessage('stop')
        // A checkpoint waits at most busy_timeout (5 s); a shutdown should not wait on one.
        setTimeout(() => void worker.terminate(), 2_000).unref()
      }
      return exited
    },
  }
}
