import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { cn } from '@/lib/cn'

/**
 * The one link to a lock's page, so every list that names a lock (codes, events, triage,
 * properties, devices) goes to the same place in the same brand colour. `className` adds to the
 * link's own classes: weight, clamping, a focus ring where the row needs one.
 */
export function DeviceLink({
  deviceId,
  children,
  className,
  title,
}: {
  deviceId: string
  /** The lock's name as the caller shows it (its own fallback when the lock is not loaded). */
  children: ReactNode
  className?: string
  title?: string
}) {
  return (
    <Link
      to="/devices/$deviceId"
      params={{ deviceId }}
      className={cn(className, 'text-brand-700 hover:underline')}
      title={title}
    >
      {children}
    </Link>
  )
}
