import { useState, type ReactNode } from 'react'
import { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { HouseholdView } from '../../../../domain/areas/api'
import type { SupportPlanView } from '../../../../domain/support/api'
import { HOUSEHOLD_FLAG_LABELS } from '../../../../domain/areas/households'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import { useLoad } from '../../../hooks/useLoad'
import { readParam } from '../../../lib/params'
import HouseholdForm from './HouseholdForm'
import MoveOut from './MoveOut'
import SupportPlan from './SupportPlan'
import '../../components/staff.scss'
import './area.scss'

type Open = { kind: 'add' } | { kind: 'edit'; h: HouseholdView } | { kind: 'moveOut'; h: HouseholdView } | null

function HouseholdRow({ h, onEdit, onMoveOut, children }: { h: HouseholdView; onEdit: () => void; onMoveOut: () => void; children?: ReactNode }) {
  const gone = h.status !== 'active'
  return (
    <View className={`household${gone ? ' household--gone' : ''}`} data-testid={`household-${h.id}`}>
      <View className='household__head'>
        <Text className='household__address'>{h.address}</Text>
        <Text className='household__members'>{gone ? '已迁出' : `${h.members} 人`}</Text>
      </View>
      <Text className='household__line'>户主：{h.head}</Text>
      {h.flags.length ? (
        <View className='sf-flags'>
          {h.flags.map((f) => (
            <Text key={f} className='sf-flag household__flag' data-testid={`household-tag-${f}`}>
              {HOUSEHOLD_FLAG_LABELS[f]}
            </Text>
          ))}
        </View>
      ) : null}
      {h.note ? <Text className='household__line sf-muted'>{h.note}</Text> : null}
      {children}
      {gone ? null : (
        <View className='sf-chips'>
          <View className='sf-chip' data-testid={`household-edit-${h.id}`} onClick={onEdit}>修改</View>
          <View className='sf-chip' data-testid={`household-out-${h.id}`} onClick={onMoveOut}>迁出</View>
        </View>
      )}
    </View>
  )
}

/** 片区住户: the area's households, each with its flags; add or edit one, or record that it moved out. */
export default function AreaPage() {
  const id = readParam(useRouter().params.id)
  const [open, setOpen] = useState<Open>(null)
  const list = useLoad(id, () => callStaff({ action: 'households.list', area: id! }))
  // the area's 帮扶 plans, read once for all its households
  const plans = useLoad(id, () => callStaff({ action: 'support.list', area: id! }))
  useDidShow(() => {
    if (id && list.state.status !== 'loading') void list.reload()
    if (id && plans.state.status !== 'loading') void plans.reload()
  })
  const done = () => {
    setOpen(null)
    void list.reload()
  }
  const s = list.state
  if (!id) return <PageShell className='area-page'><EmptyState title='没有指定片区' /></PageShell>
  if (s.status === 'loading') return <PageShell className='area-page'><LoadingState /></PageShell>
  if (s.status === 'error') {
    return (
      <PageShell className='area-page'>
        {s.error.code === 'FORBIDDEN' ? <EmptyState title='这个片区不是您负责的' description='住户信息只有负责的干部和说事点领导能看' testId='area-forbidden' /> : <ErrorState error={s.error} onRetry={() => void list.reload()} />}
      </PageShell>
    )
  }
  const { area, households } = s.data
  const living = households.filter((h) => h.status === 'active')
  const gone = households.filter((h) => h.status !== 'active')
  const planOf = (household: string): SupportPlanView | null | undefined =>
    plans.state.status === 'ready' ? (plans.state.data.plans.find((p) => p.household === household) ?? null) : undefined
  return (
    <PageShell className='area-page'>
      <View className='card area-card' data-testid='area-head'>
        <Text className='area-card__name'>{area.name}</Text>
        <Text className='area-card__line'>楼栋、村组：{area.units.join('、')}</Text>
        <Text className='area-card__line'>负责干部：{area.cadre.name} · 现有 {area.households} 户</Text>
      </View>
      {open?.kind === 'add' ? <HouseholdForm area={area.id} editing={null} onSaved={done} onCancel={() => setOpen(null)} /> : null}
      {open?.kind === 'edit' ? <HouseholdForm key={open.h.id} area={area.id} editing={open.h} onSaved={done} onCancel={() => setOpen(null)} /> : null}
      {open?.kind === 'moveOut' ? <MoveOut household={open.h} onDone={done} onCancel={() => setOpen(null)} /> : null}
      {open === null && area.active ? (
        <Button type='primary' size='large' block data-testid='household-new' onClick={() => setOpen({ kind: 'add' })}>
          添加住户
        </Button>
      ) : null}
      {plans.state.status === 'error' ? (
        <View className='card' data-testid='support-plans-error'>
          <ErrorState title='帮扶计划没能读出来' error={plans.state.error} onRetry={() => void plans.reload()} />
        </View>
      ) : null}
      {living.length === 0 ? (
        <EmptyState title='片区里还没有住户' description='一户一户添加，走访时也可以在民情日记里顺手添加' testId='households-empty' />
      ) : (
        <View className='card' data-testid='households'>
          {living.map((h) => (
            <HouseholdRow key={h.id} h={h} onEdit={() => setOpen({ kind: 'edit', h })} onMoveOut={() => setOpen({ kind: 'moveOut', h })}>
              {h.flags.includes('hardship') && plans.state.status !== 'error' ? (
                <SupportPlan household={h.id} head={h.head} plan={planOf(h.id)} cadreName={area.cadre.name} onChanged={() => void plans.reload()} />
              ) : null}
            </HouseholdRow>
          ))}
        </View>
      )}
      {gone.length ? (
        <View className='card' data-testid='households-gone'>
          <Text className='area-card__line'>已迁出（{gone.length} 户）</Text>
          {gone.map((h) => (
            <HouseholdRow key={h.id} h={h} onEdit={() => undefined} onMoveOut={() => undefined} />
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}
