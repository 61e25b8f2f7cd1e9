import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { VisitRow as Row } from '../../../../domain/diary/api'
import { chineseDayOf } from '../../../../domain/kernel/display-dates'
import { VISIT_FORM_LABELS } from '../../../../domain/diary/visits'

/** One diary entry in a list: date, form, the household masked, and what it led to. */
export default function VisitRow({ visit, showAuthor = false }: { visit: Row; showAuthor?: boolean }) {
  const open = () => Taro.navigateTo({ url: `/staff/pages/visit/index?id=${encodeURIComponent(visit.id)}` })
  const counts = [visit.items ? `登记诉求 ${visit.items} 件` : '', visit.follows ? `回访事项 ${visit.follows} 件` : ''].filter(Boolean)
  return (
    <View className='card' data-testid='diary-row' role='link' onClick={open}>
      <View className='diary-row__top'>
        <Text className='diary-row__form'>{VISIT_FORM_LABELS[visit.form]}</Text>
        <Text>{chineseDayOf(visit.visitedAt)}</Text>
      </View>
      <View data-testid='diary-row-household'>{visit.household}</View>
      {counts.length || showAuthor ? (
        <View className='diary-row__meta'>
          {[showAuthor ? visit.authorName : '', ...counts].filter(Boolean).join(' · ')}
        </View>
      ) : null}
    </View>
  )
}
