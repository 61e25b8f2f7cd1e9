import { useMemo, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '../../../components/PageShell'
import { ErrorState, InlineAlert, LoadingState } from '../../../components/States'
import { readParam } from '../../../lib/params'
import Sheet from '../../components/Sheet'
import ExceptionForm from './ExceptionForm'
import MonthSection, { monthLabel } from './MonthSection'
import { monthPlan } from './monthPlan'
import PointChooser from './PointChooser'
import RuleForm from './RuleForm'
import StrandedSection from './StrandedSection'
import { useSchedule, type ScheduleEditor } from './useSchedule'
import { ExceptionsSection, WeeklySection } from './WeeklySection'
import '../../components/staff.scss'
import './index.scss'

type Tab = 'month' | 'rules' | 'exceptions' | 'stranded'
type Editing = { what: 'rule'; index: number | null } | { what: 'exception'; index: number | null; start?: { date: string; kind: 'closed' | 'extra' } }

/** 有未保存的修改: save (once at a time) or throw the edits away; a stale save says so. */
function SaveBar({ editor, onSaved }: { editor: ScheduleEditor; onSaved: (stranded: number) => void }) {
  if (!editor.dirty) return null
  const conflict = editor.saveError?.code === 'CONFLICT' || editor.stale
  return (
    <View className='sched-savebar' data-testid='schedule-savebar'>
      {editor.saveError ? <InlineAlert message={editor.saveError.message} testId='schedule-save-error' /> : null}
      {!editor.saveError && editor.stale ? <InlineAlert message='排班已被他人修改，请放弃您的修改并刷新后再改' testId='schedule-save-error' /> : null}
      <Text className='sched-savebar__text'>有未保存的修改，保存后居民才会看到</Text>
      <View className='sf-submit__buttons'>
        <Button size='large' className='sf-submit__cancel' disabled={editor.saving} data-testid='schedule-discard' onClick={editor.discard}>
          {conflict ? '放弃修改并刷新' : '放弃修改'}
        </Button>
        <Button type='primary' size='large' className='sf-submit__go' loading={editor.saving} disabled={editor.saving} data-testid='schedule-save' onClick={() => void editor.save().then((saved) => saved && onSaved(saved.stranded))}>
          {editor.saving ? '正在保存…' : '保存排班'}
        </Button>
      </View>
    </View>
  )
}

function ScheduleBody({ pointCode }: { pointCode: string }) {
  const editor = useSchedule(pointCode)
  const [tab, setTab] = useState<Tab>('month')
  const [shownMonth, setShownMonth] = useState(0)
  const [editing, setEditing] = useState<Editing | null>(null)
  const { view, rules, exceptions } = editor
  const plans = useMemo(() => (view ? view.months.map((m) => monthPlan(view.pointCode, view.pointKind, rules, exceptions, m)) : []), [view, rules, exceptions])

  const saved = (stranded: number) => {
    if (stranded > 0) setTab('stranded')
    Taro.showToast({ title: stranded > 0 ? `已保存，${stranded} 个预约待处理` : '排班已保存', icon: 'none' })
  }

  if (editor.loaded.status === 'loading') return <LoadingState />
  if (editor.loaded.status === 'error') return <ErrorState error={editor.loaded.error} onRetry={() => void editor.load()} />
  if (!view) return null

  const warnings = plans.flatMap((p) => p.warnings.map((w) => `${monthLabel(p.month)}：${w.replace(/^本月/, '')}`))
  const tabs: { key: Tab; label: string }[] = [
    { key: 'month', label: '月历' },
    { key: 'rules', label: '每周' },
    { key: 'exceptions', label: '特殊安排' },
    { key: 'stranded', label: view.stranded > 0 ? `待处理 ${view.stranded}` : '待处理' },
  ]
  const closeDay = (date: string) => setEditing({ what: 'exception', index: null, start: { date, kind: 'closed' } })
  const reopenDay = (date: string) => editor.edit({ exceptions: exceptions.filter((e) => !(e.date === date && e.closed)) })

  return (
    <View className={editor.dirty ? 'sched-has-savebar' : ''}>
      <View className='sched-head'>
        <Text className='sched-head__name'>{view.pointName}</Text>
        <Text className='sf-muted'>{view.updatedAt ? `${view.updatedBy ?? ''} ${view.updatedAt.slice(0, 16).replace('T', ' ')} 修改` : '还没有保存过排班'}</Text>
      </View>
      {warnings.length > 0 ? (
        <View className='sf-warning' data-testid='schedule-warnings'>
          <Text className='sf-warning__title'>请在月初之前调整</Text>
          {warnings.map((w) => (
            <Text key={w}>{w}</Text>
          ))}
        </View>
      ) : null}
      {view.stranded > 0 && tab !== 'stranded' ? (
        <View className='sf-warning' data-testid='stranded-banner' role='button' onClick={() => setTab('stranded')}>
          <Text className='sf-warning__title'>有 {view.stranded} 个预约不在现在的排班里</Text>
          <Text>居民还看到原来的时间，请改约或取消 ›</Text>
        </View>
      ) : null}
      <View className='sched-tabs' role='tablist'>
        {tabs.map((t) => (
          <View key={t.key} className={`sched-tab${t.key === tab ? ' is-current' : ''}`} role='tab' aria-selected={t.key === tab} data-testid={`schedule-tab-${t.key}`} onClick={() => setTab(t.key)}>
            {t.label}
          </View>
        ))}
      </View>
      {tab === 'month' ? <MonthSection plans={plans} shown={shownMonth} today={view.today} onShow={setShownMonth} onCloseDay={closeDay} onReopenDay={reopenDay} /> : null}
      {tab === 'rules' ? <WeeklySection rules={rules} onEdit={(index) => setEditing({ what: 'rule', index })} /> : null}
      {tab === 'exceptions' ? <ExceptionsSection exceptions={exceptions} onEdit={(index) => setEditing({ what: 'exception', index })} /> : null}
      {tab === 'stranded' ? <StrandedSection pointCode={pointCode} version={view.version} onChanged={() => void editor.refresh()} /> : null}
      <SaveBar editor={editor} onSaved={saved} />
      <Sheet title={editing?.what === 'rule' ? '每周开放时间' : '特殊安排'} open={editing !== null} onClose={() => setEditing(null)}>
        {editing?.what === 'rule' ? (
          <RuleForm rules={rules} exceptions={exceptions} index={editing.index} onCancel={() => setEditing(null)} onDone={(next) => {
              editor.edit({ rules: next })
              setEditing(null)
            }} />
        ) : null}
        {editing?.what === 'exception' ? (
          <ExceptionForm
            rules={rules}
            exceptions={exceptions}
            index={editing.index}
            start={editing.start}
            today={view.today}
            onCancel={() => setEditing(null)}
            onDone={(next) => {
              editor.edit({ exceptions: next })
              setEditing(null)
            }}
          />
        ) : null}
      </Sheet>
    </View>
  )
}

/** 排班 (?code=<point>): a point's weekly openings, dated exceptions, the month and its warnings, and bookings to move. */
export default function SchedulePage() {
  const code = readParam(useRouter().params.code)
  return <PageShell className='schedule-page'>{code ? <ScheduleBody key={code} pointCode={code} /> : <PointChooser />}</PageShell>
}
