import { z } from 'zod'

export const workspaceSchema = z.looseObject({
  workspace_id: z.string(),
  name: z.string(),
  is_sandbox: z.boolean().default(false),
  company_name: z.string().optional(),
})
export type Workspace = z.infer<typeof workspaceSchema>
