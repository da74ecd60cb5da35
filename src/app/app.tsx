import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { createQueryClient } from '@/api/query-client'
import { createAppRouter } from './router'
import { notifyError } from './notify'
import { Toaster } from './toaster'

const queryClient = createQueryClient({
  onMutationError: (error) => notifyError(error),
  // A failed background refresh of data already on screen: warn, but keep showing what we have.
  onQueryError: () => {},
})
const router = createAppRouter(queryClient)

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>
  )
}
