import { CATEGORIES, type Category } from '../../../../domain/matters/categories'
import Options from '../../components/Options'

const options = CATEGORIES.map((c) => ({ value: c, label: c }))

/** 诉求类别 as big buttons. */
export default function CategoryOptions({ value, error, onChange }: { value: string; error?: string; onChange: (c: Category) => void }) {
  return (
    <Options
      label='诉求类别'
      options={options}
      value={(CATEGORIES as readonly string[]).includes(value) ? (value as Category) : null}
      testPrefix='option-category'
      error={error}
      onChange={onChange}
    />
  )
}
