import { ScrollView } from '@tarojs/components'
import { Popup } from '@nutui/nutui-react-taro'
import type { ReactNode } from 'react'

interface Props {
  title: string
  open: boolean
  onClose: () => void
  children: ReactNode
  testId?: string
}

/** A form sliding up from the bottom; its content scrolls when taller than the screen. */
export default function Sheet({ title, open, onClose, children, testId }: Props) {
  return (
    <Popup visible={open} position='bottom' round closeable title={title} destroyOnClose onClose={onClose} className='sf-sheet'>
      {/* a scroll-view, not an overflowing view: the popup catches touchmove in the mini-program */}
      <ScrollView scrollY className='sf-sheet__body' data-testid={testId}>
        {children}
      </ScrollView>
    </Popup>
  )
}
