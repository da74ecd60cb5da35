import { useCallback, type MouseEvent } from 'react'
import { useNavigate } from '@tanstack/react-router'
import type { EditReturn } from './timeline-types'

/**
 * A click on a bar's plain `<a href>` navigates in the app (no reload); a modified click
 * (new tab, new window) is left to the browser.
 */
export function useOpenCode(editReturn: EditReturn) {
  const navigate = useNavigate()
  return useCallback(
    (e: MouseEvent<HTMLAnchorElement>, accessCodeId: string) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
      e.preventDefault()
      void navigate({
        to: '/access-codes/$accessCodeId/edit',
        params: { accessCodeId },
        search: editReturn,
      })
    },
    [navigate, editReturn],
  )
}
