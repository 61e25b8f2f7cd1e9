import type { ComponentType, ReactNode } from 'react'
import { View } from '@tarojs/components'
import './index.scss'

/**
 * The identity switcher exists in the H5 build only. TARO_ENV is replaced at build time,
 * so in the mini-program this is `false ? require(...) : null` and webpack leaves the
 * module out of the bundle altogether (an import would keep it).
 */
const IdentitySwitcher: ComponentType | null =
  process.env.TARO_ENV === 'h5'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('../IdentitySwitcher') as { default: ComponentType }).default
    : null

/** The frame of every page: large-text base styles, and in H5 the identity switcher. */
export default function PageShell({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <View className={`page-shell${IdentitySwitcher ? ' page-shell--h5' : ''} ${className}`}>
      {children}
      {IdentitySwitcher ? <IdentitySwitcher /> : null}
    </View>
  )
}
