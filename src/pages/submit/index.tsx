import { useRouter } from '@tarojs/taro'
import type { PointView } from '../../../domain/points/api'
import PageShell from '../../components/PageShell'
import { readParam } from '../../lib/params'
import AtPoint from './AtPoint'
import SubmitFormView from './SubmitFormView'
import SubmitResultView from './SubmitResultView'
import { useSubmitForm } from './useSubmitForm'
import './index.scss'

function RegistrationForm({ point }: { point: PointView }) {
  const form = useSubmitForm(point.code)
  return form.result ? <SubmitResultView result={form.result} /> : <SubmitFormView point={point} form={form} />
}

/** 我要说事 (?point=<code>): the registration form for one talk point. */
export default function SubmitPage() {
  const code = readParam(useRouter().params.point)
  return (
    <PageShell className='submit-page'>
      <AtPoint code={code} noPointTestId='submit-no-point'>
        {(point) => <RegistrationForm point={point} />}
      </AtPoint>
    </PageShell>
  )
}
