import type { ClientError } from '../../api/result'
import PageShell from '../../components/PageShell'
import { ErrorState, LoadingState } from '../../components/States'

interface Props {
  className: string
  state: { status: 'loading' } | { status: 'error'; error: ClientError }
  /** said instead of 不存在 or 无权: a page never tells which */
  noAccess: ClientError
  onRetry: () => void
}

/** A record's page while it loads, or when it cannot be shown. */
export default function RecordUnavailable({ className, state, noAccess, onRetry }: Props) {
  if (state.status === 'loading') return <PageShell className={className}><LoadingState /></PageShell>
  const hidden = state.error.code === 'NOT_FOUND' || state.error.code === 'FORBIDDEN'
  return (
    <PageShell className={className}>
      <ErrorState error={hidden ? noAccess : state.error} title={hidden ? '无法查看' : undefined} onRetry={onRetry} />
    </PageShell>
  )
}
