/** What a resident does to their own matter after registering it: withdraw, add, rate. */
import type { MatterResidentEvent } from '../../domain/matters/schemas'
import type { ItemDetail } from '../../domain/matters/api'
import { clause } from '../../domain/kernel/text'
import { RATING_LABELS } from '../../domain/matters/handling'
import { boardRecordOf, draftBoardEntry, draftFits, type BoardDraft } from '../board/board-entry'
import { checkText } from '../kernel/content-check'
import { changeItem, type ItemChange } from './item-change'
import { toResidentDetail } from './item-view'
import { applyRating } from './rating'
import { assertOwnPhotos } from '../kernel/photos'
import type { ItemRecord, TimelineRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { loadOwnItem } from './own-item'
import type { ResidentContext } from '../kernel/resident-context'

const MAX_SUPPLEMENTS = 10
const MAX_PHOTOS_IN_ALL = 12

function entry(ctx: ResidentContext, type: TimelineRecord['type'], text: string): TimelineRecord {
  return { type, at: ctx.now, actor: ctx.openid(), actorName: '居民', text }
}

async function change(ctx: ResidentContext, id: string, build: Omit<ItemChange, 'roleOf'>): Promise<ItemDetail> {
  const openid = ctx.openid()
  const roleOf = (item: ItemRecord) => (item.ownerOpenid === openid ? ('owner' as const) : null)
  try {
    const item = await changeItem(ctx.db, id, { ...build, roleOf }, ctx.now, ctx.options.retry, ctx.queued)
    return await toResidentDetail(ctx.cloud, item)
  } catch (err) {
    // someone else's matter answers like a missing one
    if (err instanceof AppError && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', '没有找到这件事，或您无权查看')
    throw err
  }
}

export function withdraw(input: MatterResidentEvent<'item.withdraw'>, ctx: ResidentContext) {
  return change(ctx, input.id, {
    action: 'withdraw',
    apply: (item) => ({
      ...item,
      closedAt: ctx.now,
      closedReason: 'withdrawn',
      timeline: [...item.timeline, entry(ctx, 'withdraw', '居民撤回了这件事')],
    }),
  })
}

const alreadyAdded = (item: ItemRecord, requestId: string | undefined) =>
  requestId !== undefined && (item.supplements ?? []).some((s) => s.requestId === requestId)

export async function supplement(input: MatterResidentEvent<'item.supplement'>, ctx: ResidentContext) {
  assertOwnPhotos(ctx.cloud, ctx.openid(), input.photos)
  // a retry of a supplement that already arrived answers as the first did
  const current = await loadOwnItem(ctx, input.id)
  if (alreadyAdded(current, input.requestId)) return toResidentDetail(ctx.cloud, current)
  const content = input.content ?? ''
  const photos = input.photos ?? []
  const review = content ? await checkText(ctx.cloud, ctx.openid(), content) : false
  return change(ctx, input.id, {
    action: 'supplement',
    apply: (item) => {
      if (alreadyAdded(item, input.requestId)) return item
      const supplements = item.supplements ?? []
      if (supplements.length >= MAX_SUPPLEMENTS) throw new AppError('INVALID_INPUT', `最多补充 ${MAX_SUPPLEMENTS} 次`)
      const photoCount = item.photos.length + supplements.reduce((n, s) => n + s.photos.length, 0) + photos.length
      if (photoCount > MAX_PHOTOS_IN_ALL) throw new AppError('INVALID_INPUT', `照片总数不能超过 ${MAX_PHOTOS_IN_ALL} 张`)
      const parts = [content && `补充说明：${content}`, photos.length && `补充了 ${photos.length} 张照片`].filter(Boolean)
      return {
        ...item,
        contentReview: item.contentReview || review,
        supplements: [...supplements, { requestId: input.requestId ?? null, content, photos, at: ctx.now }],
        timeline: [...item.timeline, entry(ctx, 'supplement', parts.join('；'))],
      }
    },
  })
}

export async function rate(input: MatterResidentEvent<'item.rate'>, ctx: ResidentContext) {
  const opinion = input.opinion ?? ''
  if (opinion) await checkText(ctx.cloud, ctx.openid(), opinion)
  const unsatisfied = input.level === 'unsatisfied'
  // 公开: redacted and checked before the change (the check is a call out; a transaction allows none)
  let draft: BoardDraft | null = null
  if (input.public) {
    const current = await loadOwnItem(ctx, input.id)
    if (current.status === 'replied' && current.reply) draft = await draftBoardEntry(ctx.cloud, ctx.openid(), current)
  }
  return change(ctx, input.id, {
    action: 'rate',
    unsatisfied,
    apply: (item, to) => {
      const rating = { level: input.level, solved: input.solved, opinion, at: ctx.now }
      if (draft && !draftFits(draft, item)) throw new AppError('CONFLICT', '这件事的答复有了变化，请刷新后再评议')
      // only a matter that closes goes before a leader: one handled again will be answered anew
      const board = draft && to === 'closed' ? boardRecordOf(draft, item, ctx.now) : null
      const said = `评议：${RATING_LABELS[input.level]}，${input.solved ? '问题已解决' : '问题未解决'}${opinion ? `。意见：${clause(opinion)}` : ''}${board ? '。同意隐去个人信息后公开，待说事点审核' : ''}`
      return { ...applyRating(item, to, rating, entry(ctx, 'rate', said), ctx.now), board }
    },
  })
}
