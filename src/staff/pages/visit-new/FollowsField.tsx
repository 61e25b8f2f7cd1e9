import { Text, View } from '@tarojs/components'
import type { VisitCandidate } from '../../../../domain/diary/api'
import type { LoadState } from '../../../hooks/useLoad'
import Field from '../../components/Field'

const WHY: Record<VisitCandidate['why'], string> = { replied: '已答复', unsatisfied: '不满意', proxy: '代登记' }

/** 回访: the cadre's matters at the point this visit may follow up; any number may be ticked. */
export default function FollowsField({ state, value, error, onChange }: {
  state: LoadState<{ items: VisitCandidate[] }>
  value: string[]
  error?: string
  onChange: (ids: string[]) => void
}) {
  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id])
  let body
  if (state.status === 'loading') body = <Text className='sf-muted'>正在加载您的事项…</Text>
  else if (state.status === 'error') body = <Text className='sf-muted'>事项没有加载出来：{state.error.message}</Text>
  else if (state.data.items.length === 0) body = <Text className='sf-muted'>您在这个说事点没有待回访的事项</Text>
  else
    body = (
      <View className='sf-chips'>
        {state.data.items.map((i) => (
          <View
            key={i.id}
            className={`sf-chip${value.includes(i.id) ? ' is-selected' : ''}`}
            data-testid='visit-follow'
            role='checkbox'
            aria-checked={value.includes(i.id)}
            onClick={() => toggle(i.id)}
          >
            {i.no} {i.category}（{WHY[i.why]}）
          </View>
        ))}
      </View>
    )
  return (
    <Field label='这次回访的事项' optional error={error} hint='答复后、不满意后或代登记后的回访，选上对应的事项'>
      {body}
    </Field>
  )
}
