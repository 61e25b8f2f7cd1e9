import { useCallback, useEffect, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { callStaff } from '../../../api/staff'

/** 公开审核 (leaders): the way to the entries waiting, with their count, asked on every show. */
export default function BoardReviewLink() {
  const [waiting, setWaiting] = useState<number | null>(null)
  const load = useCallback(() => void callStaff({ action: 'board.pending', limit: 1 }).then((r) => r.ok && setWaiting(r.data.total)), [])
  useEffect(load, [load])
  useDidShow(load)
  return (
    <View className='messages-entry card' data-testid='workbench-board-review' role='link' onClick={() => void Taro.navigateTo({ url: '/staff/pages/board-review/index' })}>
      <Text className='messages-entry__title'>公开审核</Text>
      <Text className={`messages-entry__count${waiting ? ' is-unread' : ''}`} data-testid='workbench-board-review-count'>
        {waiting === null ? '' : waiting > 0 ? `${waiting > 99 ? '99+' : waiting} 件待审核` : '没有待审核'}
      </Text>
      <Text className='messages-entry__arrow'>›</Text>
    </View>
  )
}
