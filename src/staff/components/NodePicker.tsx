import { Text, View } from '@tarojs/components'
import type { OrgRow } from '../lib/org-rows'
import Field from './Field'
import './NodePicker.scss'

interface Props {
  label: string
  rows: readonly OrgRow[]
  value: string | null
  /** each row gets `${testPrefix}-${code}` */
  testPrefix: string
  error?: string
  hint?: string
  onChange: (code: string) => void
}

/** One place in the tree, picked from the tree itself (indented by level): nobody types a code. */
export default function NodePicker({ label, rows, value, testPrefix, error, hint, onChange }: Props) {
  return (
    <Field label={label} error={error} hint={hint}>
      <View className='node-picker' role='radiogroup'>
        {rows.length === 0 ? <Text className='sf-muted'>没有可以选择的节点</Text> : null}
        {rows.map((r) => (
          <View
            key={`${r.kind}-${r.code}`}
            className={`node-picker__row${r.code === value ? ' is-selected' : ''}`}
            style={{ paddingLeft: `${16 + r.depth * 28}px` }}
            data-testid={`${testPrefix}-${r.code}`}
            role='radio'
            aria-checked={r.code === value}
            onClick={() => onChange(r.code)}
          >
            <Text className='node-picker__name'>
              {r.code === value ? '✓ ' : ''}
              {r.name}
            </Text>
            <Text className='node-picker__note'>{r.note}</Text>
          </View>
        ))}
      </View>
    </Field>
  )
}
