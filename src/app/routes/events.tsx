import { PageHeader } from '@/components/ui/page-header'

export function EventsRoute() {
  return <PageHeader title="Events" description="This page is being built." />
}
