import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import pluginQuery from '@tanstack/eslint-plugin-query'
import globals from 'globals'
import { readdirSync } from 'node:fs'

// Imports flow one way: shared (api, components, lib) → features → app.
// A feature never reaches into another feature; the app composes them.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ regex: p, message })) }],
})

const featureBoundaries = features.map((name) => ({
  files: [`src/features/${name}/**/*.{ts,tsx}`],
  rules: restrict(
    [`^@/features/(?!${name}/)`, '^@/app/', `^\\.\\./\\.\\./(?!${name}/)[^.]`],
    'Features do not import each other or the app; compose them in src/app.',
  ),
}))

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'data', 'test-results', 'playwright-report', 'coverage'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
    },
  },
  {
    files: ['src/api/**', 'src/components/**', 'src/lib/**'],
    rules: restrict(
      ['^@/features/', '^@/app/'],
      'Shared code must not depend on features or the app.',
    ),
  },
  ...featureBoundaries,
  {
    // sonner is loaded lazily through src/lib/toast.ts so it stays out of the first bundle.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/toast.ts', 'src/app/toaster.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='sonner'][importKind!='type']",
          message: "Import toast from '@/lib/toast', which loads sonner on first use.",
        },
      ],
    },
  },
)
