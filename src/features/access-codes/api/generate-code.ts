import { useMutation } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from '@/api/client'
import { generateCodeInputSchema } from '@/api/schemas/access-code-inputs'

const generateCodeResponse = z.looseObject({
  generated_code: z.looseObject({ code: z.string() }),
})

/** `access_codes/generate_code`: a code this lock accepts and does not hold yet. */
export async function generateCode(deviceId: string): Promise<string> {
  const body = generateCodeInputSchema.parse({ device_id: deviceId })
  const response = await apiRequest('access_codes/generate_code', body, generateCodeResponse)
  return response.generated_code.code
}

/**
 * Asks each chosen lock in turn for a code until one suits `accepts` (for a shared code: every
 * chosen lock's lengths and constraints). Resolves to null when none does.
 */
export async function generateSharedCode(
  deviceIds: readonly string[],
  accepts: (code: string) => boolean,
  triesPerDevice = 3,
): Promise<string | null> {
  for (let attempt = 0; attempt < triesPerDevice; attempt++) {
    for (const deviceId of deviceIds) {
      const code = await generateCode(deviceId)
      if (accepts(code)) return code
    }
  }
  return null
}

export function useGenerateCode() {
  return useMutation({
    mutationFn: ({
      deviceIds,
      accepts,
    }: {
      deviceIds: readonly string[]
      accepts: (code: string) => boolean
    }) => generateSharedCode(deviceIds, accepts),
    meta: { silent: true },
  })
}
