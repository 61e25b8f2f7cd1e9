import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { StrandedBooking, StrandedPage } from '../../../../domain/schedule/api'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import { dayLabel, timeRange } from '../../../lib/bookingText'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import Sheet from '../../components/Sheet'
import { CancelForm, MoveForm } from './StrandedForms'

type Loaded = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; page: StrandedPage }
type Acting = { booking: StrandedBooking; action: 'move' | 'cancel' }

/**
 * 待处理预约: bookings the schedule no longer holds (the resident still sees them as
 * booked). Each is moved to another slot or cancelled, with a reason the resident reads.
 */
export default function StrandedSection({ pointCode, version, onChanged }: { pointCode: string; version: number; onChanged: () => void }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [acting, setActing] = useState<Acting | null>(null)

  const load = useCallback(async () => {
    const reply = await callStaff({ action: 'schedule.stranded', pointCode })
    setLoaded(reply.ok ? { status: 'ready', page: reply.data } : { status: 'error', error: reply.error })
  }, [pointCode])

  useEffect(() => void load(), [load, version])

  const done = (text: string) => {
    setActing(null)
    Taro.showToast({ title: text, icon: 'none' })
    void load()
    onChanged()
  }

  if (loaded.status === 'loading') return <LoadingState />
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={() => void load()} />
  const { bookings, choices } = loaded.page
  return (
    <View data-testid='stranded'>
      {bookings.length === 0 ? <EmptyState title='没有待处理的预约' description='排班改动后不在新排班里的预约会列在这里' testId='stranded-empty' /> : null}
      {bookings.length > 0 ? <View className='sf-note'>下列预约不在现在的排班里。居民仍看到原来的时间，请逐个改约或取消，并说明原因。</View> : null}
      {bookings.map((b) => (
        <View key={b.id} className='card sched-stranded' data-testid='stranded-row'>
          <Text className='sched-row__when'>
            {dayLabel(b.date)} {timeRange(b.start, b.end)}
          </Text>
          <Text className='sched-closed-reason'>{b.reason}</Text>
          <Text className='sf-muted'>
            {b.name} {b.phone} · {b.category}：{b.topic}
          </Text>
          <View className='sched-stranded__actions'>
            <Button type='primary' size='large' data-testid='stranded-move' onClick={() => setActing({ booking: b, action: 'move' })}>
              改约
            </Button>
            <Button size='large' data-testid='stranded-cancel' onClick={() => setActing({ booking: b, action: 'cancel' })}>
              取消预约
            </Button>
          </View>
        </View>
      ))}
      <Sheet title={acting?.action === 'move' ? '改约到其他时段' : '取消预约'} open={acting !== null} onClose={() => setActing(null)}>
        {acting?.action === 'move' ? <MoveForm booking={acting.booking} choices={choices} onDone={done} onCancel={() => setActing(null)} /> : null}
        {acting?.action === 'cancel' ? <CancelForm booking={acting.booking} onDone={done} onCancel={() => setActing(null)} /> : null}
      </Sheet>
    </View>
  )
}
