import { useAccessCodePoller } from '../api/use-access-code-poller'

/** Mount once for the whole app: keeps every transitional access code fresh, on any page. */
export function AccessCodePoller() {
  useAccessCodePoller()
  return null
}
