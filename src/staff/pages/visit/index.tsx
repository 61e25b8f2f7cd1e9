import { useState } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ClientError } from '../../../api/result'
import type { VisitMatter, VisitView } from '../../../../domain/diary/api'
import { chineseDayOf } from '../../../../domain/kernel/display-dates'
import { STATUS_LABELS } from '../../../../domain/matters/status'
import { VISIT_FORM_LABELS } from '../../../../domain/diary/visits'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { useLoad } from '../../../hooks/useLoad'
import { readParam } from '../../../lib/params'
import InfoRow from '../../components/InfoRow'
import RecordUnavailable from '../../components/RecordUnavailable'
import Sheet from '../../components/Sheet'
import ToItemForm from './ToItemForm'
import '../../components/staff.scss'
import '../diary/diary.scss'

const NO_ACCESS: ClientError = { code: 'NOT_FOUND', message: '没有找到这篇民情日记，或您无权查看' }

function Matters({ title, matters, testId }: { title: string; matters: VisitMatter[]; testId: string }) {
  if (matters.length === 0) return null
  return (
    <>
      <View className='section-title'>{title}</View>
      <View className='card' data-testid={testId}>
        {matters.map((m) => (
          <View
            key={m.id}
            className='visit-link'
            data-testid='visit-matter-link'
            role='link'
            onClick={() => Taro.navigateTo({ url: `/staff/pages/item/index?id=${encodeURIComponent(m.id)}` })}
          >
            <Text>
              {m.no} {m.category} · {STATUS_LABELS[m.status]}
            </Text>
            <Text>›</Text>
          </View>
        ))}
      </View>
    </>
  )
}

function Paragraph({ title, text, testId }: { title: string; text: string; testId: string }) {
  if (!text) return null
  return (
    <>
      <View className='section-title'>{title}</View>
      <View className='card visit-text' data-testid={testId}>
        {text}
      </View>
    </>
  )
}

/** 民情日记 (?id=): one visit in full, the matters it followed up or registered, and 登记为诉求. */
export default function VisitPage() {
  const id = readParam(useRouter().params.id)
  const { state, reload } = useLoad(id ?? '', () => (id ? callStaff({ action: 'visits.get', id }) : Promise.resolve({ ok: false as const, error: NO_ACCESS })))
  const [open, setOpen] = useState(false)
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))

  if (state.status !== 'ready') return <RecordUnavailable className='visit-page' state={state} noAccess={NO_ACCESS} onRetry={() => void reload()} />
  const visit: VisitView = state.data
  return (
    <PageShell className='visit-page'>
      <View className='card' data-testid='visit-view'>
        <View className='sf-card-title'>{VISIT_FORM_LABELS[visit.form]}</View>
        <InfoRow label='日期'>{chineseDayOf(visit.visitedAt)}</InfoRow>
        <InfoRow label='说事点'>{visit.pointName}</InfoRow>
        <InfoRow label='住户' testId='visit-household'>{visit.household.address}</InfoRow>
        <InfoRow label='见到'>{visit.household.met}</InfoRow>
        {visit.mine ? null : <InfoRow label='记录人'>{visit.author.name}</InfoRow>}
      </View>
      <Paragraph title='听到的情况' text={visit.heard} testId='visit-heard' />
      <Paragraph title='住户的困难和诉求' text={visit.difficulties} testId='visit-difficulties' />
      <Paragraph title='办了什么、答应了什么' text={visit.done} testId='visit-done' />
      <Matters title='登记的诉求' matters={visit.items} testId='visit-items' />
      <Matters title='这次回访的事项' matters={visit.follows} testId='visit-follows' />
      {visit.mine ? (
        <View className='diary-actions'>
          <Button type='primary' size='large' data-testid='visit-to-item' onClick={() => setOpen(true)}>
            登记为诉求
          </Button>
        </View>
      ) : null}
      <Sheet title='登记为诉求' open={open} onClose={() => setOpen(false)} testId='staff-form'>
        {open ? (
          <ToItemForm
            visit={visit}
            onCancel={() => setOpen(false)}
            onDone={(item) => {
              setOpen(false)
              Taro.showToast({ title: `已登记 ${item.no}`, icon: 'success' })
              void reload()
            }}
          />
        ) : null}
      </Sheet>
    </PageShell>
  )
}
