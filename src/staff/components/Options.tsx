import { View } from '@tarojs/components'
import Field from './Field'

interface Option<T extends string> {
  value: T
  label: string
  note?: string
}

interface Props<T extends string> {
  label: string
  options: readonly Option<T>[]
  value: T | null
  /** each option gets `${testPrefix}-${value}` */
  testPrefix: string
  error?: string
  hint?: string
  /** one option per row (long labels) instead of two */
  wide?: boolean
  onChange: (value: T) => void
}

/** A choice as big buttons, all in view: one tap, no wheel to master. */
export default function Options<T extends string>({ label, options, value, testPrefix, error, hint, wide, onChange }: Props<T>) {
  return (
    <Field label={label} error={error} hint={hint}>
      <View className={`sf-options${wide ? ' sf-options--wide' : ''}`} role='radiogroup'>
        {options.map((o) => (
          <View
            key={o.value}
            className={`sf-option${o.value === value ? ' is-selected' : ''}`}
            data-testid={`${testPrefix}-${o.value}`}
            role='radio'
            aria-checked={o.value === value}
            onClick={() => onChange(o.value)}
          >
            <View className='sf-option__label'>{o.label}</View>
            {o.note ? <View className='sf-option__note'>{o.note}</View> : null}
          </View>
        ))}
      </View>
    </Field>
  )
}
