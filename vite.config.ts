import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { fileURLToPath } from 'node:url'
import { precompress } from './scripts/precompress-plugin.ts'
import { routeChunkGroups } from './scripts/chunk-groups.ts'

export default defineConfig({
  plugins: [react(), tailwindcss(), precompress()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // The manifest tells the server which chunks each route needs (server/dashboard/page-hints.ts).
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
    manifest: true,
    rolldownOptions: {
      output: { codeSplitting: routeChunkGroups(fileURLToPath(new URL('.', import.meta.url))) },
    },
  },
  test: {
    // Unit/component tests run in jsdom; server tests opt into node with a docblock.
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['./src/testing/setup-tests.ts'],
    // Each test starts from the real globals and unspied methods, whatever the last one stubbed.
    unstubGlobals: true,
    restoreMocks: true,
    // A throwaway PostgreSQL server for the store tests (SQLite needs nothing).
    globalSetup: ['./server/store/testing/postgres-global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
