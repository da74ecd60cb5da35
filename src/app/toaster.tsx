import { lazy, Suspense } from 'react'

// Toasts are only needed once something fails, so sonner loads after the first paint
// instead of weighing on the initial bundle.
const SonnerToaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })))

export function Toaster() {
  return (
    <Suspense fallback={null}>
      <SonnerToaster position="bottom-right" richColors closeButton />
    </Suspense>
  )
}
