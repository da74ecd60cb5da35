// Imported first by server/main.ts: React (which draws pages in the server, dashboard/ssr) picks
// its production build from NODE_ENV when first loaded, and `npm start` is the product, not a
// development server. Tests set their own.
process.env['NODE_ENV'] ??= 'production'
