import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ClientError } from '../../api/result'
import { InlineAlert } from '../States'
import './index.scss'

/** The foot of a paged list: why the next page failed, 加载更多, or 没有更多了. */
export default function ListFooter({ more, loading, error, onMore, testId = 'load-more', errorTestId }: {
  more: boolean
  loading: boolean
  error?: ClientError | null
  onMore: () => void
  testId?: string
  errorTestId?: string
}) {
  return (
    <>
      {error ? <InlineAlert message={error.message} testId={errorTestId} /> : null}
      {more ? (
        <Button size='large' block className='list-footer__more' data-testid={testId} loading={loading} disabled={loading} onClick={onMore}>
          {loading ? '正在加载…' : '加载更多'}
        </Button>
      ) : (
        <View className='list-footer__end'>没有更多了</View>
      )}
    </>
  )
}
