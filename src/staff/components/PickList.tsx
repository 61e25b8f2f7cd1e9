import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import Field from './Field'

export interface Pickable {
  id: string
  title: string
  detail: string
  /** a note beside it, e.g. already on a planned meeting */
  tag?: ReactNode
}

interface Props {
  label: string
  items: Pickable[]
  selected: string[]
  error?: string
  hint?: string
  /** nothing ticked is fine */
  optional?: boolean
  onChange: (ids: string[]) => void
}

/** Matters to take along, each a big row to tick: the number and category, then its words. */
export default function PickList({ label, items, selected, error, hint, optional, onChange }: Props) {
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id])
  return (
    <Field label={label} error={error} hint={hint} optional={optional}>
      <View className='pick-list' role='group'>
        {items.map((i) => {
          const on = selected.includes(i.id)
          return (
            <View
              key={i.id}
              className={`pick-row${on ? ' is-selected' : ''}`}
              data-testid={`pick-${i.id}`}
              role='checkbox'
              aria-checked={on}
              onClick={() => toggle(i.id)}
            >
              <Text className='pick-row__box'>{on ? '✓' : ''}</Text>
              <View className='pick-row__body'>
                <View className='pick-row__title'>
                  {i.title}
                  {i.tag ? <Text className='pick-row__tag'>{i.tag}</Text> : null}
                </View>
                <View className='pick-row__detail'>{i.detail}</View>
              </View>
            </View>
          )
        })}
      </View>
    </Field>
  )
}
