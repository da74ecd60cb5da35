import { PageHeader } from '@/components/ui/page-header'

export function AccessCodesRoute() {
  return <PageHeader title="Access codes" description="This page is being built." />
}
