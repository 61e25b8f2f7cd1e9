import { useEffect } from 'react'
import { View } from '@tarojs/components'
import type { Importance } from '../../../../domain/matters/deadlines'
import type { Tier, Track } from '../../../../domain/matters/handling'
import type { FieldErrors } from '../../../../domain/kernel/validation'
import type { Me } from '../../lib/me'
import { replySigner } from '../../lib/replySigner'
import HandlingChoices from '../item/forms/HandlingChoices'
import ReplyFields from '../item/forms/ReplyFields'

/** 当场答复 as a draft keeps it: flat strings ('' for not chosen yet). */
export interface OnSpotDraft {
  track: string
  importance: string
  tier: string
  answer: string
  unit: string
  handler: string
}

export const emptyOnSpot = (): OnSpotDraft => ({ track: 'immediate', importance: 'normal', tier: 'cadre', answer: '', unit: '', handler: '' })

/** The event's `answerOnSpot` from the draft; the schema says what is missing. */
export const answerOnSpotOf = (d: OnSpotDraft) => ({
  track: d.track || undefined,
  importance: d.importance || undefined,
  tier: d.tier || undefined,
  answer: d.answer,
  unit: d.unit,
  handler: d.handler,
})

/**
 * How the matter is handled and what the resident is told, when it is answered at the
 * point. 办理单位 and 经办人 start as the cadre signed their last reply (else their name).
 */
export default function OnSpotFields({ value, me, errors, onChange }: { value: OnSpotDraft; me: Me | null; errors: FieldErrors; onChange: (patch: Partial<OnSpotDraft>) => void }) {
  useEffect(() => {
    if (!me || (value.unit && value.handler)) return
    const signer = replySigner.get(me.openid)
    onChange({ unit: value.unit || signer?.unit || '', handler: value.handler || signer?.handler || me.name })
    // only when who the cadre is becomes known
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [me])
  return (
    <View data-testid='on-spot-fields'>
      <HandlingChoices
        value={{ track: (value.track || null) as Track | null, importance: (value.importance || null) as Importance | null, tier: (value.tier || 'cadre') as Tier }}
        errors={errors}
        onChange={(h) => onChange({ track: h.track ?? '', importance: h.importance ?? '', tier: h.tier })}
      />
      <ReplyFields value={value} errors={errors} onChange={(r) => onChange({ answer: r.answer, unit: r.unit, handler: r.handler })} />
    </View>
  )
}
