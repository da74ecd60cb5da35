import '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'
import { cleanup } from '@testing-library/react'

// Every test starts on an empty page: what one rendered is unmounted after it, in every file,
// rather than each file having to remember. (Stubbed globals and spies are restored by the
// `unstubGlobals` and `restoreMocks` options in vite.config.ts.)
afterEach(() => cleanup())
