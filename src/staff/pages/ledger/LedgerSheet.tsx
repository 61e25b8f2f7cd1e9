import type { LedgerView } from '../../../../domain/ledger/api'
import { formatChinaDateTime } from '../../../../domain/kernel/time'
import FormSheet, { type Cell } from '../forms/Sheet'

const monthWords = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`

/** The figures of the month as the sheet's cells; below 10 households, one line saying why there are none. */
function figureCells(l: LedgerView): Cell[] {
  const f = l.figures
  if (!f) return [{ label: '住户情况', value: '本片登记的住户不足 10 户，为保护住户信息，不显示统计。', wide: true }]
  const flags = f.flags.map((x) => `${x.label} ${x.count} 户${x.on ? `（新增 ${x.on}）` : ''}${x.off ? `（取消 ${x.off}）` : ''}`).join('；')
  return [
    { label: '在册住户', value: `${f.known} 户` },
    { label: '本月走访', value: `${f.visitedMonth} 户，走访率 ${f.rateMonth}%` },
    { label: '本年累计走访', value: `${f.visitedYear} 户，走访率 ${f.rateYear}%（目标 ${f.goal}%）` },
    { label: '本月变动', value: `迁入 ${f.movedIn} 户，迁出 ${f.movedOut} 户，新增困难群众 ${f.newlyHardship} 户` },
    { label: '四清标记', value: flags, wide: true },
  ]
}

/** 包片区月台账 on one A4 sheet: made from the records, the cadre's remarks, the leader's confirmation. */
export default function LedgerSheet({ ledger }: { ledger: LedgerView }) {
  const matters = ledger.matters.length === 0 ? '本月没有' : ledger.matters.map((m) => `${m.no} ${m.category}（${m.statusLabel}）`).join('\n')
  const cells: Cell[] = [
    { label: '包片干部', value: ledger.area.cadreName },
    { label: '楼栋/村组', value: ledger.area.units.join('、') },
    ...figureCells(ledger),
    { label: `本月反映的事项（${ledger.matters.length} 件）`, value: matters, wide: true },
    { label: '干部备注', value: ledger.remarks, wide: true },
    { label: '领导确认', value: ledger.confirmed ? `${ledger.confirmed.byName} ${formatChinaDateTime(ledger.confirmed.at)}` : '未确认', wide: true },
  ]
  return (
    <FormSheet
      title='包片区月台账'
      subtitle={`${ledger.area.pointName}\u3000${ledger.area.name}\u3000${monthWords(ledger.month)}`}
      cells={cells}
      foot={`数据截至 ${formatChinaDateTime(ledger.madeAt)}，由住户登记、民情日记和事项登记生成`}
      testId='ledger-sheet'
    />
  )
}
