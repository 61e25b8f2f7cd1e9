import { useState } from 'react'
import type { ChinaDays } from '../../../../domain/kernel/periods'
import { currentPeriod, customPeriodProblem, type PeriodChoice } from '../../lib/figuresText'

/**
 * The period a figures page counts: a choice (本月 / 本季度 / … / custom), the days it
 * stands for, why a custom range cannot be counted yet, and the props for PeriodBar.
 * Switching to custom starts from the range shown, so the wheel opens on it.
 */
export function usePeriodChoice(initial: Exclude<PeriodChoice, 'custom'>) {
  const [choice, setChoice] = useState<PeriodChoice>(initial)
  const [custom, setCustom] = useState<ChinaDays>(() => currentPeriod(initial, new Date()))
  const days = choice === 'custom' ? custom : currentPeriod(choice, new Date())
  const problem = choice === 'custom' ? customPeriodProblem(custom) : null
  const onChoice = (c: PeriodChoice) => {
    if (c === 'custom' && choice !== 'custom') setCustom(days)
    setChoice(c)
  }
  return { days, problem, bar: { choice, days, problem, onChoice, onCustom: setCustom } }
}
