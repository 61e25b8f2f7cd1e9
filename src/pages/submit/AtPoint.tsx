import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { PointView } from '../../../domain/points/api'
import { callResident } from '../../api'
import { EmptyState, ErrorState, LoadingState } from '../../components/States'
import { useLoad } from '../../hooks/useLoad'
import PrivacyGate from './PrivacyGate'

interface Props {
  /** null when the link named no point */
  code: string | null
  /** the test id of 没有找到这个说事点 */
  noPointTestId: string
  children: (point: PointView) => ReactNode
}

/** A resident's form at one talk point (说事, 预约): the point read by its code, then the privacy notice, then the form. */
export default function AtPoint({ code, noPointTestId, children }: Props) {
  const { state, reload } = useLoad(code, () => callResident({ action: 'points.get', code: code ?? '' }))
  const home = <Button type='primary' size='large' onClick={() => Taro.switchTab({ url: '/pages/index/index' })}>返回首页选择说事点</Button>
  const noPoint = <EmptyState title='没有找到这个说事点' action={home} testId={noPointTestId} />
  if (!code) return noPoint
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error') {
    const unknown = state.error.code === 'NOT_FOUND' || state.error.code === 'INVALID_INPUT'
    return unknown ? noPoint : <ErrorState error={state.error} onRetry={reload} />
  }
  return <PrivacyGate>{children(state.data)}</PrivacyGate>
}
