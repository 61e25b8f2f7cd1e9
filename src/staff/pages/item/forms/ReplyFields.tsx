import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import type { FieldErrors } from '../../../../../domain/kernel/validation'
import TextInput from '../../../components/TextInput'
import { fieldsOf } from '../../../lib/fieldsOf'
import type { Me } from '../../../lib/me'
import { replySigner } from '../../../lib/replySigner'

export interface ReplyDraft {
  answer: string
  unit: string
  handler: string
}

/** A new reply: 办理单位 and 经办人 as this cadre signed the last one (else their name). */
function initialReply(me: Me | null): ReplyDraft {
  const signer = replySigner.get(me?.openid)
  return { answer: '', unit: signer?.unit ?? '', handler: signer?.handler || me?.name || '' }
}

/**
 * The reply being written, starting from the cadre's last signature. Who the cadre is may
 * arrive after the form opened: then the empty fields are filled, typed ones kept.
 */
export function useReplyDraft(me: Me | null) {
  const [reply, setReply] = useState<ReplyDraft>(() => initialReply(me))
  useEffect(() => {
    if (!me) return
    const start = initialReply(me)
    setReply((r) => ({ ...r, unit: r.unit || start.unit, handler: r.handler || start.handler }))
  }, [me])
  return [reply, setReply] as const
}

/** 答复内容, 办理单位 and 经办人: what the resident is told and by whom. */
export default function ReplyFields({ value, errors, onChange }: { value: ReplyDraft; errors: FieldErrors; onChange: (v: ReplyDraft) => void }) {
  const field = fieldsOf(value, errors, onChange)
  return (
    <View>
      <TextInput label='答复内容' testId='form-answer' multiline maxLength={1000} placeholder='怎么办的、结果如何，用居民听得懂的话写' {...field('answer')} />
      <TextInput label='办理单位' testId='form-unit' maxLength={50} placeholder='例如 社区居委会' {...field('unit')} />
      <TextInput label='经办人' testId='form-handler' placeholder='具体经办人的姓名' maxLength={20} {...field('handler')} />
    </View>
  )
}
