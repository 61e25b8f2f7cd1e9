/**
 * 代登记: a cadre registers a matter for a resident without WeChat (or who asks for help),
 * with the contact the resident gives. Numbered like any other, with no owner openid; the
 * receiving cadre is responsible (谁接访、谁负责). The same requestId makes one matter.
 */
import type { MatterStaffEvent } from '../../domain/matters/schemas'
import type { StaffItemDetail } from '../../domain/matters/api'
import { stableId } from '../kernel/ids'
import { requireRight } from '../kernel/access'
import { mayRegisterAt } from '../../domain/matters/policy'
import type { StaffContext } from '../kernel/staff-context'
import { view } from './item-ops'
import { registerForResidentTx } from './register-matter'

export async function registerForResident(input: MatterStaffEvent<'item.registerForResident'>, ctx: StaffContext): Promise<StaffItemDetail> {
  const staff = await ctx.caller()
  requireRight(mayRegisterAt(staff, input.pointCode), '只能在自己所在的说事点代登记')
  const item = await registerForResidentTx(ctx, staff, {
    id: stableId('proxy', staff.openid, input.requestId),
    requestId: `proxy-${staff.openid}-${input.requestId}`,
    pointCode: input.pointCode,
    category: input.category,
    content: input.content,
    contact: input.contact,
    source: 'walk-in',
    how: '代居民登记',
    answerOnSpot: input.answerOnSpot,
  })
  return view(ctx, staff, item)
}
