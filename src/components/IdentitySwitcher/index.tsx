import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { chooseIdentity, currentIdentity, IDENTITIES } from '../../lib/identity'
import './index.scss'

/**
 * H5 only (the local emulator): shows who you are playing and lets you switch. Switching
 * reloads the page so every request goes out under the new identity.
 */
export default function IdentitySwitcher() {
  const [open, setOpen] = useState(false)
  const me = currentIdentity()

  const choose = (openid: string) => {
    setOpen(false)
    if (openid === me.openid) return
    chooseIdentity(openid)
    window.location.reload()
  }

  return (
    <View className='identity-switcher' data-testid='identity-switcher'>
      <View className='identity-switcher__current' data-testid='identity-current' onClick={() => setOpen(!open)}>
        <Text>身份：{me.label}</Text>
        <Text className='identity-switcher__hint'>{open ? '收起 ▴' : '切换 ▾'}</Text>
      </View>
      {open && (
        <View className='identity-switcher__menu' role='listbox'>
          {IDENTITIES.map((identity) => (
            <View
              key={identity.openid}
              className={`identity-switcher__option${identity.openid === me.openid ? ' is-current' : ''}`}
              data-testid={`identity-option-${identity.openid}`}
              role='option'
              aria-selected={identity.openid === me.openid}
              onClick={() => choose(identity.openid)}
            >
              {identity.label}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
