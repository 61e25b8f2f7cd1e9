import { Button } from '@nutui/nutui-react-taro'

export interface ActionChoice<A extends string> {
  action: A
  label: string
  testId: string
  /** the step most likely next, shown as the main button */
  primary?: boolean
}

/** What may be done now, one large button each; `className` places them in their card. */
export default function ActionButtons<A extends string>({
  actions,
  className,
  disabled,
  onPick,
}: {
  actions: readonly ActionChoice<A>[]
  className: string
  disabled?: boolean
  onPick: (action: A) => void
}) {
  return (
    <>
      {actions.map((a) => (
        <Button key={a.action} className={className} type={a.primary ? 'primary' : 'default'} size='large' disabled={disabled} data-testid={a.testId} onClick={() => onPick(a.action)}>
          {a.label}
        </Button>
      ))}
    </>
  )
}
