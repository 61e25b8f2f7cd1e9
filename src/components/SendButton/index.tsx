import { Button } from '@nutui/nutui-react-taro'

interface Props {
  label: string
  /** said while it goes (正在提交…) */
  busyLabel: string
  busy: boolean
  /** not to be pressed now; while busy unless said otherwise */
  disabled?: boolean
  className: string
  testId: string
  onClick: () => void
}

/** A resident form's one big button, which cannot be pressed twice while its answer is on the way. */
export default function SendButton({ label, busyLabel, busy, disabled = busy, className, testId, onClick }: Props) {
  return (
    <Button type='primary' size='xlarge' block className={className} data-testid={testId} loading={busy} disabled={disabled} onClick={onClick}>
      {busy ? busyLabel : label}
    </Button>
  )
}
