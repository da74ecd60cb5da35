import type { QueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { useSilentMutation } from '@/api/use-silent-mutation'
import { accessCodeSchema, type AccessCode } from '@/api/schemas/access-code'
import { accessCodeKeys } from './access-code-keys'
import { upsertAccessCodes } from './access-code-cache'

// Seed 000 names the key `backup_access_code`; Seam's current SDK reads `access_code`.
const pullBackupResponse = z
  .looseObject({
    backup_access_code: z.optional(accessCodeSchema),
    access_code: z.optional(accessCodeSchema),
  })
  .check(
    z.refine((r) => r.backup_access_code !== undefined || r.access_code !== undefined, {
      message: 'The response has no backup_access_code',
    }),
  )

/** `access_codes/pull_backup_access_code { access_code_id }` → the backup code now on the lock. */
export async function pullBackupAccessCode(accessCodeId: string): Promise<AccessCode> {
  const response = await apiRequest(
    'access_codes/pull_backup_access_code',
    { access_code_id: accessCodeId },
    pullBackupResponse,
  )
  return (response.backup_access_code ?? response.access_code)!
}

/**
 * Marks the original as having its backup pulled and adds the backup to the tables, without a
 * refetch (one pull, or each pull of a bulk action).
 */
export function recordBackupPulled(
  queryClient: QueryClient,
  original: AccessCode,
  backup: AccessCode,
): void {
  // The freshest copy: a poll may have updated the original while the request was in flight.
  const latest =
    queryClient
      .getQueryData<AccessCode[]>(accessCodeKeys.byDevice(original.device_id))
      ?.find((code) => code.access_code_id === original.access_code_id) ?? original
  upsertAccessCodes(queryClient, [
    {
      ...latest,
      pulled_backup_access_code_id: backup.access_code_id,
      is_backup_access_code_available: false,
    },
    backup,
  ])
}

/**
 * Pulls a backup code for a time-bound code in one call. On success the original is marked as
 * having its backup pulled and the backup joins the tables, without a refetch. The caller shows
 * the result (or the error) in a dialog.
 */
export const usePullBackupAccessCode = () =>
  useSilentMutation(
    (original: AccessCode) => pullBackupAccessCode(original.access_code_id),
    (queryClient, backup, original) => recordBackupPulled(queryClient, original, backup),
  )
