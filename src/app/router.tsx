import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router'
import type { QueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { optionalEnum, optionalIdText, optionalInstant, optionalText } from '@/lib/search-params'
import { PageSkeleton } from '@/components/ui/skeleton'
import { devicesQueryOptions } from '@/features/devices/api/list-devices'
import { deviceQueryOptions } from '@/features/devices/api/get-device'
import { workspaceQueryOptions } from '@/features/workspace/api/get-workspace'
import { doormanInfoQueryOptions } from '@/api/doorman-info'
import {
  deviceAccessCodesFirstPageQueryOptions,
  deviceAccessCodesQueryOptions,
  FIRST_PAGE_SIZE,
  LIST_MANY_SIZES,
} from '@/features/access-codes/api/list-access-codes'
import { onServer } from '@/lib/on-server'
import { accessCodesSearch } from '@/features/access-codes/access-codes-search'
import { devicesSearch } from '@/features/devices/devices-search'
import { eventsSearchSchema } from '@/features/events/events-search'
import { triageSearchSchema } from '@/features/triage/triage-search'
import { timelineSearchSchema, timelineSearchShape } from '@/features/timeline/timeline-search'
import { auditSearchSchema } from '@/features/team/audit-search'
import { AppShell } from './layout/app-shell'
import { SandboxControlsSlot } from './layout/sandbox-controls-slot'
import { NotFound } from './not-found'
import { RouteError } from './route-error'

type RouterContext = { queryClient: QueryClient }

/** A page that lists locks starts asking for them while its chunk loads; it shows its own errors. */
const prefetchLocks = ({ context }: { context: RouterContext }) => {
  void context.queryClient.prefetchQuery(devicesQueryOptions())
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // What every page's header needs, asked for with the page's own data instead of after it.
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(doormanInfoQueryOptions())
    void context.queryClient.prefetchQuery(workspaceQueryOptions())
  },
  component: () => <AppShell extraHeader={<SandboxControlsSlot />} />,
  notFoundComponent: NotFound,
})

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/devices' })
  },
})

// Each page is its own chunk, so the first load carries only the shell and the page it opens.
const devicesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/devices',
  // Search, sort and facet filters live in the URL (bad values fall back to "not set").
  validateSearch: devicesSearch.schema,
  loader: ({ context }) => context.queryClient.ensureQueryData(devicesQueryOptions()),
  component: lazyRouteComponent(() => import('./routes/devices'), 'DevicesRoute'),
})

/**
 * A server render draws a lock's first rows from its first page, and asks for the whole list
 * only when that page was all of it: a 10,000-code list is megabytes the server would parse
 * and put in the page, which the browser fetches compressed instead.
 */
function loadFirstRowsOnServer(queryClient: QueryClient, deviceId: string) {
  void queryClient
    .fetchQuery(deviceAccessCodesFirstPageQueryOptions(deviceId))
    .then((codes) => {
      if (codes.length < FIRST_PAGE_SIZE)
        return queryClient.prefetchQuery(deviceAccessCodesQueryOptions(deviceId))
    })
    .catch(() => undefined)
}

/**
 * A server render runs no effects, so the workspace page's own per-lock queries never start
 * there: ask for the first request's locks (LIST_MANY_SIZES[0]) here, as the page would. A
 * failed device list is the page's to show, in the browser.
 */
function loadFirstLocksOnServer(queryClient: QueryClient) {
  void queryClient
    .fetchQuery(devicesQueryOptions())
    .then((devices) => {
      for (const d of devices.slice(0, LIST_MANY_SIZES[0]))
        void queryClient.prefetchQuery(deviceAccessCodesQueryOptions(d.device_id))
    })
    .catch(() => undefined)
}

const deviceDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/devices/$deviceId',
  // ?zoom=day|week|month&day=YYYY-MM-DD: the lock's schedule timeline.
  validateSearch: timelineSearchSchema,
  // The URL names the lock: ask for it and its codes now, side by side and while the page's
  // chunk loads, rather than codes after device after chunk. Not awaited: the page shows its
  // own loading and error states.
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(deviceQueryOptions(params.deviceId))
    if (onServer()) return loadFirstRowsOnServer(context.queryClient, params.deviceId)
    // A first page beside the whole list: a lock with thousands of codes shows some at once.
    // Asked for first, so the server answers it before it builds the whole list.
    if (!context.queryClient.getQueryData(deviceAccessCodesQueryOptions(params.deviceId).queryKey))
      void context.queryClient.prefetchQuery(
        deviceAccessCodesFirstPageQueryOptions(params.deviceId),
      )
    void context.queryClient.prefetchQuery(deviceAccessCodesQueryOptions(params.deviceId))
  },
  component: lazyRouteComponent(() => import('./routes/device-detail'), 'DeviceDetailRoute'),
})

const deviceNewCodeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/devices/$deviceId/access-codes/new',
  component: lazyRouteComponent(
    () => import('./routes/access-code-new'),
    'DeviceAccessCodeNewRoute',
  ),
})

const accessCodesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/access-codes',
  // ?q=&sort=&dir=&status=&type=&device=&issues=&backup= (see access-codes-search.ts)
  validateSearch: accessCodesSearch.schema,
  loader: ({ context }) => {
    prefetchLocks({ context })
    if (onServer()) loadFirstLocksOnServer(context.queryClient)
  },
  component: lazyRouteComponent(() => import('./routes/access-codes'), 'AccessCodesRoute'),
})

const accessCodeNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/access-codes/new',
  // `deviceId` preselects a lock; `from=device` returns to that lock's page after saving,
  // `from=property&propertyId=…` to that property's. `startsAt`/`endsAt` (ISO instants, from a
  // range selected on a timeline) prefill a time-bound window.
  validateSearch: z.object({
    deviceId: optionalText,
    from: optionalEnum(['device', 'codes', 'property']),
    propertyId: optionalIdText,
    startsAt: optionalInstant,
    endsAt: optionalInstant,
  }),
  component: lazyRouteComponent(() => import('./routes/access-code-new'), 'AccessCodeNewRoute'),
})

const accessCodeImportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/access-codes/import',
  // The locks now; the page loads the codes on them itself (to tell which rows already exist).
  loader: prefetchLocks,
  component: lazyRouteComponent(
    () => import('./routes/access-code-import'),
    'AccessCodeImportRoute',
  ),
})

const accessCodeEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/access-codes/$accessCodeId/edit',
  // Where to go back to after saving: the code's lock page, its property's page or the list.
  validateSearch: z.object({
    from: optionalEnum(['device', 'codes', 'property']),
    propertyId: optionalIdText,
  }),
  component: lazyRouteComponent(() => import('./routes/access-code-edit'), 'AccessCodeEditRoute'),
})

const propertiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/properties',
  loader: prefetchLocks,
  component: lazyRouteComponent(() => import('./routes/properties'), 'PropertiesRoute'),
})

const propertyDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/properties/$propertyId',
  // The locks table's view (as on /devices) and the timeline's (?zoom=&day=).
  validateSearch: z.object({ ...devicesSearch.schema.shape, ...timelineSearchShape }),
  loader: prefetchLocks,
  component: lazyRouteComponent(() => import('./routes/property-detail'), 'PropertyDetailRoute'),
})

const triageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/triage',
  validateSearch: triageSearchSchema,
  component: lazyRouteComponent(() => import('./routes/triage'), 'TriageRoute'),
})

const eventsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events',
  validateSearch: eventsSearchSchema,
  component: lazyRouteComponent(() => import('./routes/events'), 'EventsRoute'),
})

const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  // ?actor=&action=&device_id=&access_code_id=&range=&from=&to= (see team/audit-search.ts)
  validateSearch: auditSearchSchema,
  component: lazyRouteComponent(() => import('./routes/audit'), 'AuditRoute'),
})

const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/users',
  component: lazyRouteComponent(() => import('./routes/users'), 'UsersRoute'),
})

const routeTree = rootRoute.addChildren([
  indexRoute,
  devicesRoute,
  deviceDetailRoute,
  deviceNewCodeRoute,
  accessCodesRoute,
  accessCodeNewRoute,
  accessCodeImportRoute,
  accessCodeEditRoute,
  propertiesRoute,
  propertyDetailRoute,
  triageRoute,
  eventsRoute,
  auditRoute,
  usersRoute,
])

/** `history`: the server renders a page at one URL (server/dashboard/ssr); the browser's own otherwise. */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    context: { queryClient },
    defaultPreload: 'intent',
    // Data freshness is React Query's job; the router should always ask it.
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteError,
    defaultPendingComponent: () => <PageSkeleton />,
    defaultPendingMs: 150,
    // The router's default holds a shown skeleton for at least 500 ms. When a page's chunk took
    // just over 150 ms, that held the access-codes page back ~350 ms with the main thread idle
    // (its 250 per-lock requests could not start); the page replaces the skeleton with its own
    // loading state anyway.
    defaultPendingMinMs: 0,
    defaultNotFoundComponent: NotFound,
    // A server render (`history` given) draws one page once: nothing to restore, and its
    // restoring script would be an inline script the page's CSP refuses.
    scrollRestoration: history === undefined,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
