import { useRef, useState } from 'react'
import type { UseFormSetError } from 'react-hook-form'
import type { AccessCode } from '@/api/schemas/access-code'
import { useCreateAccessCode } from '../api/create-access-code'
import { useCreateMultipleAccessCodes } from '../api/create-multiple-access-codes'
import { useUpdateAccessCode } from '../api/update-access-code'
import type {
  AccessCodeDraft,
  AccessCodeFormField,
  AccessCodeFormValues,
} from './access-code-form-schema'
import { diffAccessCodeUpdate, hasChanges } from './diff-access-code-update'
import type { SaveFailure } from './save-failure-panel'
import { placeServerError } from './server-errors'

/**
 * Saving the form: create one code, create one per lock, or send only what changed on edit. A
 * failure puts the server's messages on their fields and is kept for the failure panel; the form
 * may also report its own failures there (e.g. generating a code) through `setFailure`.
 */
export function useSaveAccessCode({
  mode,
  existing,
  timeZone,
  onSaved,
  setError,
}: {
  mode: 'create' | 'edit'
  existing: AccessCode | undefined
  /** The zone the form's times are in, to compare them with the saved code's instants. */
  timeZone: string
  onSaved: (codes: AccessCode[]) => void
  setError: UseFormSetError<AccessCodeFormValues>
}) {
  const [failure, setFailure] = useState<SaveFailure | null>(null)
  const saving = useRef(false)
  const create = useCreateAccessCode()
  const createMultiple = useCreateMultipleAccessCodes()
  const update = useUpdateAccessCode()

  async function save(draft: AccessCodeDraft): Promise<AccessCode[] | null> {
    const common = {
      name: draft.name,
      code: draft.code,
      starts_at: draft.starts_at,
      ends_at: draft.ends_at,
      use_backup_access_code_pool: draft.use_backup_access_code_pool,
    }
    if (mode === 'edit' && existing) {
      const changes = diffAccessCodeUpdate(existing, draft, timeZone)
      if (!hasChanges(changes)) return [existing]
      return [await update.mutateAsync({ access_code_id: existing.access_code_id, ...changes })]
    }
    const [only, ...rest] = draft.device_ids
    if (only !== undefined && rest.length === 0) {
      return [await create.mutateAsync({ device_id: only, ...common })]
    }
    return createMultiple.mutateAsync({ device_ids: draft.device_ids, ...common })
  }

  async function submit(draft: AccessCodeDraft) {
    // A second click (or Enter) while a save is in flight must never send a second create.
    if (saving.current) return
    saving.current = true
    setFailure(null)
    try {
      const saved = await save(draft)
      if (saved) onSaved(saved)
    } catch (error) {
      const placed = placeServerError(error)
      const entries = Object.entries(placed.fields) as [AccessCodeFormField, string][]
      entries.forEach(([field, message], i) =>
        setError(field, { type: 'server', message }, { shouldFocus: i === 0 }),
      )
      setFailure({
        error,
        title:
          mode === 'edit' ? 'Could not save the access code' : 'Could not create the access code',
        onFields: !placed.unplaced,
      })
    } finally {
      saving.current = false
    }
  }

  return {
    submit,
    isPending: create.isPending || createMultiple.isPending || update.isPending,
    failure,
    setFailure,
  }
}
