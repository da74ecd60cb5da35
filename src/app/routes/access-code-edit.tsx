import { PageHeader } from '@/components/ui/page-header'

export function AccessCodeEditRoute() {
  return <PageHeader title="Edit access code" description="This page is being built." />
}
