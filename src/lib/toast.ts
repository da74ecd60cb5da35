import type { ExternalToast } from 'sonner'

/**
 * Toasts, with sonner loaded on first use: nothing on the first screen needs it, so it stays
 * out of the initial bundle. Import this rather than `sonner` (ESLint enforces it).
 */
export const toast = {
  success: (message: string, options?: ExternalToast) =>
    void import('sonner').then((m) => m.toast.success(message, options)),
  error: (message: string, options?: ExternalToast) =>
    void import('sonner').then((m) => m.toast.error(message, options)),
}
