import type { ServerResponse } from 'node:http'

const SLAB_BYTES = 256 * 1024
/** Smaller bodies come from Node's own allocator cheaply enough. */
const MIN_POOLED_BYTES = 16 * 1024
/** Enough for every in-flight response of a few dozen busy clients (64 × 256 kB = 16 MB). */
const MAX_FREE_SLABS = 64

/**
 * Reusable buffers for large response bodies (a list of 200 codes is ~125 kB). A fresh buffer
 * per response costs page faults to fill, and since a response outlives young-generation GCs
 * while it is written, their external memory piles up and forces a full mark-compact several
 * times a second under load (pauses of 5–40 ms). A slab goes back to the pool only on the
 * response's 'finish', i.e. once Node has handed every byte to the kernel; a response that
 * never finishes (client gone) leaves its slab to the GC.
 */
class BodyPool {
  private readonly free: Buffer<ArrayBuffer>[] = []

  /** `size` uninitialised bytes, valid until `res` finishes (pooled only when `res` is known). */
  take(size: number, res: ServerResponse | undefined): Buffer<ArrayBuffer> {
    if (!res || size < MIN_POOLED_BYTES || size > SLAB_BYTES) return Buffer.allocUnsafe(size)
    const slab = this.free.pop() ?? Buffer.allocUnsafeSlow(SLAB_BYTES)
    res.once('finish', () => {
      if (this.free.length < MAX_FREE_SLABS) this.free.push(slab)
    })
    return slab.subarray(0, size)
  }
}

export const bodyPool = new BodyPool()
