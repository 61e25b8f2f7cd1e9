import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { NoticeLink, NoticeView } from '../../../domain/notices/api'
import { chineseDate } from '../../../domain/kernel/display-dates'
import './index.scss'

const day = (iso: string) => chineseDate(iso)

/** A 公告 as residents read it: what was raised, what was done, what comes next, and the matters it answers (by number only). */
export function NoticeBody({ notice }: { notice: NoticeView }) {
  return (
    <View className='notice-body card' data-testid='notice-body'>
      <View className='notice-body__title' data-testid='notice-title'>
        {notice.title}
      </View>
      <Text className='notice-body__meta'>
        {notice.pointName}
        {notice.publishedAt ? ` · ${day(notice.publishedAt)}发布` : ' · 未发布'}
      </Text>
      <View className='notice-body__part'>
        <Text className='notice-body__label'>群众反映</Text>
        <Text className='notice-body__text' data-testid='notice-raised'>{notice.raised}</Text>
      </View>
      <View className='notice-body__part'>
        <Text className='notice-body__label'>已经做了</Text>
        <Text className='notice-body__text' data-testid='notice-done'>{notice.done}</Text>
      </View>
      <View className='notice-body__part'>
        <Text className='notice-body__label'>下一步</Text>
        <Text className='notice-body__text' data-testid='notice-next'>{notice.next}</Text>
      </View>
      <View className='notice-body__part' data-testid='notice-matters'>
        <Text className='notice-body__label'>答复的诉求（{notice.matters.length} 件）</Text>
        {notice.matters.map((m) => (
          <Text key={m.itemId} className='notice-body__matter'>
            {m.no} · {m.category} · {m.month.replace('-', ' 年 ')} 月
          </Text>
        ))}
      </View>
    </View>
  )
}

/** Published notices as a list of links to the resident's notice page; nothing when there are none. */
export function NoticeLinks({ title, notices, testId }: { title: string; notices: NoticeLink[]; testId: string }) {
  if (notices.length === 0) return null
  return (
    <View data-testid={testId}>
      <View className='section-title'>{title}</View>
      {notices.map((n) => (
        <View
          key={n.id}
          className='notice-link card'
          role='link'
          data-testid={`notice-link-${n.id}`}
          onClick={() => void Taro.navigateTo({ url: `/pages/notice/index?id=${encodeURIComponent(n.id)}` })}
        >
          <Text className='notice-link__title'>{n.title}</Text>
          <Text className='notice-link__meta'>
            {day(n.publishedAt)} · 答复 {n.linkedCount} 件诉求 ›
          </Text>
        </View>
      ))}
    </View>
  )
}
