import type { Config } from 'tailwindcss'

/**
 * Loaded by src/styles/index.css through `@config`. Tailwind 4 reads theme extensions from
 * here: fonts and widths; the colours (brand included) are CSS theme variables in
 * src/styles/index.css, where the dark theme can redefine them.
 */
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
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
