/** The 包片 events of the `staff` function (areas and their households), assembled in domain/contract.ts. */
import * as z from 'zod/mini'
import { chinaDate, docId, type EventOf, openid, pointCode, strict } from '../kernel/fields'
import { text } from '../kernel/validation'
import { hasPersonalNumber } from '../privacy/redact'
import { HOUSEHOLD_FLAGS } from './households'

/** Why a household's text is refused: the same rule as the diary's (DESIGN §7). */
export const HOUSEHOLD_NUMBER_MESSAGE = '住户信息不记电话号码、身份证号和银行卡号，请删去号码再保存'

/** Household text: what is needed to know the home, never a phone, ID or card number. */
const householdText = (opts: { label: string; min: number; max: number }) =>
  text(opts).check(z.refine((s) => !hasPersonalNumber(s), HOUSEHOLD_NUMBER_MESSAGE))

export const MAX_UNITS = 30
export const MAX_MEMBERS = 30

const units = z.array(text({ label: '楼栋、村组', min: 1, max: 20 }), { error: '请填写楼栋、村组' }).check(
  z.minLength(1, '请至少填写一个楼栋或村组'),
  z.maxLength(MAX_UNITS, `一个片区最多 ${MAX_UNITS} 个楼栋、村组`),
  z.refine((u) => new Set(u).size === u.length, '楼栋、村组重复了'),
)

export const householdFields = {
  address: householdText({ label: '住址（楼栋、单元、门牌）', min: 2, max: 60 }),
  head: householdText({ label: '户主', min: 1, max: 20 }),
  members: z.number({ error: '家庭人口应为数字' }).check(z.int('家庭人口应为整数'), z.minimum(1, '家庭人口至少 1 人'), z.maximum(MAX_MEMBERS, `家庭人口最多 ${MAX_MEMBERS} 人`)),
  flags: z.array(z.enum(HOUSEHOLD_FLAGS, { error: '标记无法识别' })).check(z.refine((f) => new Set(f).size === f.length, '标记重复了')),
  note: householdText({ label: '备注', min: 0, max: 200 }),
}

/** A household added from a diary entry on the spot: its area, 户主 and size (the address is the entry's). */
export const newHouseholdSchema = z.strictObject(
  { area: docId, head: householdFields.head, members: householdFields.members },
  { error: '新住户的信息含有无法识别的内容' },
)

export const areaEventSchemas = {
  /** a leader: every area of the point; a cadre: their own */
  'areas.list': strict({ action: z.literal('areas.list'), pointCode }),
  /** a leader divides the point: a new area (no id) or an edit, with its cadre */
  'areas.save': strict({
    action: z.literal('areas.save'),
    pointCode,
    id: z.optional(docId),
    name: text({ label: '片区名称', min: 2, max: 20 }),
    units,
    cadre: openid,
  }),
  'areas.retire': strict({ action: z.literal('areas.retire'), id: docId }),
  'households.list': strict({ action: z.literal('households.list'), area: docId }),
  'households.get': strict({ action: z.literal('households.get'), id: docId }),
  /** a new household of the area (no id) or an edit of one */
  'households.save': strict({ action: z.literal('households.save'), area: docId, id: z.optional(docId), ...householdFields }),
  'households.moveOut': strict({ action: z.literal('households.moveOut'), id: docId, at: chinaDate }),
} as const

export type AreaAction = keyof typeof areaEventSchemas
export type AreaEvent<A extends AreaAction> = EventOf<typeof areaEventSchemas, A>
