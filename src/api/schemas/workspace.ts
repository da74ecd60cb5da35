import * as z from 'zod/mini'

export const workspaceSchema = z.looseObject({
  workspace_id: z.string(),
  name: z.string(),
  is_sandbox: z._default(z.boolean(), false),
  company_name: z.optional(z.string()),
})
export type Workspace = z.infer<typeof workspaceSchema>
