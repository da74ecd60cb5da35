/**
 * Compile-time conformance with Seam's published types (`@seamapi/types`): `npm run typecheck`
 * fails if Seam's objects would not fit our schemas' input for any field we declare, or if we
 * declare a field Seam does not have (beyond the listed exceptions). Type-only: no runtime cost.
 *
 * We use the route types (plain TypeScript) rather than the package's zod 3 schemas, whose
 * inferred types do not survive our zod 4.
 */
import type { z } from 'zod'
import type { RouteResponse } from '@seamapi/types/connect'
import type { accessCodeSchema, unmanagedAccessCodeSchema } from './access-code'
import type { deviceSchema, devicePropertiesSchema } from './device'
import type { seamEventSchema } from './event'
import type { actionAttemptSchema } from './action-attempt'
import type { workspaceSchema } from './workspace'

type SeamAccessCode = RouteResponse<'/access_codes/get'>['access_code']
type SeamUnmanagedAccessCode = RouteResponse<'/access_codes/unmanaged/get'>['access_code']
type SeamDevice = RouteResponse<'/devices/get'>['device']
type SeamEvent = RouteResponse<'/events/list'>['events'][number]
type SeamActionAttempt = RouteResponse<'/action_attempts/get'>['action_attempt']
type SeamWorkspace = RouteResponse<'/workspaces/get'>['workspace']

/** Our declared keys, without the index signature that `looseObject` adds. */
type DeclaredKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: T[K] }

/** For each field we declare that Seam also has: does Seam's value type fit ours? */
type Mismatches<Ours, Theirs> = {
  [K in DeclaredKeys<Ours> & keyof Theirs]: [Theirs[K]] extends [Ours[K]] ? never : K
}[DeclaredKeys<Ours> & keyof Theirs]

/** Fields we declare that Seam's type lacks (each must be a deliberate exception). */
type Unknown<Ours, Theirs, Allowed extends PropertyKey = never> = Exclude<
  DeclaredKeys<Ours>,
  keyof Theirs | Allowed
>

type Expect<T extends never> = T

type AccessCodeIn = z.input<typeof accessCodeSchema>
type UnmanagedIn = z.input<typeof unmanagedAccessCodeSchema>
type DeviceIn = z.input<typeof deviceSchema>
type PropertiesIn = z.input<typeof devicePropertiesSchema>
type EventIn = z.input<typeof seamEventSchema>
type ActionAttemptIn = z.input<typeof actionAttemptSchema>
type WorkspaceIn = z.input<typeof workspaceSchema>

// Seam's union of event shapes: check against any member that carries the field.
type AnyEventField<K extends PropertyKey> = SeamEvent extends infer E
  ? E extends Record<K, infer V>
    ? V
    : never
  : never
type SeamEventFields = { [K in DeclaredKeys<EventIn>]: AnyEventField<K> }

export type Conformance = [
  Expect<Mismatches<AccessCodeIn, SeamAccessCode>>,
  Expect<Unknown<AccessCodeIn, SeamAccessCode, 'doorman_code_hidden'>>,
  Expect<Mismatches<UnmanagedIn, SeamUnmanagedAccessCode>>,
  Expect<Unknown<UnmanagedIn, SeamUnmanagedAccessCode, 'doorman_code_hidden'>>,
  Expect<Mismatches<DeviceIn, SeamDevice>>,
  Expect<Unknown<DeviceIn, SeamDevice>>,
  Expect<Mismatches<PropertiesIn, SeamDevice['properties']>>,
  Expect<Unknown<PropertiesIn, SeamDevice['properties']>>,
  Expect<Mismatches<EventIn, SeamEventFields>>,
  Expect<Mismatches<ActionAttemptIn, SeamActionAttempt>>,
  Expect<Unknown<ActionAttemptIn, SeamActionAttempt>>,
  Expect<Mismatches<WorkspaceIn, SeamWorkspace>>,
  Expect<Unknown<WorkspaceIn, SeamWorkspace>>,
]
