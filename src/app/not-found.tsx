import { Link } from '@tanstack/react-router'
import { PageHeader } from '@/components/ui/page-header'

export function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <PageHeader title="Page not found" />
      <p className="text-slate-600">
        There is nothing at this address. It may have been a code or device that no longer exists.
      </p>
      <Link
        to="/devices"
        className="mt-6 inline-flex h-10 items-center rounded-lg bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
      >
        Go to devices
      </Link>
    </div>
  )
}
