import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { PointView } from '../../../domain/api'
import { callResident } from '../../api'
import PageShell from '../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../components/States'
import { useLoad } from '../../hooks/useLoad'
import { readParam } from '../../lib/params'
import PrivacyGate from '../submit/PrivacyGate'
import BookingDone from './BookingDone'
import BookingFormView from './BookingFormView'
import { useBookingForm } from './useBookingForm'
import '../submit/index.scss'
import './index.scss'

function NoSuchPoint() {
  const home = <Button type='primary' size='large' onClick={() => Taro.switchTab({ url: '/pages/index/index' })}>返回首页选择说事点</Button>
  return <EmptyState title='没有找到这个说事点' action={home} testId='booking-no-point' />
}

function BookingAtPoint({ point }: { point: PointView }) {
  const form = useBookingForm(point.code)
  return form.result ? <BookingDone booking={form.result} point={point} onAgain={form.again} /> : <BookingFormView point={point} form={form} />
}

function LoadPoint({ code }: { code: string }) {
  const { state, reload } = useLoad(code, () => callResident({ action: 'points.get', code }))
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error') {
    const unknown = state.error.code === 'NOT_FOUND' || state.error.code === 'INVALID_INPUT'
    return unknown ? <NoSuchPoint /> : <ErrorState error={state.error} onRetry={reload} />
  }
  return (
    <PrivacyGate>
      <BookingAtPoint point={state.data} />
    </PrivacyGate>
  )
}

/** 预约说事 (?point=<code>): book a time at the talk point to talk with the cadres. */
export default function BookingPage() {
  const code = readParam(useRouter().params.point)
  return <PageShell className='booking-page'>{code ? <LoadPoint code={code} /> : <NoSuchPoint />}</PageShell>
}
