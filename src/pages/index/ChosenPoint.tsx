import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { callResident } from '../../api'
import { ErrorState, LoadingState } from '../../components/States'
import { useLoad } from '../../hooks/useLoad'
import PointCard from './PointCard'
import PointPublicNotices from './PointPublicNotices'

interface Props {
  code: string
  /** The point is found: remember it. */
  onFound: (code: string) => void
  /** There is no such point (a bad QR code, or one that closed). */
  onUnknown: () => void
  onChange: () => void
}

/** Loads and shows one talk point by its code. */
export default function ChosenPoint({ code, onFound, onUnknown, onChange }: Props) {
  const { state, reload } = useLoad(code, () => callResident({ action: 'points.get', code }))
  const unknown = state.status === 'error' && (state.error.code === 'NOT_FOUND' || state.error.code === 'INVALID_INPUT')

  useEffect(() => {
    if (unknown) onUnknown()
    else if (state.status === 'ready') onFound(code)
  }, [state, unknown, code, onFound, onUnknown])

  if (state.status === 'loading' || unknown) return <LoadingState />
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />

  const start = () => Taro.navigateTo({ url: `/pages/submit/index?point=${encodeURIComponent(code)}` })
  const book = (home?: boolean) => Taro.navigateTo({ url: `/pages/booking/index?point=${encodeURIComponent(code)}${home ? '&home=1' : ''}` })
  return (
    <>
      <PointCard point={state.data} onStart={start} onBook={book} onChange={onChange} />
      <PointPublicNotices code={code} />
    </>
  )
}
