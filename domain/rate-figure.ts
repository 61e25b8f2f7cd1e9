/**
 * A rate shown to people: over fewer than MIN_SAMPLE matters it is the count with
 * 样本不足, never a percentage, so one quick answer cannot make a point look perfect.
 */
import type { RateFigure } from './api-board'

export const MIN_SAMPLE = 10

export function rateFigure(part: number, whole: number): RateFigure {
  if (whole < MIN_SAMPLE) return { insufficient: true, n: whole }
  return { value: part / whole }
}

/** 92.3%, or 样本不足（3 件） */
export function formatRate(rate: RateFigure): string {
  if ('insufficient' in rate) return `样本不足（${rate.n} 件）`
  return `${(Math.round(rate.value * 1000) / 10).toFixed(1)}%`
}
