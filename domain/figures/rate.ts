/**
 * A rate of 数字 (domain/figures/figures.ts) as residents read it: over fewer than FIGURES.minSample
 * matters it is the count with 样本不足, never a percentage, so one quick answer cannot
 * make a point look perfect.
 */
import type { Rate } from './figures'

/** 92.3%, or 样本不足（3 件） */
export function formatRate(rate: Rate): string {
  if ('insufficient' in rate) return `样本不足（${rate.n} 件）`
  return `${rate.value.toFixed(1)}%`
}
