import { PageHeader } from '@/components/ui/page-header'

export function TriageRoute() {
  return <PageHeader title="Triage" description="This page is being built." />
}
