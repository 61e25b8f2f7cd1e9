import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { PointView } from '../../../domain/points/api'
import { callResident } from '../../api'
import PageShell from '../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../components/States'
import { useLoad } from '../../hooks/useLoad'
import { readParam } from '../../lib/params'
import PrivacyGate from './PrivacyGate'
import SubmitFormView from './SubmitFormView'
import SubmitResultView from './SubmitResultView'
import { useSubmitForm } from './useSubmitForm'
import './index.scss'

function NoSuchPoint() {
  const home = <Button type='primary' size='large' onClick={() => Taro.switchTab({ url: '/pages/index/index' })}>返回首页选择说事点</Button>
  return <EmptyState title='没有找到这个说事点' action={home} testId='submit-no-point' />
}

function RegistrationForm({ point }: { point: PointView }) {
  const form = useSubmitForm(point.code)
  return form.result ? <SubmitResultView result={form.result} /> : <SubmitFormView point={point} form={form} />
}

function SubmitAtPoint({ code }: { code: string }) {
  const { state, reload } = useLoad(code, () => callResident({ action: 'points.get', code }))
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error') {
    const unknown = state.error.code === 'NOT_FOUND' || state.error.code === 'INVALID_INPUT'
    return unknown ? <NoSuchPoint /> : <ErrorState error={state.error} onRetry={reload} />
  }
  return (
    <PrivacyGate>
      <RegistrationForm point={state.data} />
    </PrivacyGate>
  )
}

/** 我要说事 (?point=<code>): the registration form for one talk point. */
export default function SubmitPage() {
  const code = readParam(useRouter().params.point)
  return <PageShell className='submit-page'>{code ? <SubmitAtPoint code={code} /> : <NoSuchPoint />}</PageShell>
}
