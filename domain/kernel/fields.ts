/** The fields every feature's events share: ids, codes, dates, pages, and the event's own frame. */
import * as z from 'zod/mini'

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/
const POINT_CODE = /^[A-Za-z0-9_-]{1,32}$/
export const DOC_ID = /^[A-Za-z0-9_-]{1,64}$/

/** An event: unknown fields are refused, so nothing unexpected reaches the database. */
export const strict = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, { error: '请求含有无法识别的内容' })

/** The event an action's schema accepts, once parsed: each feature's schemas.ts names its own. */
export type EventOf<M extends Record<string, z.ZodMiniType>, A extends keyof M> = z.infer<M[A]>

export const requestId = z.string({ error: '缺少请求编号' }).check(z.regex(REQUEST_ID, '请求编号无效'))
/** Read as printed on a poster or typed by hand: `XD 01` is `xd01`. */
export const pointCode = z
  .string({ error: '缺少说事点编号' })
  .check(z.overwrite((s) => s.replace(/\s+/g, '').toLowerCase()), z.regex(POINT_CODE, '说事点编号无效'))
/** A WeChat openid as the functions see it (and the local cloud's demo ids). */
export const OPENID = /^[A-Za-z0-9_-]{1,64}$/
/** A member of staff, by openid. */
export const openid = z.string({ error: '缺少人员' }).check(z.regex(OPENID, '人员编号无效'))

export const docId = z.string({ error: '缺少编号' }).check(z.regex(DOC_ID, '编号无效'))
/** A calendar date in China, YYYY-MM-DD, that exists, between 2020 and 2099. */
export const chinaDate = z.string({ error: '请选择日期' }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, '请选择日期'),
  z.refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, '日期不存在'),
  z.refine((s) => s >= '2020-01-01' && s <= '2099-12-31', '日期超出范围'),
)

export const pageLimit = z.optional(
  z.number({ error: '每页条数应为数字' }).check(
    z.int('每页条数应为整数'),
    z.minimum(1, '每页至少 1 条'),
    z.maximum(50, '每页最多 50 条'),
  ),
)
