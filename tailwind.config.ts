import type { Config } from 'tailwindcss'

/**
 * Loaded by src/styles/index.css through `@config`. Tailwind 4 reads theme extensions from
 * here, so the design tokens (brand colour, status colours, type scale) live in one place.
 */
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        brand: {
          50: '#eef4ff',
          100: '#dbe6fe',
          500: '#3b6ff5',
          600: '#2553d9',
          700: '#1e42b0',
          900: '#172a66',
        },
      },
      fontFamily: {
        sans: [
          'Inter',
          'ui-sans-serif',
          'system-ui',
          '-apple-system',
          'Segoe UI',
          'Roboto',
          'sans-serif',
        ],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'monospace'],
      },
      maxWidth: { content: '90rem' },
    },
  },
} satisfies Config
