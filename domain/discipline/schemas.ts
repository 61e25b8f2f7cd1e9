/** The events of 违纪线索: filing (both functions), the filer's own list, and the receivers' steps. */
import * as z from 'zod/mini'
import { offsetCursor } from '../kernel/cursors'
import { docId, type EventOf, openid, pageLimit, pointCode, requestId, strict } from '../kernel/fields'
import { text } from '../kernel/validation'
import { photosSchema } from '../matters/schemas'

export const CLUE_CONTENT = { min: 10, max: 1000 } as const
export const CLUE_REPLY = { min: 2, max: 500 } as const

/** Whom it concerns: a few words (职务、姓名), or a staff member picked from the list. */
export const aboutSchema = z.union([text({ label: '反映对象', min: 2, max: 50 }), z.strictObject({ staff: openid })], { error: '请填写或选择反映对象' })

/** What the filer fills in; the form validates with exactly this. */
export const clueDraftSchema = z.strictObject({
  /** the 说事点 where it arose: it decides which level receives it */
  pointCode,
  about: aboutSchema,
  content: text({ label: '反映的问题', min: CLUE_CONTENT.min, max: CLUE_CONTENT.max }),
  photos: z.optional(photosSchema),
})
export type ClueDraft = z.infer<typeof clueDraftSchema>

const file = strict({ action: z.literal('discipline.file'), requestId, ...clueDraftSchema.shape })
const people = strict({ action: z.literal('discipline.people'), pointCode })

export const disciplineResidentEventSchemas = {
  'discipline.file': file,
  'discipline.people': people,
  'discipline.mine': strict({ action: z.literal('discipline.mine'), cursor: offsetCursor, limit: pageLimit }),
} as const

export const disciplineStaffEventSchemas = {
  'discipline.file': file,
  'discipline.people': people,
  'discipline.list': strict({ action: z.literal('discipline.list'), cursor: offsetCursor, limit: pageLimit }),
  'discipline.get': strict({ action: z.literal('discipline.get'), id: docId }),
  'discipline.ack': strict({ action: z.literal('discipline.ack'), id: docId }),
  'discipline.reply': strict({ action: z.literal('discipline.reply'), id: docId, reply: text({ label: '答复', min: CLUE_REPLY.min, max: CLUE_REPLY.max }) }),
  'discipline.close': strict({ action: z.literal('discipline.close'), id: docId }),
} as const

export type DisciplineResidentAction = keyof typeof disciplineResidentEventSchemas
export type DisciplineResidentEvent<A extends DisciplineResidentAction> = EventOf<typeof disciplineResidentEventSchemas, A>
export type DisciplineStaffAction = keyof typeof disciplineStaffEventSchemas
export type DisciplineStaffEvent<A extends DisciplineStaffAction> = EventOf<typeof disciplineStaffEventSchemas, A>
