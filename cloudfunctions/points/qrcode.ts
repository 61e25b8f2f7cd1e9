/**
 * A point's 小程序码 (wxacode.getUnlimited, scene = the point's code, opening its home
 * page), for admins and the point's leaders. Made once and kept in storage: later
 * requests answer with the same file.
 */
import type { PointStaffEvent } from '../../domain/points/schemas'
import type { QrCodeView } from '../../domain/points/api'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { requireRight } from '../kernel/access'
import { mayManagePoint } from '../../domain/points/policy'
import type { StaffContext } from '../kernel/staff-context'
import { asPoint, asPoints } from '../kernel/reads'

export const POINT_HOME_PAGE = 'pages/index/index'

export async function pointQrCode(input: PointStaffEvent<'points.qrcode'>, ctx: StaffContext): Promise<QrCodeView> {
  const caller = await ctx.caller()
  requireRight(mayManagePoint(caller, input.code), '只有管理员和本说事点的领导可以获取小程序码')
  const { db, cloud } = ctx
  const { data } = await db.collection('points').where({ code: input.code }).limit(1).get()
  const point = asPoints(data)[0]
  if (!point) throw new AppError('NOT_FOUND', '没有这个说事点')

  let fileID = point.qrcodeFileID
  if (!fileID) {
    const image = await cloud.openapi.wxacode.getUnlimited({ scene: point.code, page: POINT_HOME_PAGE, width: 600 })
    const uploaded = await cloud.uploadFile({ cloudPath: `qrcodes/${point.code}-${Date.now()}.png`, fileContent: image.buffer })
    // Two first requests at once: the first to record its file wins, and both answer with it.
    fileID = await runTransactionWithRetry(db, async (tx) => {
      const ref = tx.collection('points').doc(point._id)
      const current = asPoint((await ref.get()).data)
      if (current?.qrcodeFileID) return current.qrcodeFileID
      await ref.update({ data: { qrcodeFileID: uploaded.fileID } })
      return uploaded.fileID
    })
  }
  const { fileList } = await cloud.getTempFileURL({ fileList: [fileID] })
  return { fileID, url: fileList[0].tempFileURL }
}
