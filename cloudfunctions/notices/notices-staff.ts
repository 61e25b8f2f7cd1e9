/** 公告 for the point's managers: write, publish, withdraw, list, open; and the notices on a matter's staff page. */
import type { NoticeLink, NoticeMatterChoice, StaffNoticeSummary, StaffNoticeView } from '../../domain/notices/api'
import type { NoticeStaffEvent } from '../../domain/notices/schemas'
import { linkedMatter } from '../../domain/notices/notices'
import { mayWriteAnyNotices, mayWriteNotices } from '../../domain/notices/policy'
import { mayViewMatter } from '../../domain/matters/policy'
import { requireRight } from '../kernel/access'
import { readPage } from '../kernel/paging'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'
import { asItem, asItems } from '../kernel/reads'
import { editableBy, NOTICE_REFUSED, publishNotice, saveNotice, withdrawNotice } from './notice-change'
import { notices } from './notice-records'
import { publishedOfItem } from './notice-reads'
import { staffSummary, staffView } from './notice-view'

async function ownNotice(ctx: StaffContext, id: string) {
  const staff = await ctx.caller()
  requireRight(mayWriteAnyNotices(staff), NOTICE_REFUSED)
  return { staff, notice: editableBy(staff, notices.one((await ctx.db.collection('notices').doc(id).get()).data)) }
}

export async function noticesSave(input: NoticeStaffEvent<'notices.save'>, ctx: StaffContext): Promise<StaffNoticeView> {
  const staff = await ctx.caller()
  requireRight(mayWriteNotices(staff, input.pointCode), NOTICE_REFUSED)
  return staffView(await saveNotice(ctx, staff, input))
}

export async function noticesPublish(input: NoticeStaffEvent<'notices.publish'>, ctx: StaffContext): Promise<StaffNoticeView> {
  const { staff, notice } = await ownNotice(ctx, input.id)
  return staffView(await publishNotice(ctx, staff, notice))
}

export async function noticesWithdraw(input: NoticeStaffEvent<'notices.withdraw'>, ctx: StaffContext): Promise<StaffNoticeView> {
  const { staff } = await ownNotice(ctx, input.id)
  return staffView(await withdrawNotice(ctx, staff, input.id))
}

export async function noticesGet(input: NoticeStaffEvent<'notices.get'>, ctx: StaffContext): Promise<StaffNoticeView> {
  return staffView((await ownNotice(ctx, input.id)).notice)
}

export async function noticesList(input: NoticeStaffEvent<'notices.list'>, ctx: StaffContext): Promise<{ notices: StaffNoticeSummary[]; nextCursor: string | null }> {
  const staff = await ctx.caller()
  requireRight(mayWriteNotices(staff, input.pointCode), NOTICE_REFUSED)
  const query = ctx.db.collection('notices').where({ pointCode: input.pointCode }).orderBy('updatedAt', 'desc')
  const page = await readPage(query, input, 20, notices.all)
  return { notices: page.rows.map(staffSummary), nextCursor: page.nextCursor }
}

/** The point's matters to link, newest first: number, category, month and the start of the words (no contact). */
export async function noticesMatters(input: NoticeStaffEvent<'notices.matters'>, ctx: StaffContext): Promise<{ matters: NoticeMatterChoice[]; nextCursor: string | null }> {
  const staff = await ctx.caller()
  requireRight(mayWriteNotices(staff, input.pointCode), NOTICE_REFUSED)
  const query = ctx.db.collection('items').where({ pointCode: input.pointCode }).orderBy('createdAt', 'desc').orderBy('seq', 'desc')
  const page = await readPage(query, input, 20, asItems)
  const matters = page.rows.map((i) => ({ ...linkedMatter(i), status: i.status, excerpt: Array.from(i.content).slice(0, 40).join('') }))
  return { matters, nextCursor: page.nextCursor }
}

/** The published notices on a matter's staff page: for whoever may open the matter. */
export async function noticesOfItemStaff(input: NoticeStaffEvent<'notices.ofItem'>, ctx: StaffContext): Promise<{ notices: NoticeLink[] }> {
  const staff = await ctx.caller()
  const item = asItem((await ctx.db.collection('items').doc(input.itemId).get()).data)
  if (!item || !mayViewMatter(staff, item)) throw new AppError('FORBIDDEN', '您无权查看这件事')
  return { notices: await publishedOfItem(ctx.db, item._id) }
}
