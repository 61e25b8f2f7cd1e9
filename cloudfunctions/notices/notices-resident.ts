/** 公告 for residents: a point's published notices, one notice, and those answering one of their own matters. */
import type { NoticeLinksPage, NoticeView, NoticeLink } from '../../domain/notices/api'
import type { NoticeResidentEvent } from '../../domain/notices/schemas'
import { isPublic } from '../../domain/notices/policy'
import { loadOwnItem } from '../matters/own-item'
import { AppError } from '../kernel/respond'
import type { ResidentContext } from '../kernel/resident-context'
import { notices } from './notice-records'
import { publishedAtPoint, publishedOfItem } from './notice-reads'
import { publicView } from './notice-view'

export async function noticesOfPoint(input: NoticeResidentEvent<'notices.ofPoint'>, ctx: ResidentContext): Promise<NoticeLinksPage> {
  ctx.openid()
  return publishedAtPoint(ctx.db, input.pointCode, input)
}

export async function noticesGetPublic(input: NoticeResidentEvent<'notices.get'>, ctx: ResidentContext): Promise<NoticeView> {
  ctx.openid()
  const n = notices.one((await ctx.db.collection('notices').doc(input.id).get()).data)
  // a draft or a withdrawn notice answers as a missing one
  if (!n || !isPublic(n)) throw new AppError('NOT_FOUND', '这份公告已撤下或不存在')
  return publicView(n)
}

export async function noticesOfOwnItem(input: NoticeResidentEvent<'notices.ofItem'>, ctx: ResidentContext): Promise<{ notices: NoticeLink[] }> {
  const item = await loadOwnItem(ctx, input.itemId)
  return { notices: await publishedOfItem(ctx.db, item._id) }
}
