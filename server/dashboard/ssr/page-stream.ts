import type { RenderedPage } from './render-page'
import { scriptHashSource } from '../csp'

/**
 * Marks the server-drawn rows as on screen: it runs once the parser reaches it, after the
 * stylesheet has loaded (a parser-inserted script waits for it), i.e. when the rows can paint.
 * The bench's first-rows figure (bench/first-rows.ts) reads this mark, as it reads the table's.
 */
export const SERVER_ROWS_MARK_SCRIPT = "performance.mark('table:first-rows')"

/** The Content-Security-Policy source that lets exactly that script run. */
export const SERVER_ROWS_MARK_SCRIPT_SOURCE = scriptHashSource(SERVER_ROWS_MARK_SCRIPT)

/** The app's empty root in index.html, where the drawn page goes. */
export const ROOT_ELEMENT = '<div id="root"></div>'

/** JSON that cannot end its <script> element or open a comment inside it. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** What goes where the empty root was: the drawn page (inert), its answers, then the app's root. */
export function renderedBody(page: RenderedPage | null): string {
  if (!page) return ROOT_ELEMENT
  const mark = page.hasRows ? `<script>${SERVER_ROWS_MARK_SCRIPT}</script>` : ''
  return (
    `<div id="ssr-page" inert>${page.markup}</div>${mark}` +
    `<script type="application/json" id="ssr-state">${scriptSafeJson(page.state)}</script>${ROOT_ELEMENT}`
  )
}

/**
 * The page as a stream: everything before the root at once, so the browser fetches the scripts
 * and the stylesheet while the server draws; then the drawn page when it is ready.
 */
export function pageStream(
  shell: string,
  page: Promise<RenderedPage | null>,
): ReadableStream<Uint8Array> {
  const at = shell.indexOf(ROOT_ELEMENT)
  if (at < 0) throw new Error(`index.html has no ${ROOT_ELEMENT}`)
  const encoder = new TextEncoder()
  return new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(shell.slice(0, at)))
      controller.enqueue(
        encoder.encode(renderedBody(await page) + shell.slice(at + ROOT_ELEMENT.length)),
      )
      controller.close()
    },
  })
}
