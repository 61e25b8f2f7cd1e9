import { useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { DeskBooking } from '../../../../domain/booking/api'
import type { StaffItemDetail } from '../../../../domain/matters/api'
import { noShowWords } from '../../../../domain/booking/rules'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { ErrorState, LoadingState } from '../../../components/States'
import { PRIMARY_HEX } from '../../../lib/theme'
import DateField from '../../components/DateField'
import Sheet from '../../components/Sheet'
import { loadMe, type Me } from '../../lib/me'
import CancelForm from './CancelForm'
import DeskDay from './DeskDay'
import type { RowAction } from './DeskRow'
import ToItemForm from './ToItemForm'
import { useDesk } from './useDesk'
import WalkInForm from './WalkInForm'
import '../../components/staff.scss'
import './index.scss'

type Open = { form: 'cancel' | 'toItem' | 'onSpot'; booking: DeskBooking } | { form: 'walkIn' } | null

const TITLES = { cancel: '取消预约', toItem: '登记为诉求', onSpot: '当场答复', walkIn: '代登记' } as const

const confirmNoShow = (b: DeskBooking) =>
  Taro.showModal({
    title: '居民没有来？',
    content: `${b.name} 预约了 ${b.start}。记为未到后不能改回；${noShowWords()}。`,
    confirmText: '记为未到',
    confirmColor: PRIMARY_HEX,
    cancelText: '再等等',
  })
    .then((res) => res.confirm)
    .catch(() => false)

const openItem = (id: string) => Taro.navigateTo({ url: `/staff/pages/item/index?id=${id}` })

/**
 * 值班台: a day's bookings at the caller's points in time order, under their openings; 到场,
 * 未到, 取消, then 登记为诉求 or 当场答复; and 代登记 for whoever walks in.
 */
export default function DeskPage() {
  const desk = useDesk()
  const [me, setMe] = useState<Me | null>(null)
  const [date, setDate] = useState<string | null>(null)
  const [point, setPoint] = useState<string | null>(null)
  const [open, setOpen] = useState<Open>(null)
  const [working, setWorking] = useState<string | null>(null)
  const inFlight = useRef(false)

  useEffect(() => void loadMe().then((reply) => reply.ok && setMe(reply.data)), [])
  // on every show: back from a matter, the desk is as it is now
  useDidShow(() => void desk.load(date, point, desk.state.status === 'ready'))
  usePullDownRefresh(() => void desk.load(date, point, true).finally(() => Taro.stopPullDownRefresh()))

  const pick = (nextDate: string | null, nextPoint: string | null) => {
    setDate(nextDate)
    setPoint(nextPoint)
    void desk.load(nextDate, nextPoint)
  }

  /** 到场 and 未到: one at a time, the row answered by the server. */
  const settle = async (b: DeskBooking, action: 'booking.checkIn' | 'booking.noShow') => {
    if (inFlight.current) return
    inFlight.current = true
    setWorking(b.id)
    try {
      const reply = await callStaff({ action, id: b.id })
      if (reply.ok) {
        desk.replace(reply.data)
        Taro.showToast({ title: action === 'booking.checkIn' ? '已到场' : '已记为未到', icon: 'success' })
      } else Taro.showToast({ title: reply.error.message, icon: 'none' })
    } finally {
      inFlight.current = false
      setWorking(null)
    }
  }

  const onAction = async (b: DeskBooking, a: RowAction) => {
    if (a === 'checkIn') return settle(b, 'booking.checkIn')
    if (a === 'noShow') return (await confirmNoShow(b)) && settle(b, 'booking.noShow')
    if (a === 'open') return b.itemId && openItem(b.itemId)
    setOpen({ form: a, booking: b })
  }

  const registered = (item: StaffItemDetail, booking?: DeskBooking) => {
    if (booking) desk.replace({ ...booking, status: 'checkedIn', itemId: item.id })
    setOpen(null)
    void openItem(item.id)
  }

  const points = me?.pointsDetail ?? []
  const shownPoints = point ? points.filter((p) => p.code === point) : points
  const ready = desk.state.status === 'ready' ? desk.state.page : null
  const isToday = ready !== null && ready.date === desk.today

  let body
  if (desk.state.status === 'loading') body = <LoadingState />
  else if (desk.state.status === 'error') body = <ErrorState error={desk.state.error} onRetry={() => void desk.load(date, point)} />
  else body = <DeskDay page={desk.state.page} today={isToday} points={points} working={working} onAction={onAction} onOpenItem={(id) => void openItem(id)} />

  return (
    <PageShell className='desk-page'>
      <View className='desk-head'>
        <Text className='desk-head__title'>{me ? `${me.name}的值班台` : '值班台'}</Text>
        <Button type='primary' size='large' className='desk-head__walk-in' data-testid='desk-walk-in' disabled={!me || shownPoints.length === 0} onClick={() => setOpen({ form: 'walkIn' })}>
          代登记
        </Button>
      </View>
      {points.length > 1 ? (
        <View className='sf-chips desk-points' data-testid='desk-points'>
          <View className={`sf-chip${point === null ? ' is-selected' : ''}`} data-testid='desk-point-all' onClick={() => pick(date, null)}>
            全部说事点
          </View>
          {points.map((p) => (
            <View key={p.code} className={`sf-chip${point === p.code ? ' is-selected' : ''}`} data-testid={`desk-point-${p.code}`} onClick={() => pick(date, p.code)}>
              {p.name}
            </View>
          ))}
        </View>
      ) : null}
      <DateField label='日期' testId='desk-date' value={ready?.date ?? date ?? ''} onChange={(d) => pick(d === desk.today ? null : d, point)} />
      {ready && !isToday && desk.today ? (
        <View className='sf-chip desk-today' data-testid='desk-back-today' onClick={() => pick(null, point)}>
          回到今天
        </View>
      ) : null}
      {body}

      <Sheet title={open ? TITLES[open.form] : ''} open={open !== null} onClose={() => setOpen(null)} testId='desk-form'>
        {open?.form === 'cancel' ? (
          <CancelForm booking={open.booking} onCancel={() => setOpen(null)} onDone={(b) => (desk.replace(b), setOpen(null), Taro.showToast({ title: '已取消预约', icon: 'success' }))} />
        ) : null}
        {open?.form === 'toItem' || open?.form === 'onSpot' ? (
          <ToItemForm key={`${open.form}-${open.booking.id}`} booking={open.booking} onSpot={open.form === 'onSpot'} me={me} onCancel={() => setOpen(null)} onDone={(item) => registered(item, open.booking)} />
        ) : null}
        {open?.form === 'walkIn' && me ? <WalkInForm me={me} points={shownPoints} onCancel={() => setOpen(null)} onDone={(item) => registered(item)} /> : null}
      </Sheet>
    </PageShell>
  )
}
