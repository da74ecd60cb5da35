/**
 * True while the server draws a page (server/dashboard/ssr): no window, no paint, no effects.
 * What only a browser can do waits for the browser, which takes the page over.
 */
export const onServer = (): boolean => typeof document === 'undefined'
