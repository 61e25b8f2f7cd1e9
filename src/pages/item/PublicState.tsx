import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import type { BoardState } from '../../../domain/board/api'
import type { ItemDetail } from '../../../domain/matters/api'
import { BOARD_STATUS_WORDS } from '../../../domain/board/board'
import { callResident } from '../../api'
import ActionError from './ActionError'
import type { ItemActions } from './useItemActions'

const EXPLAIN: Record<BoardState['status'], string> = {
  pending: '您同意隐去个人信息后公开。说事点领导审核通过后，它才会出现在「大家说的事」里。',
  approved: '隐去个人信息后，这件事已出现在说事点的「大家说的事」里。',
  rejected: '这件事没有公开。办理和您的评议不受影响。',
  withdrawn: '这件事已从「大家说的事」撤下，别人看不到了。',
}

/** 公开: where my matter stands with 大家说的事, and 撤下 while it waits or shows. */
export default function PublicState({ item, actions, onRefresh }: { item: ItemDetail; actions: ItemActions; onRefresh: () => void }) {
  const [asking, setAsking] = useState(false)
  const { board } = item
  if (!board) return null
  const sending = actions.busy === 'unpublish'
  const error = actions.errorOf('unpublish')
  const removable = board.status === 'pending' || board.status === 'approved'

  const confirm = async () => {
    await actions.run(
      'unpublish',
      async () => {
        const r = await callResident({ action: 'board.withdraw', id: item.id })
        return r.ok ? callResident({ action: 'item.get', id: item.id }) : r
      },
      '已撤下',
    )
    setAsking(false)
  }

  const footer = (
    <View className='confirm-dialog__buttons'>
      <Button size='large' className='confirm-dialog__button' data-testid='unpublish-cancel' disabled={sending} onClick={() => setAsking(false)}>
        不撤下
      </Button>
      <Button type='danger' size='large' className='confirm-dialog__button' data-testid='unpublish-confirm' loading={sending} disabled={sending} onClick={confirm}>
        {sending ? '正在撤下…' : '确定撤下'}
      </Button>
    </View>
  )

  return (
    <>
      <View className='section-title'>公开</View>
      <View className='card public-state' data-testid='public-state'>
        <Text className={`public-state__word public-state__word--${board.status}`} data-testid='public-state-word'>
          {BOARD_STATUS_WORDS[board.status]}
          {board.status === 'rejected' && board.reason ? `：${board.reason}` : ''}
        </Text>
        <View className='public-state__explain'>{EXPLAIN[board.status]}</View>
        {error ? <ActionError error={error} onRefresh={onRefresh} /> : null}
        {removable ? (
          <Button
            size='large'
            block
            className='item-actions__button item-actions__button--danger'
            data-testid='unpublish'
            disabled={actions.busy !== null}
            onClick={() => {
              actions.clearError()
              setAsking(true)
            }}
          >
            {board.status === 'approved' ? '从「大家说的事」撤下' : '不公开了'}
          </Button>
        ) : null}
      </View>
      <Dialog visible={asking} title='撤下公开的事' footer={footer} closeOnOverlayClick={false} onClose={() => !sending && setAsking(false)}>
        <View className='confirm-dialog__text' data-testid='unpublish-dialog'>
          撤下后别人在「大家说的事」里就看不到这件事了，以后也不能再公开。确定撤下吗？
        </View>
      </Dialog>
    </>
  )
}
