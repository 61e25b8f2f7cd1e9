import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { InlineAlert } from '../../components/States'

interface Props {
  label: string
  busy: boolean
  error: string | null
  onSubmit: () => void
  onCancel?: () => void
  /** nothing to submit yet (e.g. no one to choose) */
  disabled?: boolean
  /** the submit button's testid */
  testId?: string
}

/** The end of a form: what went wrong (stays until the next try), and the buttons. */
export default function SubmitBar({ label, busy, error, onSubmit, onCancel, disabled = false, testId = 'form-submit' }: Props) {
  return (
    <View className='sf-submit'>
      {error ? <InlineAlert message={error} testId='form-error' /> : null}
      <View className='sf-submit__buttons'>
        {onCancel ? (
          <Button size='large' className='sf-submit__cancel' disabled={busy} onClick={onCancel}>
            取消
          </Button>
        ) : null}
        <Button type='primary' size='large' className='sf-submit__go' data-testid={testId} loading={busy} disabled={busy || disabled} onClick={onSubmit}>
          {busy ? '正在提交…' : label}
        </Button>
      </View>
    </View>
  )
}
