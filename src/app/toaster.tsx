import { lazy, Suspense } from 'react'
import { useTheme } from '@/lib/theme'

// Toasts are only needed once something fails, so sonner loads after the first paint
// instead of weighing on the initial bundle.
const SonnerToaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })))

export function Toaster() {
  // Sonner draws its own colours: it follows the page's theme, not only the system's.
  const theme = useTheme()
  return (
    <Suspense fallback={null}>
      <SonnerToaster theme={theme} position="bottom-right" richColors closeButton />
    </Suspense>
  )
}
