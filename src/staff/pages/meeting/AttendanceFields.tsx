import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { inGroup, POINT_STAFF } from '../../../../domain/points/roles'
import type { StaffProfile } from '../../../../domain/points/api'
import { callStaff } from '../../../api/staff'
import { InlineAlert } from '../../../components/States'
import Options from '../../components/Options'
import PickList from '../../components/PickList'
import TextInput from '../../components/TextInput'
import { rolesText } from '../../lib/labels'

export interface AttendanceDraft {
  chair: string | null
  recorder: string | null
  cadres: string[]
  others: string
  absent: string
}

/** 到会干部 are the point's staff, as the function checks (domain/meetings/policy.ts mayAttend). */
const isCadre = (s: StaffProfile) => inGroup(s.roles, POINT_STAFF)

/** The point's cadres, leaders and deputies in post: whom 主持人, 记录人 and 到会干部 are chosen from. */
function usePointStaff(pointCode: string) {
  const [staff, setStaff] = useState<StaffProfile[] | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    void callStaff({ action: 'staff.list' }).then((r) => {
      if (r.ok) setStaff(r.data.staff.filter((s) => s.active && s.points.includes(pointCode) && isCadre(s)))
      else setFailed(true)
    })
  }, [pointCode])
  return { staff, failed }
}

interface Props {
  pointCode: string
  draft: AttendanceDraft
  fields: Record<string, string | undefined>
  onChange: (patch: Partial<AttendanceDraft>) => void
}

/** 到会情况: 主持人 and 记录人 picked from the point's staff, 到会干部 ticked, other people by name. */
export default function AttendanceFields({ pointCode, draft, fields, onChange }: Props) {
  const { staff, failed } = usePointStaff(pointCode)
  if (failed) return <InlineAlert message='没有取到本说事点的干部名单，请下拉刷新后再记录' />
  if (!staff) return <View className='sf-muted'>正在读取本说事点的干部名单…</View>
  const options = staff.map((s) => ({ value: s.openid, label: s.name }))
  // the chair and the recorder are there already: the list ticks the others
  const rest = staff.filter((s) => s.openid !== draft.chair && s.openid !== draft.recorder)
  return (
    <>
      <Options label='主持人' testPrefix='form-chair' options={options} value={draft.chair} error={fields['attendance.chair']} onChange={(chair) => onChange({ chair, cadres: draft.cadres.filter((c) => c !== chair) })} />
      <Options label='记录人' testPrefix='form-recorder' options={options} value={draft.recorder} error={fields['attendance.recorder']} onChange={(recorder) => onChange({ recorder, cadres: draft.cadres.filter((c) => c !== recorder) })} />
      {rest.length > 0 ? (
        <PickList
          label='其他到会干部'
          items={rest.map((s) => ({ id: s.openid, title: s.name, detail: rolesText(s.roles) }))}
          selected={draft.cadres.filter((c) => rest.some((s) => s.openid === c))}
          error={fields['attendance.cadres']}
          optional
          hint='点选到会的干部'
          onChange={(cadres) => onChange({ cadres })}
        />
      ) : null}
      <TextInput
        label='其他到会人员'
        testId='form-others'
        optional
        value={draft.others}
        error={fields['attendance.others']}
        placeholder='党员、居民代表等的姓名，用顿号隔开'
        onChange={(others) => onChange({ others })}
      />
      <TextInput label='缺席人员' testId='form-absent' optional value={draft.absent} placeholder='应到未到者的姓名，用顿号隔开' onChange={(absent) => onChange({ absent })} />
    </>
  )
}
