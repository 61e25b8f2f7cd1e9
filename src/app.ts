import type { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // The H5 build talks to the local gateway instead (src/api/transport.ts).
    if (process.env.TARO_ENV === 'weapp') Taro.cloud.init({ env: CLOUD_ENV, traceUser: true })
  })
  return children
}

export default App
