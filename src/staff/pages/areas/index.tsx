import { useEffect, useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { AreaView } from '../../../../domain/areas/api'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import { useLoad } from '../../../hooks/useLoad'
import { readParam } from '../../../lib/params'
import PointPicker from '../../components/PointPicker'
import { loadMe, type Me } from '../../lib/me'
import AreaForm from './AreaForm'
import '../../components/staff.scss'
import '../area/area.scss'

function AreaCard({ a, manage, onEdit, onRetired }: { a: AreaView; manage: boolean; onEdit: () => void; onRetired: () => void }) {
  const [busy, setBusy] = useState(false)
  const retire = async () => {
    const ok = await Taro.showModal({ title: '撤销片区', content: `撤销「${a.name}」？撤销后不再显示。` })
    if (!ok.confirm || busy) return
    setBusy(true)
    const r = await callStaff({ action: 'areas.retire', id: a.id })
    setBusy(false)
    if (r.ok) onRetired()
    else void Taro.showModal({ title: '没有撤销', content: r.error.message, showCancel: false })
  }
  return (
    <View className='card area-card' data-testid={`area-${a.id}`}>
      <View className='area-card__head' role='link' onClick={() => void Taro.navigateTo({ url: `/staff/pages/area/index?id=${encodeURIComponent(a.id)}` })}>
        <Text className='area-card__name'>{a.name}</Text>
        <Text className='area-card__count'>{a.households} 户 ›</Text>
      </View>
      <Text className='area-card__line'>楼栋、村组：{a.units.join('、')}</Text>
      <Text className='area-card__line'>负责干部：{a.cadre.name}{a.mine ? '（我）' : ''}</Text>
      {manage ? (
        <View className='sf-chips'>
          <View className='sf-chip' data-testid={`area-edit-${a.id}`} onClick={onEdit}>修改、换人</View>
          <View className='sf-chip' data-testid={`area-retire-${a.id}`} onClick={() => void retire()}>撤销</View>
        </View>
      ) : null}
    </View>
  )
}

/** 包片: a leader divides the point into areas and assigns each to a cadre; a cadre sees the areas they answer for. */
export default function AreasPage() {
  const asked = readParam(useRouter().params.code)
  const [me, setMe] = useState<Me | null>(null)
  const [point, setPoint] = useState<string | null>(asked || null)
  const [form, setForm] = useState<{ editing: AreaView | null } | null>(null)
  useEffect(() => {
    void loadMe().then((r) => {
      if (!r.ok) return
      setMe(r.data)
      setPoint((p) => p ?? r.data.pointsDetail[0]?.code ?? null)
    })
  }, [])
  const list = useLoad(point, () => callStaff({ action: 'areas.list', pointCode: point! }))
  useDidShow(() => {
    if (point) void list.reload()
  })

  let body
  const s = list.state
  if (!point || s.status === 'loading') body = <LoadingState />
  else if (s.status === 'error') {
    body = s.error.code === 'FORBIDDEN' ? <EmptyState title='包片仅供本点干部和领导使用' testId='areas-forbidden' /> : <ErrorState error={s.error} onRetry={() => void list.reload()} />
  } else {
    const manage = s.data.mayManage
    body = (
      <View data-testid='areas-list'>
        {manage && !form ? (
          <Button type='primary' size='large' block data-testid='area-new' onClick={() => setForm({ editing: null })}>
            新建片区
          </Button>
        ) : null}
        {manage && form ? <AreaForm pointCode={point} editing={form.editing} onSaved={() => { setForm(null); void list.reload() }} onCancel={() => setForm(null)} /> : null}
        {s.data.areas.length === 0 ? (
          <EmptyState title={manage ? '还没有划分片区' : '您还没有负责的片区'} description={manage ? '把说事点按楼栋、村组分成几片，每片交给一位干部' : '请说事点领导给您分配片区'} testId='areas-empty' />
        ) : (
          s.data.areas.map((a) => <AreaCard key={a.id} a={a} manage={manage} onEdit={() => setForm({ editing: a })} onRetired={() => void list.reload()} />)
        )}
      </View>
    )
  }
  return (
    <PageShell className='areas-page'>
      <View className='sf-note'>每位干部包一片，熟悉片里的每一户（四知四清四掌握）。住户信息只有负责的干部和说事点领导能看，领导每次查看都会留下记录。</View>
      <PointPicker points={me?.pointsDetail ?? []} value={point} onPick={(code) => { setForm(null); setPoint(code) }} />
      {body}
    </PageShell>
  )
}
