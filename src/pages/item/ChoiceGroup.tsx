import { View } from '@tarojs/components'

export interface Choice<T> {
  value: T
  label: string
  testId: string
  /** colours the chosen button: good news green, bad news red */
  tone?: 'good' | 'fair' | 'bad'
}

interface Props<T> {
  choices: Choice<T>[]
  value: T | null
  disabled?: boolean
  onChange: (value: T) => void
}

/** A few answers as big buttons side by side: one tap, all in view. */
export default function ChoiceGroup<T extends string | boolean>({ choices, value, disabled, onChange }: Props<T>) {
  return (
    <View className='choice-group' role='radiogroup'>
      {choices.map((c) => {
        const chosen = c.value === value
        return (
          <View
            key={String(c.value)}
            className={`choice-group__option${chosen ? ` is-chosen is-${c.tone ?? 'fair'}` : ''}${disabled ? ' is-disabled' : ''}`}
            data-testid={c.testId}
            role='radio'
            aria-checked={chosen}
            aria-disabled={disabled}
            onClick={() => !disabled && onChange(c.value)}
          >
            {chosen ? '✓ ' : ''}
            {c.label}
          </View>
        )
      })}
    </View>
  )
}
