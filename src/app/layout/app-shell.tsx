import { lazy, Suspense } from 'react'
import { Link, Outlet } from '@tanstack/react-router'
import {
  Building2,
  KeyRound,
  LockKeyhole,
  ListChecks,
  ScrollText,
  DoorClosed,
  History,
  Users,
} from 'lucide-react'
import { useCan } from '@/api/doorman-info'
import { IconSprite } from '@/components/ui/sprite-icon'
import { WorkspaceHeader } from '@/features/workspace/components/workspace-header'
import { SignedInUser } from './signed-in-user'
import { withShortcut } from '@/lib/shortcuts'
import { KeyboardShortcuts } from '../keyboard-shortcuts'

// The poller stays out of the initial JS (its budget is 130 KB gzip): requested as the app
// boots, it is in place long before a page has codes to poll.
const pollerModule = import('@/features/access-codes/components/access-code-poller')
const AccessCodePoller = lazy(() => pollerModule.then((m) => ({ default: m.AccessCodePoller })))
// The theme itself is applied by index.html before first paint; only its toggle loads later.
const ThemeToggle = lazy(() => import('./theme-toggle').then((m) => ({ default: m.ThemeToggle })))

const nav = [
  { to: '/properties', label: 'Properties', icon: Building2, shortcut: 'properties' },
  { to: '/devices', label: 'Devices', icon: LockKeyhole, shortcut: 'devices' },
  { to: '/access-codes', label: 'Access codes', icon: KeyRound, shortcut: 'codes' },
  { to: '/triage', label: 'Triage', icon: ListChecks, shortcut: 'triage' },
  { to: '/events', label: 'Events', icon: ScrollText, shortcut: 'events' },
] as const

// Shown only to roles that may use them (the server refuses the others anyway).
const auditLink = { to: '/audit', label: 'Audit', icon: History } as const
const usersLink = { to: '/users', label: 'Users', icon: Users } as const

export function AppShell({ extraHeader }: { extraHeader?: React.ReactNode }) {
  const canReadAudit = useCan('audit.read')
  const canManageUsers = useCan('users.manage')
  const links = [
    ...nav,
    ...(canReadAudit ? [auditLink] : []),
    ...(canManageUsers ? [usersLink] : []),
  ]
  return (
    <div className="flex min-h-dvh flex-col">
      <IconSprite />
      {/* Keeps every transitional access code fresh, whichever page shows it. */}
      <Suspense fallback={null}>
        <AccessCodePoller />
      </Suspense>
      {/* Not lazy: a key pressed as the page appears must not be lost. */}
      <KeyboardShortcuts />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-content flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <Link to="/devices" className="flex items-center gap-2 font-semibold text-slate-900">
            <DoorClosed aria-hidden="true" className="size-6 text-brand-600" />
            <span>Doorman</span>
          </Link>
          <nav
            aria-label="Main"
            className="order-last w-full overflow-x-auto sm:order-none sm:w-auto"
          >
            {/* Five links fit a phone's width; with Audit and Users they wrap rather than
                scroll out of sight. */}
            <ul
              className={
                links.length > nav.length
                  ? 'flex flex-wrap gap-x-0.5 gap-y-1 sm:gap-x-1'
                  : 'flex justify-between gap-0.5 sm:justify-start sm:gap-1'
              }
            >
              {links.map(({ to, label, icon: Icon, ...link }) => (
                <li key={to}>
                  <Link
                    to={to}
                    title={'shortcut' in link ? withShortcut(label, link.shortcut) : undefined}
                    className="flex items-center gap-1 rounded-md px-1 py-1.5 text-[13px] font-medium whitespace-nowrap text-slate-600 hover:bg-slate-100 hover:text-slate-900 sm:gap-1.5 sm:px-3 sm:text-sm"
                    activeProps={{
                      className: 'bg-brand-50 !text-brand-700',
                      'aria-current': 'page',
                    }}
                  >
                    <Icon aria-hidden="true" className="hidden size-4 sm:block" />
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex min-w-0 flex-wrap items-center justify-end gap-x-3 gap-y-1">
            <WorkspaceHeader />
            {extraHeader}
            {/* The fallback holds the toggle's place so the header does not shift. */}
            <Suspense fallback={<div className="h-8 w-[90px]" />}>
              <ThemeToggle />
            </Suspense>
            <SignedInUser />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-content flex-1 px-4 py-6 sm:px-6">
        <Outlet />
      </main>
    </div>
  )
}
