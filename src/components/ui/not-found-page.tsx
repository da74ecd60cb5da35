import { Link, type LinkProps } from '@tanstack/react-router'
import { BackLink } from './back-link'
import { EmptyState } from './empty-state'
import { PageHeader } from './page-header'

/**
 * A detail page whose id matches nothing: say so kindly, show the id (for a support ticket), and
 * offer the way back to the list it belongs to.
 */
export function NotFoundPage({
  list,
  title,
  heading,
  reason,
  idLabel,
  id,
}: {
  /** The list page: `to`, the back link's label and the closing link's label. */
  list: { to: LinkProps['to']; back: string; link: string }
  title: string
  heading: string
  reason: string
  idLabel: string
  id: string
}) {
  return (
    <div>
      <BackLink to={list.to}>{list.back}</BackLink>
      <PageHeader title={title} />
      <EmptyState title={heading}>
        <p>
          {reason} {idLabel} <code className="font-mono">{id}</code>.
        </p>
        <p className="mt-3">
          <Link to={list.to} className="font-medium text-brand-700 hover:underline">
            {list.link}
          </Link>
        </p>
      </EmptyState>
    </div>
  )
}
