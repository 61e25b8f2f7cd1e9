import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ClueFilerView } from '../../../../domain/discipline/api'
import { callStaff } from '../../../api/staff'
import ClueForm from '../../../components/ClueForm'
import PageShell from '../../../components/PageShell'
import { EmptyState, LoadingState } from '../../../components/States'
import { readParam } from '../../../lib/params'
import { loadMe, type Me } from '../../lib/me'
import '../../components/staff.scss'

/**
 * A cadre or leader reports a 违纪线索 (from a matter's page, ?point=, or from 我的): it goes
 * to the committee above the point with their name, and leaves nothing on the matter.
 */
export default function DisciplineFilePage() {
  const point = readParam(useRouter().params.point) || null
  const [me, setMe] = useState<Me | null | 'none'>(null)
  const [done, setDone] = useState<ClueFilerView | null>(null)
  useEffect(() => void loadMe().then((r) => setMe(r.ok ? r.data : 'none')), [])

  if (me === null) return <PageShell className='discipline-file-page'><LoadingState /></PageShell>
  if (me === 'none') return <PageShell className='discipline-file-page'><EmptyState title='仅供在岗的干部和领导使用' testId='clue-file-forbidden' /></PageShell>
  if (done) {
    return (
      <PageShell className='discipline-file-page'>
        <EmptyState
          title={`已报送${done.receiver}党委`}
          description='处理进展和答复可以在「我的 → 反映违纪问题」里查看。'
          testId='clue-file-done'
          action={
            <Button type='primary' size='large' onClick={() => void Taro.navigateBack().catch(() => undefined)}>
              返回
            </Button>
          }
        />
      </PageShell>
    )
  }
  return (
    <PageShell className='discipline-file-page'>
      <View className='card sf-muted'>以您的工作人员身份报送，上级党委联系人会看到您的姓名。</View>
      <ClueForm
        points={me.pointsDetail.map((p) => ({ code: p.code, name: p.name }))}
        initialPoint={point}
        loadPeople={(pointCode) => callStaff({ action: 'discipline.people', pointCode })}
        send={(e) => callStaff({ action: 'discipline.file', ...e })}
        onFiled={setDone}
      />
    </PageShell>
  )
}
