import { PageHeader } from '@/components/ui/page-header'

export function AccessCodeNewRoute() {
  return <PageHeader title="New access code" description="This page is being built." />
}

export function DeviceAccessCodeNewRoute() {
  return <PageHeader title="New access code" description="This page is being built." />
}
