import { PageHeader } from '@/components/ui/page-header'

export function DeviceDetailRoute() {
  return <PageHeader title="Device" description="This page is being built." />
}
