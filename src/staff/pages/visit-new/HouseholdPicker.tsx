import { Text, View } from '@tarojs/components'
import type { AreaView, HouseholdView } from '../../../../domain/areas/api'
import { householdKey } from '../../../../domain/diary/visits'
import { callStaff } from '../../../api/staff'
import { useLoad } from '../../../hooks/useLoad'
import Field from '../../components/Field'
import TextInput from '../../components/TextInput'
import type { VisitDraft } from '../../lib/visitDraft'

const SHOWN = 12

/** The area's living households whose address holds what was typed (as the diary spells addresses). */
function matching(households: HouseholdView[], typed: string): HouseholdView[] {
  const key = householdKey(typed)
  return households.filter((h) => h.status === 'active' && (!key || h.householdKey.includes(key))).slice(0, SHOWN)
}

interface Props {
  areas: AreaView[]
  draft: VisitDraft
  fields: Record<string, string>
  set: (patch: Partial<VisitDraft>) => void
}

/**
 * 包片's part of a diary entry: pick the household from one's areas (typing the address
 * narrows the list), or add the typed address to an area as a new household in the same step.
 */
export default function HouseholdPicker({ areas, draft, fields, set }: Props) {
  const area = areas.find((a) => a.id === draft.area) ?? areas[0]
  const homes = useLoad(area?.id ?? null, () => callStaff({ action: 'households.list', area: area!.id }))
  if (!area) return null
  let list
  if (homes.state.status === 'loading') list = <Text className='sf-muted'>正在加载片区住户…</Text>
  else if (homes.state.status === 'error') list = <Text className='sf-muted'>住户没有加载出来：{homes.state.error.message}</Text>
  else {
    const found = matching(homes.state.data.households, draft.householdId ? '' : draft.address)
    list = found.length ? (
      <View className='sf-chips'>
        {found.map((h) => (
          <View
            key={h.id}
            className={`sf-chip${draft.householdId === h.id ? ' is-selected' : ''}`}
            data-testid={`visit-household-${h.id}`}
            role='radio'
            aria-checked={draft.householdId === h.id}
            onClick={() => set(draft.householdId === h.id ? { householdId: '' } : { householdId: h.id, address: h.address, addNew: false })}
          >
            {h.address}（{h.head}）
          </View>
        ))}
      </View>
    ) : (
      <Text className='sf-muted'>片区名单里没有这个住址</Text>
    )
  }
  return (
    <>
      <Field label='从包片名单里选住户' optional hint='选中后住址按名单填写；名单里没有的，在上面填住址，可以顺手加进名单' error={fields.householdId}>
        {areas.length > 1 ? (
          <View className='sf-chips'>
            {areas.map((a) => (
              <View key={a.id} className={`sf-chip${a.id === area.id ? ' is-selected' : ''}`} data-testid={`visit-area-${a.id}`} onClick={() => set({ area: a.id, householdId: '' })}>
                {a.name}
              </View>
            ))}
          </View>
        ) : null}
        {list}
      </Field>
      {!draft.householdId && draft.address.trim() ? (
        <View
          className={`sf-chip${draft.addNew ? ' is-selected' : ''}`}
          data-testid='visit-add-household'
          role='checkbox'
          aria-checked={draft.addNew}
          onClick={() => set({ addNew: !draft.addNew, area: area.id })}
        >
          把这户加进「{area.name}」的住户名单
        </View>
      ) : null}
      {draft.addNew && !draft.householdId ? (
        <>
          <TextInput label='户主' testId='visit-new-head' value={draft.newHead} maxLength={20} placeholder='户主姓名' error={fields['newHousehold.head']} onChange={(v) => set({ newHead: v })} />
          <TextInput label='家庭人口（人）' testId='visit-new-members' value={draft.newMembers} maxLength={2} placeholder='如：3' error={fields['newHousehold.members']} onChange={(v) => set({ newMembers: v.replace(/[^\d]/g, '') })} />
        </>
      ) : null}
    </>
  )
}
