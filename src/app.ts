import type { PropsWithChildren } from 'react'
import Taro, { useDidShow, useLaunch } from '@tarojs/taro'
import { refreshUnreadBadge } from './lib/messageBoxes'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // The H5 build talks to the local gateway instead (src/api/transport.ts).
    if (process.env.TARO_ENV === 'weapp') Taro.cloud.init({ env: CLOUD_ENV, traceUser: true })
  })
  // the unread count on the 我的 tab, each time the app comes to the front
  useDidShow(() => void refreshUnreadBadge())
  return children
}

export default App
