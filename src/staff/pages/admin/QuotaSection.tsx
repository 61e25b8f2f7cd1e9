import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { InputNumber } from '@nutui/nutui-react-taro'
import type { VisitQuotaView } from '../../../../domain/diary/api'
import { diaryEventSchemas } from '../../../../domain/diary/schemas'
import { QUOTA_LIMIT } from '../../../../domain/diary/visits'
import { callStaff } from '../../../api/staff'
import { useLoad } from '../../../hooks/useLoad'
import { ErrorState, LoadingState } from '../../../components/States'
import Field from '../../components/Field'
import Sheet from '../../components/Sheet'
import SubmitBar from '../../components/SubmitBar'
import { useSubmit } from '../../lib/useSubmit'

const quotaWords = (q: VisitQuotaView) => `${q.min === 0 ? '不作要求，最多' : `${q.min}–`}${q.max} 户${q.isDefault ? '（默认）' : ''}`

function QuotaForm({ quota, onDone, onCancel }: { quota: VisitQuotaView; onDone: (q: VisitQuotaView) => void; onCancel: () => void }) {
  const [min, setMin] = useState(quota.min)
  const [max, setMax] = useState(quota.max)
  const input = { action: 'visits.setQuota', pointCode: quota.pointCode, min, max }
  const form = useSubmit({ schema: diaryEventSchemas['visits.setQuota'], input })
  const send = async () => {
    const saved = await form.submit(diaryEventSchemas['visits.setQuota'], input, (event) => callStaff(event))
    if (saved) onDone(saved)
  }
  return (
    <View data-testid='form-quota'>
      <View className='sf-note'>{quota.pointName}的每位干部每月至少走访几户、最多记几户。最少填 0 表示不作要求。</View>
      <Field label='每月最少（户）' error={form.fields.min}>
        <InputNumber value={min} min={0} max={QUOTA_LIMIT} onChange={(v) => setMin(Number(v))} />
      </Field>
      <Field label='每月最多（户）' error={form.fields.max}>
        <InputNumber value={max} min={1} max={QUOTA_LIMIT} onChange={(v) => setMax(Number(v))} />
      </Field>
      <SubmitBar label='保存' busy={form.busy} error={form.error} onSubmit={() => void send()} onCancel={onCancel} />
    </View>
  )
}

/** 走访: per point, how many households each cadre visits a month (default DIARY.quota in policy/defaults.ts). */
export default function QuotaSection() {
  const { state, reload } = useLoad('quotas', () => callStaff({ action: 'visits.quotas' }))
  const [quotas, setQuotas] = useState<VisitQuotaView[]>([])
  const [editing, setEditing] = useState<VisitQuotaView | null>(null)
  useEffect(() => {
    if (state.status === 'ready') setQuotas(state.data.quotas)
  }, [state])

  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={() => void reload()} />
  return (
    <View data-testid='quotas'>
      <View className='card'>
        <View className='sf-card-title'>民情日记：每月走访户数</View>
        <Text className='sf-muted'>干部每月入户走访（主动家访、定期回访）的户数要求，按说事点设置；点一行即可修改。</Text>
        {quotas.map((q) => (
          <View key={q.pointCode} className='routing-row' data-testid={`quota-row-${q.pointCode}`} onClick={() => setEditing(q)}>
            <Text className='routing-row__category'>{q.pointName}</Text>
            <Text className='routing-row__cadre'>{quotaWords(q)}</Text>
            <Text className='routing-row__edit'>修改</Text>
          </View>
        ))}
      </View>
      <Sheet title='每月走访户数' open={editing !== null} onClose={() => setEditing(null)}>
        {editing ? (
          <QuotaForm
            key={editing.pointCode}
            quota={editing}
            onCancel={() => setEditing(null)}
            onDone={(saved) => {
              setQuotas((qs) => qs.map((q) => (q.pointCode === saved.pointCode ? saved : q)))
              setEditing(null)
              Taro.showToast({ title: '已保存', icon: 'success' })
            }}
          />
        ) : null}
      </Sheet>
    </View>
  )
}
