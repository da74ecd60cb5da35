import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import pluginQuery from '@tanstack/eslint-plugin-query'
import globals from 'globals'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// Imports flow one way: shared (api, components, lib) → features → app.
// A feature never reaches into another feature; the app composes them.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ regex: p, message })) }],
})

// The zones compare where an import resolves to (through tsconfig's `@/` path and
// relative paths alike), so `../devices/…` or `../../../features/devices/…` cannot
// slip past them the way they slipped past a pattern on the import's text.
const sharedDirs = ['./src/api', './src/components', './src/lib']
const boundaryZones = [
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features do not import each other; compose them in src/app.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features do not import the app; the app composes them.',
  },
  {
    target: sharedDirs,
    from: ['./src/features', './src/app'],
    message: 'Shared code must not depend on features or the app.',
  },
]

// An import the resolver cannot follow is invisible to the zones, so the import's
// text is checked as well.
const featureBoundaries = features.map((name) => ({
  files: [`src/features/${name}/**/*.{ts,tsx}`],
  rules: restrict(
    [`^@/features/(?!${name}/)`, '^@/app/'],
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
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: boundaryZones, basePath: fileURLToPath(new URL('.', import.meta.url)) },
      ],
    },
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
