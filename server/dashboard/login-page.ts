/** A small server-rendered login page: the SPA itself is behind the session, so it cannot render this. */
export function loginPage(options: { error?: string; next?: string; email?: string }): string {
  const error = options.error
    ? `<p role="alert" class="error">${escapeHtml(options.error)}</p>`
    : ''
  const next = escapeHtml(options.next ?? '/')
  const email = escapeHtml(options.email ?? '')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Sign in · Doorman</title>
<link rel="icon" type="image/svg+xml" href="/favicon.svg" />
<style>
  body { font-family: system-ui, sans-serif; background: #f8fafc; color: #0f172a; display: grid; place-items: center; min-height: 100vh; margin: 0; }
  main { box-sizing: border-box; background: #fff; border: 1px solid #e2e8f0; border-radius: 12px; padding: 2rem; width: min(22rem, 90vw); box-shadow: 0 1px 3px rgb(0 0 0 / 0.06); }
  h1 { font-size: 1.25rem; margin: 0 0 1rem; }
  label { display: block; font-size: .875rem; font-weight: 600; margin: .75rem 0 .25rem; }
  input { width: 100%; box-sizing: border-box; padding: .5rem .75rem; border: 1px solid #94a3b8; border-radius: 8px; font-size: 1rem; }
  button { margin-top: 1rem; width: 100%; padding: .6rem; border: 0; border-radius: 8px; background: #2553d9; color: #fff; font-weight: 600; font-size: 1rem; cursor: pointer; }
  :focus-visible { outline: 2px solid #2553d9; outline-offset: 2px; }
  .error { color: #b91c1c; font-size: .875rem; }
  /* No script runs here, so the page follows the system's setting (the app's stored choice
     lives in the app's localStorage); the colours are the app's dark palette. */
  @media (prefers-color-scheme: dark) {
    :root { color-scheme: dark; }
    body { background: #020618; color: #f1f5f9; }
    main { background: #0f172b; border-color: #314158; }
    input { background: #020618; color: inherit; border-color: #62748e; }
    button { background: #8aa9fa; color: #0f172b; }
    :focus-visible { outline-color: #8aa9fa; }
    .error { color: #ffa2a2; }
  }
</style>
</head>
<body>
<main>
  <h1>Sign in to Doorman</h1>
  ${error}
  <form method="post" action="/login">
    <input type="hidden" name="next" value="${next}" />
    <label for="email">Email</label>
    <input id="email" name="email" type="email" autocomplete="username" value="${email}" required ${email ? '' : 'autofocus'} />
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required ${email ? 'autofocus' : ''} />
    <button type="submit">Sign in</button>
  </form>
</main>
</body>
</html>`
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
