import type { Random } from './ids'
import type { DeviceRecord } from './types'

/** Why `code` cannot go on this lock, or null when it can. */
export function codeProblem(code: string, device: DeviceRecord): string | null {
  const lengths = device.properties.supported_code_lengths
  if (!lengths.includes(code.length)) {
    return `Code length ${code.length} is not supported by this device (supported: ${lengths.join(', ')})`
  }
  for (const c of device.properties.code_constraints ?? []) {
    if (c.constraint_type === 'no_zeros' && code.includes('0'))
      return 'This device does not allow 0 in codes'
    if (c.constraint_type === 'cannot_start_with_12' && code.startsWith('12'))
      return 'Codes on this device cannot start with 12'
    if (c.constraint_type === 'no_triple_consecutive_ints' && /(\d)\1\1/.test(code)) {
      return 'Codes on this device cannot repeat a digit three times in a row'
    }
  }
  return null
}

/** A random code the device accepts and that `taken` does not reject; prefers the given lengths. */
export function generateCode(
  device: DeviceRecord,
  taken: (code: string) => boolean,
  random: Random = Math.random,
  lengths: number[] = device.properties.supported_code_lengths,
): string {
  const preferred = lengths.includes(4) ? 4 : lengths.includes(6) ? 6 : (lengths[0] ?? 6)
  for (let attempt = 0; attempt < 1000; attempt++) {
    const len = attempt < 500 ? preferred : lengths[attempt % lengths.length]!
    let code = ''
    for (let i = 0; i < len; i++) code += String(Math.floor(random() * 10))
    if (codeProblem(code, device) === null && !taken(code)) return code
  }
  throw new Error('No free code available on device')
}
