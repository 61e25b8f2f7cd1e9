import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { MeetingView } from '../../../../domain/meetings/api'
import { meetingEventSchemas } from '../../../../domain/meetings/schemas'
import { callStaff } from '../../../api/staff'
import PickList from '../../components/PickList'
import SubmitBar from '../../components/SubmitBar'
import { useSubmit } from '../../lib/useSubmit'
import OpinionsForm from './OpinionsForm'

const toMatters = meetingEventSchemas['meetings.opinionsToMatters']

/** 座谈会: what was heard; the chosen opinions become matters of the point in one step (each once). */
export default function ForumOpinions({ meeting: m, onChange }: { meeting: MeetingView; onChange: (m: MeetingView) => void }) {
  const opinions = m.opinions ?? []
  const [editing, setEditing] = useState(opinions.length === 0)
  const [chosen, setChosen] = useState<string[]>([])
  const form = useSubmit()
  const open = opinions.filter((o) => !o.itemId)
  const made = opinions.filter((o) => o.itemId)

  if (m.canCollect && editing) return <OpinionsForm meeting={m} onDone={(next) => (setEditing(false), onChange(next))} onCancel={opinions.length ? () => setEditing(false) : undefined} />
  if (!m.canCollect && opinions.length === 0) return <View className='sf-note' data-testid='forum-later'>座谈会开过后，由本说事点的干部在这里记录群众意见。</View>

  const turn = async () => {
    const input = { action: 'meetings.opinionsToMatters', id: m.id, opinions: chosen.map((id) => Number(id.slice('opinion-'.length))) }
    const done = await form.submit(toMatters, input, (event) => callStaff(event))
    if (done) {
      setChosen([])
      onChange(done)
      void Taro.showToast({ title: '已转为诉求', icon: 'success' })
    }
  }
  return (
    <View data-testid='forum-opinions'>
      {made.length ? (
        <View className='card' data-testid='forum-matters'>
          <View className='sf-card-title'>已转为诉求（{made.length} 条）</View>
          {made.map((o) => (
            <View key={o.index} className='rec-row' role='link' data-testid={`forum-matter-${o.index}`} onClick={() => Taro.navigateTo({ url: `/staff/pages/item/index?id=${encodeURIComponent(o.itemId ?? '')}` })}>
              <View className='rec-row__top'>
                <Text>{o.no}</Text>
                <Text className='rec-status'>{o.category}</Text>
              </View>
              <View className='rec-row__text'>{o.what}</View>
              {o.who ? <View className='rec-row__meta'>提出：{o.who}</View> : null}
            </View>
          ))}
        </View>
      ) : null}
      {open.length && m.canCollect ? (
        <View className='card'>
          <PickList
            label='群众意见（勾选要转为诉求的）'
            hint='转为诉求后由您负责办理，出现在工作台上'
            optional
            items={open.map((o) => ({ id: `opinion-${o.index}`, title: `${o.category}${o.who ? ` · ${o.who}` : ''}`, detail: o.what }))}
            selected={chosen}
            onChange={setChosen}
          />
          <SubmitBar label={`转为诉求（${chosen.length} 条）`} busy={form.busy} error={form.error} disabled={chosen.length === 0} onSubmit={() => void turn()} testId='opinions-to-matters' />
        </View>
      ) : null}
      {open.length && !m.canCollect ? (
        <View className='card'>
          {open.map((o) => (
            <View key={o.index} className='rec-row__text'>{`${o.category}：${o.what}`}</View>
          ))}
        </View>
      ) : null}
      {m.canCollect ? (
        <Button size='large' block data-testid='opinions-edit' onClick={() => setEditing(true)}>
          修改或补记意见
        </Button>
      ) : null}
    </View>
  )
}
