import { resolve } from 'node:path'
import type { ModuleInfo } from 'rolldown'

type ChunkingContext = { getModuleInfo(id: string): ModuleInfo | null }

/**
 * The pages people land on (issue #19). Left to rolldown's automatic splitting, a lock page
 * needed 31 route chunks and `/access-codes` 26, many of them single icons or hooks of 0.2-1 kB:
 * over HTTP/1.1's six connections the page's API answers queued behind them. Grouped by which
 * of these pages use a module, each needs five or six.
 */
const LANDING_PAGES: readonly (readonly [name: string, routeModule: string])[] = [
  ['devices', 'src/app/routes/devices.tsx'],
  ['lock', 'src/app/routes/device-detail.tsx'],
  ['codes', 'src/app/routes/access-codes.tsx'],
]

const NODE_MODULES = /[\\/]node_modules[\\/]/
const LUCIDE_ICON = /[\\/]lucide-react[\\/]dist[\\/]esm[\\/]icons[\\/]/

/** Every module `from` imports statically, transitively (itself included). */
function staticClosure(ctx: ChunkingContext, from: string): Set<string> {
  const seen = new Set<string>()
  const stack = [from]
  while (stack.length) {
    const id = stack.pop()!
    if (seen.has(id)) continue
    seen.add(id)
    stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []))
  }
  return seen
}

/**
 * Rolldown `output.codeSplitting` for the build (vite.config.ts). Nothing moves into the entry's
 * chunks: the initial JS has a budget (bench section 1).
 *
 * 1. `vendor-shell`: the packages' modules the entry loads anyway (`$initial`, which rolldown
 *    computes after tree shaking), taken first so no later group can pull them out of the
 *    initial chunks. Without it the icons the header uses would count as "used by every page".
 * 2. `icons`: every other lucide icon in one chunk (~4 kB gzip for all of them; each was a
 *    chunk of its own).
 * 3. `page-<pages>`: any other module a landing page imports, grouped by the set of landing
 *    pages importing it (`page-lock+codes`, ...). A module's imports are used by at least the
 *    same pages, so these chunks import only chunks for more pages: no cycles. App code the
 *    entry loads is left where it is; package barrels (lucide-react, react-query) make "reached
 *    from the entry" too wide for packages, which is why step 1 handles those.
 * Modules no landing page imports keep rolldown's automatic chunks.
 */
export function routeChunkGroups(root: string) {
  const entry = resolve(root, 'index.html')
  const routes = LANDING_PAGES.map(([name, file]) => [name, resolve(root, file)] as const)
  // Rolldown calls `name` once per module with the same context in one chunking pass.
  let pass: ChunkingContext | undefined
  let groupOf = new Map<string, string>()
  const groupModules = (ctx: ChunkingContext) => {
    const initial = staticClosure(ctx, entry)
    groupOf = new Map()
    for (const [name, route] of routes)
      for (const id of staticClosure(ctx, route)) {
        // A route module stays the facade of its own chunk: page-hints finds it in the manifest.
        if (routes.some(([, r]) => r === id)) continue
        if (initial.has(id) && !NODE_MODULES.test(id)) continue
        const group = groupOf.get(id)
        groupOf.set(id, group ? `${group}+${name}` : `page-${name}`)
      }
  }
  return {
    groups: [
      {
        name: 'vendor-shell',
        test: NODE_MODULES,
        tags: ['$initial' as const],
        priority: 3,
        includeDependenciesRecursively: false,
      },
      { name: 'icons', test: LUCIDE_ICON, priority: 2 },
      {
        debugName: 'landing-pages',
        priority: 1,
        includeDependenciesRecursively: false,
        name: (id: string, ctx: ChunkingContext) => {
          if (ctx !== pass) {
            pass = ctx
            groupModules(ctx)
          }
          return LUCIDE_ICON.test(id) ? null : (groupOf.get(id) ?? null)
        },
      },
    ],
  }
}
