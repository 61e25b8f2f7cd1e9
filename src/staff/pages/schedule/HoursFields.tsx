import { View } from '@tarojs/components'
import { InputNumber } from '@nutui/nutui-react-taro'
import { OPENING_KIND_LABELS, OPENING_KINDS, type OpeningHours, type OpeningKind } from '../../../../domain/schedule/openings'
import { SCHEDULE_LIMITS } from '../../../../domain/schedule/check'
import type { FieldErrors } from '../../../../domain/kernel/validation'
import Field from '../../components/Field'
import Options from '../../components/Options'
import TimeField from '../../components/TimeField'

const KIND_NOTES: Record<OpeningKind, string> = {
  walkIn: '居民直接来，不用预约',
  booking: '居民按时段预约',
  deputy: '代表在工作室值班',
  collective: '代表集中接见居民',
}
const kindOptions = OPENING_KINDS.map((k) => ({ value: k, label: OPENING_KIND_LABELS[k], note: KIND_NOTES[k] }))
const SLOT_CHOICES = [15, 20, 30, 45, 60, 90, 120] as const
const slotOptions = SLOT_CHOICES.map((n) => ({ value: String(n), label: `${n} 分钟` }))

/** 约访 starts with 30-minute slots of 2 places (as the demo point has them). */
export const BOOKING_DEFAULTS = { slotMinutes: 30, places: 2 }

/** The hours of an opening: start and end on time wheels, the kind, and for 约访 the slots. */
export default function HoursFields({ hours, errors, onChange }: { hours: OpeningHours; errors: FieldErrors; onChange: (hours: OpeningHours) => void }) {
  const set = (patch: Partial<OpeningHours>) => onChange({ ...hours, ...patch })
  return (
    <View>
      <View className='sched-times'>
        <TimeField label='开始时间' testId='hours-start' value={hours.start} error={errors.start} onChange={(start) => set({ start })} />
        <TimeField label='结束时间' testId='hours-end' value={hours.end} error={errors.end} onChange={(end) => set({ end })} />
      </View>
      <Options
        label='接待方式'
        options={kindOptions}
        value={hours.kind}
        testPrefix='hours-kind'
        error={errors.kind}
        onChange={(kind) => set(kind === 'booking' ? { kind, slotMinutes: hours.slotMinutes ?? BOOKING_DEFAULTS.slotMinutes, places: hours.places ?? BOOKING_DEFAULTS.places } : { kind })}
      />
      {hours.kind === 'booking' ? (
        <>
          <Options
            label='每段时长'
            options={slotOptions}
            value={hours.slotMinutes ? String(hours.slotMinutes) : null}
            testPrefix='hours-slot'
            error={errors.slotMinutes}
            hint='开放时间按这个长度分成若干段，居民每次约一段'
            onChange={(v) => set({ slotMinutes: Number(v) })}
          />
          <Field label='每段名额' testId='hours-places' error={errors.places} hint={`同一段最多约几位居民（${SCHEDULE_LIMITS.places.min}–${SCHEDULE_LIMITS.places.max}）`}>
            <InputNumber
              className='sched-places'
              min={SCHEDULE_LIMITS.places.min}
              max={SCHEDULE_LIMITS.places.max}
              value={hours.places ?? BOOKING_DEFAULTS.places}
              onChange={(v) => set({ places: Number(v) })}
            />
          </Field>
        </>
      ) : null}
    </View>
  )
}
