import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import type { PublicPlanView } from '../../../domain/studio/api'
import { RATING_LABELS, RATING_LEVELS, type RatingLevel } from '../../../domain/matters/handling'
import { quarterWords } from '../../../domain/studio/ratings'
import { callResident } from '../../api/resident'
import SendButton from '../../components/SendButton'
import { InlineAlert } from '../../components/States'

/** 评议: how the resident finds the studio this quarter, once; the rating given is shown instead of the form. */
export default function RateForm({ plan, onRated }: { plan: PublicPlanView; onRated: () => void }) {
  const [level, setLevel] = useState<RatingLevel | null>(null)
  const [opinion, setOpinion] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (plan.myRating) {
    return (
      <View className='studio-card card' data-testid='studio-rated'>
        <Text className='studio-card__title'>{quarterWords(plan.quarter)}评议</Text>
        <Text className='studio-card__text'>您的评议：{RATING_LABELS[plan.myRating.level]}。谢谢您！</Text>
      </View>
    )
  }
  const send = async () => {
    if (!level) return setError('请选择满意、基本满意或不满意')
    setBusy(true)
    setError(null)
    const r = await callResident({ action: 'studio.rate', pointCode: plan.pointCode, quarter: plan.quarter, level, opinion })
    setBusy(false)
    if (r.ok) onRated()
    else setError(r.error.message)
  }
  return (
    <View className='studio-card card' data-testid='studio-rate'>
      <Text className='studio-card__title'>评议工作室（{quarterWords(plan.quarter)}）</Text>
      <Text className='studio-card__text'>您对两代表工作室这个季度的工作满意吗？每季度评一次。</Text>
      <View className='studio-levels'>
        {RATING_LEVELS.map((l) => (
          <View key={l} className={`studio-level${level === l ? ' studio-level--on' : ''}`} role='radio' aria-checked={level === l} data-testid={`studio-level-${l}`} onClick={() => setLevel(l)}>
            {RATING_LABELS[l]}
          </View>
        ))}
      </View>
      <Textarea className='studio-input' value={opinion} maxlength={300} placeholder='意见和建议（可不填）' data-testid='studio-opinion' onInput={(e) => setOpinion(e.detail.value)} />
      {error ? <InlineAlert message={error} testId='studio-rate-error' /> : null}
      <SendButton label='提交评议' busyLabel='正在提交…' busy={busy} className='studio-send' testId='studio-rate-send' onClick={() => void send()} />
    </View>
  )
}
