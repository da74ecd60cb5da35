import type { APIRequestContext } from '@playwright/test'
import { sandbox, seam } from './fixtures'

/**
 * Typed readers and writers of a workspace's locks and codes through the dashboard proxy, for a
 * test's set-up and checks. Each spec names the fields it reads (`Device`, `Code`), so one set of
 * helpers serves them all: `const { listDevices, onlineLock, codesOn, createCode } = seamData<D, C>()`.
 */
export function seamData<Device extends { properties: { online: boolean } }, Code>() {
  const listDevices = async (request: APIRequestContext) =>
    (await seam<{ devices: Device[] }>(request, 'devices/list')).devices
  return {
    listDevices,
    /** The first lock that is online (a test that needs it to take codes starts with it). */
    onlineLock: async (request: APIRequestContext) =>
      (await listDevices(request)).find((d) => d.properties.online)!,
    codesOn: async (request: APIRequestContext, deviceId: string) =>
      (await seam<{ access_codes: Code[] }>(request, 'access_codes/list', { device_id: deviceId }))
        .access_codes,
    createCode: async (request: APIRequestContext, body: Record<string, unknown>) =>
      (await seam<{ access_code: Code }>(request, 'access_codes/create', body)).access_code,
  }
}

/** The sandbox's clock (it can be moved on), in epoch ms; sandbox only. */
export const sandboxNow = async (request: APIRequestContext) =>
  Date.parse(((await sandbox(request, 'clock/get')) as { now: string }).now)
