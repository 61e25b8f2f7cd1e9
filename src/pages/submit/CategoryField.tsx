import { View } from '@tarojs/components'
import { CATEGORIES, type Category } from '../../../domain/matters/categories'
import FormField from './FormField'

interface Props {
  value: Category | ''
  error?: string
  onChange: (value: Category) => void
}

/**
 * 诉求类别 as big buttons, all in view: one tap, no scrolling wheel to master, easier for
 * older residents than a picker.
 */
export default function CategoryField({ value, error, onChange }: Props) {
  return (
    <FormField label='诉求类别' error={error}>
      <View className='category-field' data-testid='field-category' role='radiogroup'>
        {CATEGORIES.map((category) => (
          <View
            key={category}
            className={`category-field__option${category === value ? ' is-selected' : ''}`}
            data-testid='category-option'
            role='radio'
            aria-checked={category === value}
            onClick={() => onChange(category)}
          >
            {category}
          </View>
        ))}
      </View>
    </FormField>
  )
}
