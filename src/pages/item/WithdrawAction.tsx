import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import { callResident } from '../../api'
import ActionError from './ActionError'
import type { ItemActions } from './useItemActions'

/** 撤回: before a cadre accepts the matter; asks first. */
export default function WithdrawAction({ itemId, actions, onRefresh }: { itemId: string; actions: ItemActions; onRefresh: () => void }) {
  const [asking, setAsking] = useState(false)
  const sending = actions.busy === 'withdraw'
  const error = actions.errorOf('withdraw')

  const confirm = async () => {
    await actions.run('withdraw', () => callResident({ action: 'item.withdraw', id: itemId }), '已撤回')
    setAsking(false)
  }

  const footer = (
    <View className='confirm-dialog__buttons'>
      <Button size='large' className='confirm-dialog__button' data-testid='withdraw-cancel' disabled={sending} onClick={() => setAsking(false)}>
        不撤回
      </Button>
      <Button
        type='danger'
        size='large'
        className='confirm-dialog__button'
        data-testid='withdraw-confirm'
        loading={sending}
        disabled={sending}
        onClick={confirm}
      >
        {sending ? '正在撤回…' : '确定撤回'}
      </Button>
    </View>
  )

  return (
    <View className='withdraw-action'>
      {error ? <ActionError error={error} onRefresh={onRefresh} /> : null}
      <Button
        size='large'
        block
        className='item-actions__button item-actions__button--danger'
        data-testid='withdraw'
        disabled={actions.busy !== null}
        onClick={() => {
          actions.clearError()
          setAsking(true)
        }}
      >
        撤回这件事
      </Button>
      <Dialog visible={asking} title='撤回这件事' footer={footer} closeOnOverlayClick={false} onClose={() => !sending && setAsking(false)}>
        <View className='confirm-dialog__text' data-testid='withdraw-dialog'>
          撤回后干部将不再办理这件事，确定撤回吗？
        </View>
      </Dialog>
    </View>
  )
}
