import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import type { SummaryView } from '../../../../domain/reports/api'
import { reportEventSchemas } from '../../../../domain/reports/schemas'
import { chinaWallClock, formatChinaDateTime } from '../../../../domain/kernel/time'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { ErrorState, LoadingState } from '../../../components/States'
import { PRIMARY_HEX } from '../../../lib/theme'
import { readStored, removeStored, writeStored } from '../../../lib/storage'
import PointPicker from '../../components/PointPicker'
import SubmitBar from '../../components/SubmitBar'
import Field from '../../components/Field'
import { loadMe, type Me } from '../../lib/me'
import { yearChoices } from '../../lib/reportText'
import { useSubmit } from '../../lib/useSubmit'
import '../../components/staff.scss'
import './index.scss'

type Loaded = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; summary: SummaryView }

const editKey = (id: string) => `summary-edit-${id}`
const isText = (v: unknown): v is string => typeof v === 'string'

/** Asks before finalising; before the half-year is over, says so and what it means. */
const confirmFinal = (s: SummaryView) =>
  Taro.showModal({
    title: '确认定稿',
    content: s.earlyWarning ?? '定稿后小结不能再修改。确定定稿吗？',
    confirmText: s.earlyWarning ? '提前定稿' : '定稿',
    confirmColor: PRIMARY_HEX,
    cancelText: '再看看',
  })
    .then((res) => res.confirm)
    .catch(() => false)

/** 民情专递工作半年小结: the draft from the half-year's figures, edited, saved, then finalised. */
export default function SummaryPage() {
  const [me, setMe] = useState<Me | null>(null)
  const [code, setCode] = useState<string | null>(null)
  const [year, setYear] = useState(() => chinaWallClock(new Date()).year())
  const [half, setHalf] = useState(() => (chinaWallClock(new Date()).month() < 6 ? 1 : 2))
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [text, setText] = useState('')
  const ticket = useRef(0)
  const form = useSubmit()

  useEffect(() => {
    void loadMe().then((r) => {
      if (!r.ok) return setLoaded({ status: 'error', error: r.error })
      setMe(r.data)
      setCode(r.data.points[0] ?? null)
    })
  }, [])

  const show = (s: SummaryView) => {
    setLoaded({ status: 'ready', summary: s })
    // an edit not yet saved (kept on this device) wins over the stored text; storage answers '' for none
    setText(s.status === 'draft' ? readStored(editKey(s.id), isText) || s.text : s.text)
  }

  const load = useCallback(async () => {
    if (!code) return
    const mine = ++ticket.current
    setLoaded({ status: 'loading' })
    const r = await callStaff({ action: 'summaries.draft', pointCode: code, year, half })
    if (mine !== ticket.current) return
    if (r.ok) show(r.data)
    else setLoaded({ status: 'error', error: r.error })
  }, [code, year, half])
  useEffect(() => void load(), [load])

  const edit = (s: SummaryView, value: string) => {
    setText(value)
    writeStored(editKey(s.id), value)
  }

  const save = async (s: SummaryView): Promise<SummaryView | null> => {
    if (s.version > 0 && text === s.text) return s
    // the first save names the point and half-year: opening the page stored nothing
    const first = s.version === 0 ? { pointCode: s.pointCode, year: s.year, half: s.half } : {}
    const event = { action: 'summaries.save' as const, id: s.id, text, version: s.version, ...first }
    const saved = await form.submit(reportEventSchemas['summaries.save'], event, (e) => callStaff(e))
    if (!saved) return null
    removeStored(editKey(s.id))
    setLoaded({ status: 'ready', summary: { ...saved, generated: s.generated } })
    return saved
  }

  const finalise = async (s: SummaryView) => {
    if (form.busy || !(await confirmFinal(s))) return
    const current = await save(s)
    if (!current) return
    const event = { action: 'summaries.finalise' as const, id: s.id, ...(s.earlyWarning ? { early: true } : {}) }
    const done = await form.submit(reportEventSchemas['summaries.finalise'], event, (e) => callStaff(e))
    if (done) show({ ...done, generated: s.generated })
  }

  const choices = (
    <View>
      <PointPicker points={me?.pointsDetail ?? []} value={code} onPick={setCode} />
      <View className='sf-chips'>
        {yearChoices().map((y) => (
          <View key={y} className={`sf-chip${y === year ? ' is-selected' : ''}`} data-testid={`summary-year-${y}`} onClick={() => setYear(y)}>
            {y}年
          </View>
        ))}
        {[1, 2].map((h) => (
          <View key={h} className={`sf-chip${h === half ? ' is-selected' : ''}`} data-testid={`summary-half-${h}`} onClick={() => setHalf(h)}>
            {h === 1 ? '上半年' : '下半年'}
          </View>
        ))}
      </View>
    </View>
  )

  if (loaded.status !== 'ready') {
    return (
      <PageShell className='summary-page'>
        {choices}
        {loaded.status === 'loading' ? <LoadingState /> : <ErrorState error={loaded.error} onRetry={() => void load()} />}
      </PageShell>
    )
  }
  const s = loaded.summary
  if (s.status === 'final') {
    return (
      <PageShell className='summary-page'>
        {choices}
        <View className='card' data-testid='summary-final'>
          <View className='sf-card-title'>已定稿</View>
          <View className='sf-muted'>{`${s.finalisedByName ?? ''} 于 ${s.finalisedAt ? formatChinaDateTime(s.finalisedAt) : ''} 定稿，不能再修改`}</View>
          <Text className='summary-text' data-testid='summary-final-text' style={{ whiteSpace: 'pre-wrap' }}>
            {s.text}
          </Text>
        </View>
      </PageShell>
    )
  }
  return (
    <PageShell className='summary-page'>
      {choices}
      <View className='card' data-testid='summary-draft'>
        <View className='sf-muted'>
          {s.updatedAt ? `第 ${s.version} 稿，${formatChinaDateTime(s.updatedAt)} 保存${text !== s.text ? '；有未保存的修改' : ''}` : '按数字生成的初稿，还没有保存'}
        </View>
        <Field label='小结内容' testId='summary-text' error={form.fields.text}>
          {/* a page-long text: a tall box that scrolls, not one that grows over the buttons */}
          <TextArea className='sf-textarea summary-textarea' value={text} maxLength={5000} placeholder='小结的正文：在初稿上修改、补充' onChange={(v) => edit(s, v)} />
        </Field>
        <Button size='small' data-testid='summary-regenerate' onClick={() => edit(s, s.generated)}>
          用最新数字重新生成
        </Button>
        <SubmitBar label='保存' busy={form.busy} error={form.error} testId='summary-save' onSubmit={() => void save(s)} />
        <Button type='default' size='large' block disabled={form.busy} data-testid='summary-finalise' onClick={() => void finalise(s)}>
          定稿
        </Button>
      </View>
    </PageShell>
  )
}
