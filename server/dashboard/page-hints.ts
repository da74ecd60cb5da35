import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { scriptHashSource } from './csp'

/**
 * What the SPA shell tells the browser before any of its JS has run (issue #19): without it a
 * page's data waited for the entry script, then the route's chunk, then its imports, then the
 * device (~300 ms of waterfall before the first request on a lock page).
 *
 * - `<link rel="modulepreload">` for every chunk the opened page's route module imports, read
 *   from Vite's manifest, so they load beside the entry instead of in rounds after it.
 * - A small inline script that starts the page's API requests at once; `src/api/early-requests.ts`
 *   hands each answer to the first query asking for the same route and body, which parses it as
 *   usual. It reads the lock id from `location` itself, so nothing from the request is written
 *   into the page.
 */

/** Client routes (src/app/router.tsx) → their lazily loaded module; the first match wins. */
export const ROUTE_MODULES: readonly (readonly [RegExp, string])[] = [
  [/^\/(?:devices)?\/?$/, 'src/app/routes/devices.tsx'],
  [/^\/devices\/[^/]+\/access-codes\/new\/?$/, 'src/app/routes/access-code-new.tsx'],
  [/^\/devices\/[^/]+\/?$/, 'src/app/routes/device-detail.tsx'],
  [/^\/access-codes\/?$/, 'src/app/routes/access-codes.tsx'],
  [/^\/access-codes\/new\/?$/, 'src/app/routes/access-code-new.tsx'],
  [/^\/access-codes\/import\/?$/, 'src/app/routes/access-code-import.tsx'],
  [/^\/access-codes\/[^/]+\/edit\/?$/, 'src/app/routes/access-code-edit.tsx'],
  [/^\/properties\/?$/, 'src/app/routes/properties.tsx'],
  [/^\/properties\/[^/]+\/?$/, 'src/app/routes/property-detail.tsx'],
  [/^\/triage\/?$/, 'src/app/routes/triage.tsx'],
  [/^\/events\/?$/, 'src/app/routes/events.tsx'],
  [/^\/audit\/?$/, 'src/app/routes/audit.tsx'],
  [/^\/users\/?$/, 'src/app/routes/users.tsx'],
]

/**
 * Starts what the page asks for first, as the route loaders in src/app/router.tsx do: the header's
 * `_doorman/info` and `workspaces/get`, a lock's device, codes and first page of codes
 * (FIRST_PAGE_SIZE in src/features/access-codes/api/list-access-codes.ts), the device list of the pages
 * that list locks, and on `/access-codes`, once that list is in, every lock's codes in the
 * `list_many` requests the page's queries send (LIST_MANY_SIZES there: 10, then 20 locks
 * each, in device-list order, the rest once the first has answered; a lone lock is the page's
 * own). On a lock page the first page goes before the whole list: the server answers requests in
 * the order they arrive, and a 10,000-code list takes it tens of milliseconds to build. Kept in
 * step with those loaders by hand; a request nobody adopts is only a wasted read. Errors are left
 * to the query that adopts the answer.
 */
export const EARLY_REQUESTS_SCRIPT = `(function(){var e={},p=location.pathname,m;
function f(r,b){var q=fetch('/api/'+r,b?{method:'POST',headers:{'content-type':'application/json',accept:'application/json'},body:JSON.stringify(b),credentials:'same-origin'}:{});q.catch(function(){});e[r+' '+(b?JSON.stringify(b):'')]={at:performance.now(),response:q};return q}
try{f('_doorman/info');f('workspaces/get',{});
if(m=/^\\/devices\\/([^/]+)\\/?$/.exec(p)){var d={device_id:decodeURIComponent(m[1])};f('devices/get',d);f('access_codes/list',{device_id:d.device_id,limit:50});f('access_codes/list',d)}
else if(/^\\/(?:devices|access-codes|properties(?:\\/[^/]+)?)?\\/?$/.test(p)){var l=f('devices/list',{});
if(/^\\/access-codes\\/?$/.test(p))l.then(function(r){return r.ok&&r.clone().json()}).then(function(j){var i=j.devices.map(function(d){return d.device_id}),s=[10,20],k=0,n=0,c,a=[];
while(i.length>1&&k<i.length){c=i.slice(k,k+=s[Math.min(n++,1)]);if(c.length>1)a.push(c)}
function g(c){return f('_doorman/access_codes/list_many',{device_ids:c})}
if(a.length)g(a[0]).then(function(){a.slice(1).forEach(g)},function(){})}).catch(function(){})}}catch(x){}
window.__doormanEarly=e})()`

/** The Content-Security-Policy source that lets exactly this inline script run, and no other. */
export const EARLY_REQUESTS_SCRIPT_SOURCE = scriptHashSource(EARLY_REQUESTS_SCRIPT)

type ManifestChunk = { file: string; imports?: string[]; isEntry?: boolean }
type Manifest = Record<string, ManifestChunk>

/** The files a manifest key loads statically (itself and its imports, transitively). */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key]
  if (!chunk || into.has(chunk.file)) return into
  into.add(chunk.file)
  for (const imported of chunk.imports ?? []) closure(manifest, imported, into)
  return into
}

/** Per route module, the chunks to preload that the entry does not already load. */
export function routePreloads(manifest: Manifest): Map<string, string[]> {
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)
  const loaded = entry ? closure(manifest, entry) : new Set<string>()
  const preloads = new Map<string, string[]>()
  for (const [, module] of ROUTE_MODULES) {
    if (!manifest[module]) continue
    preloads.set(
      module,
      [...closure(manifest, module)].filter((file) => !loaded.has(file) && file.endsWith('.js')),
    )
  }
  return preloads
}

/**
 * index.html for one path: the route's modulepreloads added, and the early-requests script unless
 * the server draws the page and hands its answers over itself (server/dashboard/ssr).
 */
export function pageHtmlFor(
  indexHtml: string,
  distDir: string,
): (path: string, options?: { earlyRequests: boolean }) => string {
  const manifestPath = join(distDir, '.vite/manifest.json')
  const preloads = existsSync(manifestPath)
    ? routePreloads(JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest)
    : new Map<string, string[]>()
  // Before the stylesheet: a classic script after a pending stylesheet waits for it.
  const at = indexHtml.includes('<meta charset="UTF-8" />')
    ? indexHtml.indexOf('<meta charset="UTF-8" />') + '<meta charset="UTF-8" />'.length
    : indexHtml.indexOf('<head>') + '<head>'.length
  const byModule = new Map<string, string>()
  const build = (module: string | undefined, earlyRequests: boolean) => {
    const links = (module ? (preloads.get(module) ?? []) : [])
      .map((file) => `\n    <link rel="modulepreload" crossorigin href="/${file}">`)
      .join('')
    // The route's chunks after the entry's own: over HTTP/1.1's six connections the entry, which
    // everything waits for, must not queue behind them.
    const end = indexHtml.lastIndexOf('</head>')
    const early = earlyRequests ? `\n    <script>${EARLY_REQUESTS_SCRIPT}</script>` : ''
    return `${indexHtml.slice(0, at)}${early}${indexHtml.slice(at, end)}${links.trimStart()}\n  ${indexHtml.slice(end)}`
  }
  return (path, { earlyRequests } = { earlyRequests: true }) => {
    const module = ROUTE_MODULES.find(([pattern]) => pattern.test(path))?.[1]
    const key = `${module ?? ''} ${earlyRequests}`
    let html = byModule.get(key)
    if (html === undefined) byModule.set(key, (html = build(module, earlyRequests)))
    return html
  }
}
