import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import type { PointView } from '../../../domain/points/api'
import PageShell from '../../components/PageShell'
import { readParam } from '../../lib/params'
import AtPoint from '../submit/AtPoint'
import BookingDone from './BookingDone'
import BookingFormView from './BookingFormView'
import HomeVisitDone from './HomeVisitDone'
import HomeVisitFormView from './HomeVisitFormView'
import { useBookingForm } from './useBookingForm'
import { useHomeVisitForm } from './useHomeVisitForm'
import '../submit/index.scss'
import './index.scss'

interface Asked {
  category?: string
  topic?: string
  /** open the 上门走访 form first */
  home: boolean
  /** the day to show first (from the 接访公示) */
  date?: string
}

function BookingAtPoint({ point, asked, onHomeVisit }: { point: PointView; asked: Asked; onHomeVisit: () => void }) {
  const form = useBookingForm(point.code, { category: asked.category, topic: asked.topic, date: asked.date })
  return form.result ? <BookingDone booking={form.result} point={point} onAgain={form.again} /> : <BookingFormView point={point} form={form} onHomeVisit={onHomeVisit} />
}

function HomeVisitAtPoint({ point, topic, onBack }: { point: PointView; topic?: string; onBack: () => void }) {
  const form = useHomeVisitForm(point.code, topic)
  return form.result ? <HomeVisitDone visit={form.result} /> : <HomeVisitFormView point={point} form={form} onBack={onBack} />
}

/** The point's two ways: a slot at the point, or a 上门走访. */
function WaysIn({ point, asked }: { point: PointView; asked: Asked }) {
  const [home, setHome] = useState(asked.home)
  const show = (next: boolean) => {
    setHome(next)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  return home ? (
    <HomeVisitAtPoint point={point} topic={asked.home ? asked.topic : undefined} onBack={() => show(false)} />
  ) : (
    <BookingAtPoint point={point} asked={asked.home ? { home: false } : asked} onHomeVisit={() => show(true)} />
  )
}

/**
 * 预约说事 (?point=<code>): book a time at the talk point to talk with the cadres, or ask
 * for a 上门走访 (&home=1). 重新预约 brings the matter along (&category=…&topic=…); the
 * 接访公示 the day of a leader's reception (&date=YYYY-MM-DD).
 */
export default function BookingPage() {
  const params = useRouter().params
  const code = readParam(params.point)
  const asked: Asked = { category: readParam(params.category) ?? undefined, topic: readParam(params.topic) ?? undefined, home: params.home === '1', date: readParam(params.date) ?? undefined }
  return (
    <PageShell className='booking-page'>
      <AtPoint code={code} noPointTestId='booking-no-point'>
        {(point) => <WaysIn point={point} asked={asked} />}
      </AtPoint>
    </PageShell>
  )
}
