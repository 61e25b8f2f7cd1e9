import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { MeetingView } from '../../../../domain/meetings/api'
import { CATEGORIES, type Category } from '../../../../domain/matters/categories'
import { meetingEventSchemas } from '../../../../domain/meetings/schemas'
import { callStaff } from '../../../api/staff'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useStoredDraft } from '../../lib/useStoredDraft'
import { useSubmit } from '../../lib/useSubmit'

interface Row {
  who: string
  what: string
  category: Category
}

const schema = meetingEventSchemas['meetings.opinions']
const EMPTY: Row = { who: '', what: '', category: '意见建议' }

/** 记录群众意见: one row per opinion (who, if they wish; what; its category), kept as a draft until saved. */
export default function OpinionsForm({ meeting, onDone, onCancel }: { meeting: MeetingView; onDone: (m: MeetingView) => void; onCancel?: () => void }) {
  const start = (meeting.opinions ?? []).map((o) => ({ who: o.who, what: o.what, category: o.category }))
  const { draft, update, clear } = useStoredDraft(`forum-opinions:${meeting.id}`, () => ({ rows: JSON.stringify(start.length ? start : [EMPTY]) }))
  const rows = JSON.parse(draft.rows) as Row[]
  const turned = (i: number) => Boolean(meeting.opinions?.[i]?.itemId)
  const setRows = (next: Row[]) => update({ rows: JSON.stringify(next) })
  const setRow = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  const input = { action: 'meetings.opinions', id: meeting.id, opinions: rows.map((r) => ({ ...(r.who.trim() ? { who: r.who } : {}), what: r.what, category: r.category })) }
  const form = useSubmit({ schema, input })
  const send = async () => {
    const saved = await form.submit(schema, input, (event) => callStaff(event))
    if (saved) {
      clear()
      onDone(saved)
    }
  }
  return (
    <View className='card' data-testid='form-opinions'>
      <View className='sf-card-title'>群众意见</View>
      {rows.map((r, i) =>
        turned(i) ? (
          <View key={i} className='sf-note'>{`第 ${i + 1} 条已转为诉求：${r.what}`}</View>
        ) : (
          <View key={i} className='rec-row' data-testid={`opinion-row-${i}`}>
            <TextInput label={`第 ${i + 1} 条：谁提的`} optional testId={`opinion-who-${i}`} maxLength={20} value={r.who} placeholder='如：王大妈（可以不写）' onChange={(who) => setRow(i, { who })} />
            <TextInput label='意见内容' testId={`opinion-what-${i}`} multiline maxLength={500} value={r.what} placeholder='群众说的原话或要点' error={form.fields[`opinions.${i}.what`]} onChange={(what) => setRow(i, { what })} />
            <View className='sf-chips' role='radiogroup' aria-label='类别'>
              {CATEGORIES.map((c) => (
                <View key={c} role='radio' aria-checked={r.category === c} className={`sf-chip${r.category === c ? ' is-selected' : ''}`} data-testid={`opinion-category-${i}-${c}`} onClick={() => setRow(i, { category: c })}>
                  {c}
                </View>
              ))}
            </View>
            {rows.length > 1 ? (
              <Button size='small' data-testid={`opinion-remove-${i}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                删去这条
              </Button>
            ) : null}
          </View>
        ),
      )}
      <Button size='large' block data-testid='opinion-add' onClick={() => setRows([...rows, EMPTY])}>
        再记一条
      </Button>
      <SubmitBar label='保存意见' busy={form.busy} error={form.error} onSubmit={() => void send()} onCancel={onCancel} testId='opinions-save' />
    </View>
  )
}
