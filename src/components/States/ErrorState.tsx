import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ClientError } from '../../api'
import { Notice } from './Notice'

/** What kind of failure it is, in the words a person needs: the cause decides what to do next. */
const KINDS: Record<string, { title: string; mark: string; retry: boolean }> = {
  NETWORK: { title: '网络连接不上', mark: '!', retry: true },
  INTERNAL: { title: '系统出了点问题', mark: '!', retry: true },
  RATE_LIMITED: { title: '操作太频繁', mark: '!', retry: true },
  FORBIDDEN: { title: '没有权限', mark: '×', retry: false },
  UNAUTHENTICATED: { title: '无法确认您的身份', mark: '×', retry: true },
  NOT_FOUND: { title: '没有找到', mark: '?', retry: false },
}
const OTHER = { title: '加载失败', mark: '!', retry: true }

const TAB_PAGES = ['pages/index/index', 'pages/mine/index']

/** Back where the person came from; opened from a link or a code, to 首页. */
export function goBack() {
  const pages = Taro.getCurrentPages()
  if (pages.length > 1) void Taro.navigateBack()
  else void Taro.switchTab({ url: '/pages/index/index' })
}

function onTabPage(): boolean {
  const path = (Taro.getCurrentInstance().router?.path ?? '').replace(/^\//, '').split('?')[0]
  return TAB_PAGES.includes(path)
}

/**
 * A failed load: what kind of failure (no network, the system, a refusal, nothing there),
 * in the server's words, with 重试 where trying again can help and 返回 off a page that
 * cannot show anything.
 */
export function ErrorState({ error, onRetry, title }: { error: ClientError; onRetry: () => void; title?: string }) {
  const kind = KINDS[error.code] ?? OTHER
  const back = onTabPage() ? null : (
    <Button type={kind.retry ? 'default' : 'primary'} size='large' block data-testid='go-back' onClick={goBack}>
      返回
    </Button>
  )
  const actions = (
    <View className='state__buttons'>
      {kind.retry ? (
        <Button type='primary' size='large' block data-testid='retry' onClick={onRetry}>
          重试
        </Button>
      ) : null}
      {back}
    </View>
  )
  return (
    <Notice
      mark={kind.mark}
      tone='error'
      title={title ?? kind.title}
      description={error.message}
      action={actions}
      testId='state-error'
      kind={error.code}
    />
  )
}
