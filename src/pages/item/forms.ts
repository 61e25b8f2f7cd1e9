import type { RatingLevel } from '../../../domain/matters/handling'

/** What the 评议 form holds; null until the resident picks. */
export interface RateForm {
  level: RatingLevel | null
  solved: boolean | null
  opinion: string
  /** 公开到「大家说的事」: off unless the resident says so */
  public?: boolean
}

export const emptyRateForm = (): RateForm => ({ level: null, solved: null, opinion: '', public: false })

/**
 * The event `matterResidentEventSchemas['item.rate']` checks: unanswered questions left out (so
 * the schema names them), a blank opinion is no opinion.
 */
export function toRateEvent(itemId: string, form: RateForm) {
  return {
    action: 'item.rate' as const,
    id: itemId,
    ...(form.level !== null ? { level: form.level } : {}),
    ...(form.solved !== null ? { solved: form.solved } : {}),
    ...(form.opinion.trim() ? { opinion: form.opinion } : {}),
    ...(form.public ? { public: true } : {}),
  }
}
