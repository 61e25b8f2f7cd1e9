import { View } from '@tarojs/components'
import { deadlineWords, dueDateFor, IMPORTANCE_LABELS, type Importance } from '../../../../../domain/matters/deadlines'
import { DECIDING_BODY, TIER_LABELS, TIERS, TRACK_LABELS, TRACKS, type Tier, type Track } from '../../../../../domain/matters/handling'
import { formatChinaDateTime } from '../../../../../domain/kernel/time'
import type { FieldErrors } from '../../../../../domain/kernel/validation'
import Options from '../../../components/Options'
import { fieldsOf } from '../../../lib/fieldsOf'

export interface Handling {
  track: Track | null
  importance: Importance | null
  tier: Tier
}

const TRACK_NOTES: Record<Track, string> = {
  immediate: '马上能办',
  phased: '分几步办',
  local: '社区（村）能办',
  escalate: '需上级部门办',
}

const trackOptions = TRACKS.map((t) => ({ value: t, label: TRACK_LABELS[t], note: TRACK_NOTES[t] }))
const importanceOptions = (['normal', 'important'] as const).map((i) => ({
  value: i,
  label: IMPORTANCE_LABELS[i],
  note: `${deadlineWords(i)}内答复`,
}))
const tierOptions = TIERS.map((t) => ({ value: t, label: TIER_LABELS[t] }))

/** The choices as the accepting actions take them (an unmade choice is left out, and refused). */
export const handlingInput = (h: Handling) => ({ track: h.track ?? undefined, importance: h.importance ?? undefined, tier: h.tier })

/** 集中议事: how the matter is handled, how urgent it is, and which body decides it. */
export default function HandlingChoices({ value, errors, onChange }: { value: Handling; errors: FieldErrors; onChange: (v: Handling) => void }) {
  const due = value.importance ? formatChinaDateTime(dueDateFor(new Date(), value.importance)) : null
  const body = DECIDING_BODY[value.tier]
  const field = fieldsOf(value, errors, onChange)
  return (
    <View>
      <Options label='办理方式' options={trackOptions} testPrefix='option-track' {...field('track')} />
      <Options label='紧要程度' options={importanceOptions} testPrefix='option-importance' hint={due ? `从今天起算，${due} 前答复居民` : undefined} {...field('importance')} />
      <Options
        label='议事层级'
        options={tierOptions}
        testPrefix='option-tier'
        wide
        hint={body ? `此事需提交${body}研究决定，议定后请在本页记录结果` : '由主要干部商议即可'}
        {...field('tier')}
      />
    </View>
  )
}
