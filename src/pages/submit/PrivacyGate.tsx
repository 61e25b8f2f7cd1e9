import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import { LoadingState } from '../../components/States'
import { privacyConsent } from '../../lib/consent'
import PrivacyNotice from './PrivacyNotice'

/** The answer WeChat waits for after it asked for privacy authorisation. */
type PrivacyResolve = (answer: { event: 'agree' | 'disagree'; buttonId?: string }) => void

const AGREE_BUTTON_ID = 'privacy-agree'

/**
 * Mini-program: WeChat's 隐私保护指引 flow. WeChat tells the page (onNeedPrivacyAuthorization)
 * when a privacy API such as choosing a photo needs consent; getPrivacySetting tells whether
 * consent is still missing, in which case we ask before the form collects anything.
 */
function WeappPrivacyGate({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<'checking' | 'asking' | 'declined' | 'agreed'>('checking')
  // Once the form is shown it stays mounted, even if WeChat asks again (say, on choosing a photo).
  const [formShown, setFormShown] = useState(false)
  const pending = useRef<PrivacyResolve | null>(null)

  // One listener per app: (re)claim it when this page mounts and whenever it shows again.
  const listen = () =>
    wx.onNeedPrivacyAuthorization?.((resolve: unknown) => {
      pending.current = resolve as PrivacyResolve
      setPhase('asking')
    })
  useDidShow(listen)

  useEffect(() => {
    listen()
    if (!wx.getPrivacySetting) return setPhase('agreed') // base library too old to have the flow
    wx.getPrivacySetting({
      success: (res) => setPhase((p) => (res.needAuthorization ? 'asking' : p === 'checking' ? 'agreed' : p)),
      fail: () => setPhase((p) => (p === 'checking' ? 'agreed' : p)),
    })
  }, [])

  useEffect(() => {
    if (phase === 'agreed') setFormShown(true)
  }, [phase])

  const answer = (event: 'agree' | 'disagree') => {
    pending.current?.(event === 'agree' ? { event, buttonId: AGREE_BUTTON_ID } : { event })
    pending.current = null
    setPhase(event === 'agree' ? 'agreed' : 'declined')
  }

  if (phase === 'checking') return <LoadingState />

  const footer = (
    <View className='privacy-gate__buttons'>
      <Button size='large' className='privacy-gate__button' data-testid='consent-decline' onClick={() => answer('disagree')}>
        不同意
      </Button>
      <Button
        id={AGREE_BUTTON_ID}
        type='primary'
        size='large'
        className='privacy-gate__button'
        data-testid='consent-agree'
        openType='agreePrivacyAuthorization'
        onAgreePrivacyAuthorization={() => answer('agree')}
      >
        同意并继续
      </Button>
    </View>
  )

  return (
    <>
      {phase === 'agreed' || formShown ? (
        children
      ) : (
        <View className='privacy-gate card'>
          <View className='privacy-gate__title'>登记前请阅读</View>
          <PrivacyNotice />
          <View className='privacy-gate__link' onClick={() => wx.openPrivacyContract({})}>
            查看《隐私保护指引》全文
          </View>
          {phase === 'declined' ? (
            <Button type='primary' size='large' block data-testid='consent-reopen' onClick={() => setPhase('asking')}>
              同意后才能登记，点此重新查看
            </Button>
          ) : null}
        </View>
      )}
      <Dialog visible={phase === 'asking'} title='个人信息保护提示' footer={footer} closeOnOverlayClick={false}>
        <PrivacyNotice />
      </Dialog>
    </>
  )
}

/** H5: a plain consent panel, remembered in storage. */
function ConsentPanelGate({ children }: { children: ReactNode }) {
  const [agreed, setAgreed] = useState(privacyConsent.given)
  if (agreed) return <>{children}</>

  const agree = () => {
    privacyConsent.give()
    setAgreed(true)
  }
  return (
    <View className='privacy-gate card' data-testid='consent-panel'>
      <View className='privacy-gate__title'>登记前请阅读</View>
      <PrivacyNotice />
      <Button type='primary' size='xlarge' block data-testid='consent-agree' onClick={agree}>
        同意并继续
      </Button>
      <Button size='large' block className='privacy-gate__back' data-testid='consent-decline' onClick={() => Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/index/index' }))}>
        不同意，返回
      </Button>
    </View>
  )
}

/** Shows its children (the form) only after the resident agreed to the privacy notice. */
export default function PrivacyGate({ children }: { children: ReactNode }) {
  return process.env.TARO_ENV === 'weapp' ? <WeappPrivacyGate>{children}</WeappPrivacyGate> : <ConsentPanelGate>{children}</ConsentPanelGate>
}
