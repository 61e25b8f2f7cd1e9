import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { SuggestionView } from '../../../../domain/studio/api'
import type { DepartmentView } from '../../../../domain/departments/api'
import { chinaWallClock } from '../../../../domain/kernel/time'
import { callStaff } from '../../../api/staff'
import { newRequestId } from '../../../lib/randomId'
import TextInput from '../../components/TextInput'
import StepForm from './StepForm'

/** 分送 within a fortnight unless said otherwise: a department on 说事 (as a matter of the studio) or any other unit. */
function RouteForm({ s, departments, onDone }: { s: SuggestionView; departments: DepartmentView[]; onDone: (s: SuggestionView) => void }) {
  const [department, setDepartment] = useState<string | null>(null)
  const dueAt = chinaWallClock(new Date()).add(14, 'day').format('YYYY-MM-DD')
  const [outside, setOutside] = useState('')
  return (
    <View>
      <View className='sf-chips'>
        {departments.map((d) => (
          <View key={d.code} className={`sf-chip${department === d.code ? ' is-selected' : ''}`} data-testid={`route-dept-${d.code}`} onClick={() => setDepartment(department === d.code ? null : d.code)}>
            {d.name}
          </View>
        ))}
      </View>
      {department ? null : <TextInput label='或分送其他单位' value={outside} placeholder='如县交通运输局' testId={`route-outside-${s.id}`} onChange={setOutside} />}
      <StepForm
        placeholder='分送要求（请对方研究答复的内容）'
        label='分送'
        testId={`route-${s.id}`}
        send={(request) => callStaff({ action: 'studio.route', id: s.id, to: department ? { department } : { outside }, request, dueAt })}
        onDone={onDone}
      />
    </View>
  )
}

function SuggestionCard({ s, keeps, departments, onChange }: { s: SuggestionView; keeps: boolean; departments: DepartmentView[]; onChange: (s: SuggestionView) => void }) {
  return (
    <View className='card studio-section' data-testid={`suggestion-${s.id}`}>
      <Text className='studio-section__title'>
        {s.stateLabel} · {s.raisedBy}
      </Text>
      <Text>{s.content}</Text>
      {s.route ? <Text className='sf-muted'>{`${s.route.label}：${s.route.request}`}</Text> : null}
      {s.route?.matterId ? (
        <View className='sf-chip' data-testid={`suggestion-matter-${s.id}`} onClick={() => void Taro.navigateTo({ url: `/staff/pages/item/index?id=${s.route!.matterId}` })}>
          查看登记的诉求（上报、交办在这里办）
        </View>
      ) : null}
      {s.progress.map((p) => (
        <Text key={p.at} className='sf-muted'>{`进展（${p.by}）：${p.text}`}</Text>
      ))}
      {s.feedback ? <Text data-testid={`suggestion-feedback-${s.id}`}>{`反馈结果：${s.feedback.outcome}`}</Text> : null}
      {keeps && s.state === 'collected' ? <RouteForm s={s} departments={departments} onDone={onChange} /> : null}
      {keeps && s.state === 'routed' ? <StepForm placeholder='办理进展' label='记录进展' testId={`update-${s.id}`} send={(progress) => callStaff({ action: 'studio.update', id: s.id, progress })} onDone={onChange} /> : null}
      {keeps && s.state !== 'answered' ? (
        <StepForm placeholder='办理结果（会告诉代表和提出的居民）' label='反馈结果' testId={`feedback-${s.id}`} send={(outcome) => callStaff({ action: 'studio.feedback', id: s.id, outcome })} onDone={onChange} />
      ) : null}
    </View>
  )
}

/** The studio's 意见建议: record one, and (the liaison, the leaders) 分送, follow and answer each. */
export default function Suggestions({ pointCode, keeps, list, departments, onChange }: { pointCode: string; keeps: boolean; list: SuggestionView[]; departments: DepartmentView[]; onChange: () => void }) {
  const [raisedBy, setRaisedBy] = useState('')
  const [requestId, setRequestId] = useState(newRequestId)
  return (
    <View data-testid='studio-suggestions'>
      <View className='card studio-section'>
        <Text className='studio-section__title'>记录收集到的意见建议</Text>
        <TextInput label='提出人' value={raisedBy} placeholder='如三组村民、某某企业' testId='suggest-raised-by' onChange={setRaisedBy} />
        <StepForm
          placeholder='意见建议的内容'
          label='记录'
          testId='suggest'
          send={(content) => callStaff({ action: 'studio.suggest', pointCode, content, raisedBy, requestId })}
          onDone={() => {
            setRaisedBy('')
            setRequestId(newRequestId())
            onChange()
          }}
        />
      </View>
      {list.length === 0 ? <Text className='sf-muted'>还没有意见建议</Text> : null}
      {list.map((s) => (
        <SuggestionCard key={s.id} s={s} keeps={keeps} departments={departments} onChange={onChange} />
      ))}
    </View>
  )
}
