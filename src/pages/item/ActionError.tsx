import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ClientError } from '../../api'
import { InlineAlert } from '../../components/States'

/**
 * Why an action did not go through, in the server's words. When the matter moved on in
 * the meantime (CONFLICT), a button fetches it afresh.
 */
export default function ActionError({ error, onRefresh }: { error: ClientError | string; onRefresh?: () => void }) {
  const message = typeof error === 'string' ? error : error.message
  const stale = typeof error !== 'string' && error.code === 'CONFLICT'
  return (
    <View className='action-error'>
      <InlineAlert message={message} testId='action-error' />
      {stale && onRefresh ? (
        <Button size='large' block data-testid='action-refresh' onClick={onRefresh}>
          刷新，看看最新情况
        </Button>
      ) : null}
    </View>
  )
}
