/** The duty roster in words, for residents and staff alike. Pure. */

/** Who is on duty, as the 接访公示 posts it: 张建国（综合接待）、李秀英（环境卫生）. */
export const onDutyText = (onDuty: readonly { name: string; duty: string }[]) =>
  onDuty.length > 0 ? onDuty.map((p) => `${p.name}（${p.duty}）`).join('、') : '值班人员待定'

/** 'YYYY-MM' moved by `n` months. */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number)
  const index = y * 12 + (m - 1) + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** 2026-03 → 2026年3月 */
export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
