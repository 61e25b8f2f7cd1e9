import { CATEGORIES, type Category } from '../../../../domain/matters/categories'
import type { FieldErrors } from '../../../../domain/kernel/validation'
import Options from '../../components/Options'
import TextInput from '../../components/TextInput'

const options = CATEGORIES.map((c) => ({ value: c, label: c }))

interface Props {
  draft: { category: string; content: string }
  fields: FieldErrors
  update: (patch: { category?: Category; content?: string }) => void
}

/** What a matter registered at the desk says: 诉求类别 as big buttons, and 诉求内容. */
export default function MatterFields({ draft, fields, update }: Props) {
  return (
    <>
      <Options
        label='诉求类别'
        options={options}
        value={(CATEGORIES as readonly string[]).includes(draft.category) ? (draft.category as Category) : null}
        testPrefix='option-category'
        error={fields.category}
        onChange={(category) => update({ category })}
      />
      <TextInput
        label='诉求内容'
        testId='form-content'
        multiline
        maxLength={1000}
        value={draft.content}
        error={fields.content}
        placeholder='居民说的事，写清楚在哪里、什么情况（至少 10 个字）'
        onChange={(content) => update({ content })}
      />
    </>
  )
}
