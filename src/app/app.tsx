import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { createQueryClient } from '@/api/query-client'
import { isSessionEnded } from '@/api/api-error'
import { createAppRouter } from './router'
import { notifyError } from './notify'
import { Toaster } from './toaster'
import { adoptServerAnswers } from './server-render-handoff'

const queryClient = createQueryClient({
  onMutationError: (error) => notifyError(error),
  // A failed background refresh of data already on screen: keep showing what we have. But when
  // the session has ended (idle, 12 h, revoked), reading cannot go on: back to the sign-in page,
  // which returns here. A failed save stays on its form with the message, so nothing typed is lost.
  onQueryError: (error) => {
    if (isSessionEnded(error)) {
      window.location.assign(
        `/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`,
      )
    }
  },
})
adoptServerAnswers(queryClient)
const router = createAppRouter(queryClient)

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>
  )
}
