import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { boardStaffEventSchemas } from '../../../../domain/board/schemas'
import type { BoardReviewEntry } from '../../../../domain/board/api'
import { REVIEW_REASON_MAX } from '../../../../domain/board/board'
import { RATING_LABELS } from '../../../../domain/matters/handling'
import { formatChinaDateTime } from '../../../../domain/kernel/time'
import { callStaff } from '../../../api/staff'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useSubmit } from '../../lib/useSubmit'

interface Props {
  entry: BoardReviewEntry
  onDone: (entry: BoardReviewEntry) => void
}

/** What the board would show beside what was written and answered. */
function SideBySide({ entry }: { entry: BoardReviewEntry }) {
  return (
    <View className='br-sides'>
      <View className='br-side br-side--public' data-testid='review-redacted'>
        <Text className='br-side__head'>公开后显示</Text>
        <Text className='br-side__label'>居民说</Text>
        <Text className='br-side__text'>{entry.content}</Text>
        <Text className='br-side__label'>答复</Text>
        <Text className='br-side__text'>{entry.answer}</Text>
      </View>
      <View className='br-side br-side--original' data-testid='review-original'>
        <Text className='br-side__head'>原文（不公开）</Text>
        <Text className='br-side__label'>居民说</Text>
        <Text className='br-side__text'>{entry.originalContent}</Text>
        <Text className='br-side__label'>答复</Text>
        <Text className='br-side__text'>{entry.originalAnswer}</Text>
      </View>
    </View>
  )
}

/** One entry waiting: 通过, or 不公开 with a reason the resident reads. One tap sends once. */
export default function ReviewRow({ entry, onDone }: Props) {
  const [refusing, setRefusing] = useState(false)
  const [reason, setReason] = useState('')
  const schema = boardStaffEventSchemas['board.review']
  // an empty reason is no reason: the schema then says one is needed
  const refusal = { action: 'board.review' as const, id: entry.id, approve: false, ...(reason.trim() ? { reason } : {}) }
  const { busy, error, fields, submit, reset } = useSubmit(refusing ? { schema, input: refusal } : undefined)

  const decide = async (approve: boolean) => {
    const input = approve ? { action: 'board.review' as const, id: entry.id, approve: true } : refusal
    const done = await submit(schema, input, (e) => callStaff(e))
    if (done) onDone(done)
  }

  return (
    <View className='br-row card' data-testid='review-row'>
      <View className='br-row__top'>
        <Text className='br-row__title'>
          {entry.category} · {entry.no}
        </Text>
        <Text className='br-row__rating'>
          {RATING_LABELS[entry.rating.level]}，{entry.rating.solved ? '已解决' : '未解决'}
        </Text>
      </View>
      <View className='br-row__meta'>
        {entry.pointName} · {formatChinaDateTime(entry.at)} 申请公开
      </View>
      <SideBySide entry={entry} />
      {refusing ? (
        <View className='br-row__refuse' data-testid='review-refuse-form'>
          <TextInput
            label='不公开的原因（居民会看到）'
            testId='review-reason'
            value={reason}
            error={fields.reason}
            maxLength={REVIEW_REASON_MAX}
            placeholder='例如：涉及邻里矛盾，不宜公开'
            onChange={setReason}
          />
          <SubmitBar
            label='确定不公开'
            busy={busy}
            error={error}
            onSubmit={() => void decide(false)}
            onCancel={() => (reset(), setRefusing(false))}
            testId='review-refuse-submit'
          />
        </View>
      ) : (
        <View className='br-row__buttons'>
          {error ? <Text className='br-row__error' data-testid='review-error'>{error}</Text> : null}
          <Button size='large' className='br-row__button' data-testid='review-refuse' disabled={busy} onClick={() => (reset(), setRefusing(true))}>
            不公开
          </Button>
          <Button type='primary' size='large' className='br-row__button' data-testid='review-approve' loading={busy} disabled={busy} onClick={() => void decide(true)}>
            {busy ? '正在提交…' : '通过'}
          </Button>
        </View>
      )}
    </View>
  )
}
