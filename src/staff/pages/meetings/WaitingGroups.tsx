import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { WaitingGroup } from '../../../../domain/meetings/api'
import type { MeetingBody } from '../../../../domain/meetings/meetings'
import { dayText } from '../../lib/records'

/** 待议事: the matters each body must decide, each a way to its matter; 召集 per body. */
export default function WaitingGroups({ groups, onConvene }: { groups: WaitingGroup[]; onConvene: (body: MeetingBody) => void }) {
  return (
    <View data-testid='meetings-waiting'>
      {groups.map((g) => (
        <View key={g.body} className='card rec-group' data-testid={`waiting-${g.body}`}>
          <View className='rec-group__head'>
            <Text className='rec-group__title'>
              {g.body}：{g.items.length} 件待议
            </Text>
            {g.items.length > 0 ? (
              <Button size='small' type='primary' data-testid={`convene-${g.body}`} onClick={() => onConvene(g.body)}>
                召集{g.body}
              </Button>
            ) : null}
          </View>
          {g.items.length === 0 ? <View className='sf-muted'>没有等待{g.body}决定的事项</View> : null}
          {g.items.map((i) => (
            <View
              key={i.id}
              className='rec-row'
              data-testid='waiting-row'
              onClick={() => Taro.navigateTo({ url: `/staff/pages/item/index?id=${encodeURIComponent(i.id)}` })}
            >
              <View className='rec-row__top'>
                <Text>{i.no}</Text>
                <Text className='rec-status'>{i.category}</Text>
              </View>
              <View className='rec-row__text'>{i.excerpt}</View>
              <View className='rec-row__meta'>
                负责干部：{i.assignee.name}
                {i.plannedMeeting ? ` · 已排入 ${dayText(i.plannedMeeting.date)} 的会议` : ''}
              </View>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
