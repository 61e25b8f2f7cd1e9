/**
 * 导出: a period's matters as CSV for a leader (their points) or an admin (any point),
 * written to storage and handed back as a short-lived link. Names, phones and addresses
 * are masked unless the leader asks for them in full, which the audit log records.
 */
import { EXPORT_COLUMNS, MAX_EXPORT_ROWS, type ExportFile } from '../../domain/exports/api'
import { toCsv } from '../../domain/exports/csv'
import { periodInstants } from '../../domain/kernel/periods'
import type { ExportEvent } from '../../domain/exports/schemas'
import { audit } from '../kernel/audit'
import { newId } from '../kernel/ids'
import type { QueryCondition } from '../kernel/port'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { requireRight, narrowPoints, pointsOfScope, requireScope } from '../kernel/access'
import { exportScope, mayExportUnmasked } from '../../domain/exports/policy'
import type { StaffContext } from '../kernel/staff-context'
import { exportRow } from './export-rows'
import { asItems } from '../kernel/reads'

const PAGE = 500
/** The link works this long (seconds): the file may hold personal data. */
const LINK_SECONDS = 15 * 60

/** The points the export covers, by the export's scope; null = every point (an admin asking for all). */
function pointsFor(caller: StaffRecord, pointCode: string | undefined): readonly string[] | null {
  const covered = pointsOfScope(requireScope(exportScope(caller), '只有领导和管理员可以导出事项'))
  return narrowPoints(covered, pointCode, '您只能导出自己所在说事点的事项')
}

async function readPeriod(ctx: StaffContext, points: readonly string[] | null, from: Date, until: Date): Promise<ItemRecord[]> {
  const _ = ctx.db.command
  const period: QueryCondition = { createdAt: _.gte(from).and(_.lt(until)), ...(points ? { pointCode: _.in([...points]) } : {}) }
  const rows: ItemRecord[] = []
  let last: ItemRecord | undefined
  // keyset pages on (createdAt, seq): a bounded read whatever the collection's size
  for (;;) {
    const where = last
      ? _.and(period, _.or({ createdAt: _.gt(last.createdAt) }, { createdAt: _.eq(last.createdAt), seq: _.gt(last.seq) }))
      : period
    const { data } = await ctx.db.collection('items').where(where).orderBy('createdAt', 'asc').orderBy('seq', 'asc').limit(PAGE).get()
    rows.push(...asItems(data))
    if (rows.length > MAX_EXPORT_ROWS) {
      throw new AppError('INVALID_INPUT', `这段时间的事项超过 ${MAX_EXPORT_ROWS} 件，请缩短时段或按说事点分别导出`)
    }
    if (data.length < PAGE) return rows
    last = rows[rows.length - 1]
  }
}

export async function exportItems(input: ExportEvent<'exports.items'>, ctx: StaffContext): Promise<ExportFile> {
  const caller = await ctx.caller()
  const points = pointsFor(caller, input.pointCode)
  const unmasked = input.unmasked === true
  if (unmasked) requireRight(mayExportUnmasked(caller, points), '您无权导出未打码的事项')
  const scope = points ? points.join(',') : '全部说事点'
  await audit(ctx.db, {
    actor: caller.openid,
    action: unmasked ? 'exports.items:unmasked' : 'exports.items:masked',
    target: `${scope} ${input.from}~${input.to}`,
    at: ctx.now,
  })
  // from the first moment of `from` to the last of `to`, China time
  const { start, end } = periodInstants({ from: input.from, to: input.to })
  const items = await readPeriod(ctx, points, start, end)
  const csv = toCsv(EXPORT_COLUMNS, items.map((i) => exportRow(i, unmasked)))
  const name = `${input.from.replace(/-/g, '')}-${input.to.replace(/-/g, '')}-${newId().slice(0, 8)}`
  const { fileID } = await ctx.cloud.uploadFile({ cloudPath: `exports/${caller.openid}/${name}.csv`, fileContent: Buffer.from(csv, 'utf8') })
  const { fileList } = await ctx.cloud.getTempFileURL({ fileList: [{ fileID, maxAge: LINK_SECONDS }] })
  return { fileID, url: fileList[0].tempFileURL, rows: items.length, unmasked }
}
