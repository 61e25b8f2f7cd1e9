import { Text, View } from '@tarojs/components'
import type { FiguresView, OpeningsMonth, VisitFigure } from '../../../../domain/figures/api'
import { OPENINGS } from '../../../../domain/policy/defaults'

const monthWords = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`

function OpeningRow({ o, showPoint }: { o: OpeningsMonth; showPoint: boolean }) {
  let verdict
  if (o.shortfalls === null) verdict = <Text className='sf-muted'>只统计了这个月的一部分</Text>
  else if (o.shortfalls.length === 0) verdict = <Text className='fg-ok'>达到每月要求</Text>
  else verdict = <Text className='fg-behind'>{o.shortfalls.join('；')}</Text>
  return (
    <View className='fg-row' data-testid='figures-opening'>
      <View className='fg-row__top'>
        <Text>
          {monthWords(o.month)}
          {showPoint ? ` · ${o.pointName}` : ''}
        </Text>
        <Text className='fg-row__count'>开放 {o.openings} 次</Text>
      </View>
      {verdict}
    </View>
  )
}

function VisitRow({ v, showPoint }: { v: VisitFigure; showPoint: boolean }) {
  const quota = v.min === 0 ? '不作要求' : `要求 ${v.min}–${v.max} 户`
  return (
    <View className='fg-row' data-testid='figures-visit'>
      <View className='fg-row__top'>
        <Text>
          {monthWords(v.month)} · {v.name}
          {showPoint ? ` · ${v.pointName}` : ''}
        </Text>
        <Text className={`fg-row__count${v.behind ? ' fg-behind' : ''}`}>{v.households} 户</Text>
      </View>
      <Text className={v.behind ? 'fg-behind' : 'sf-muted'}>
        {quota}
        {v.behind ? (v.monthOver ? ' · 未达到' : ' · 目前未达到') : ''}
      </Text>
    </View>
  )
}

/** 开放次数 against the ≥ 4 a month rule, and 走访 (民情日记) against each point's quota, those behind first. */
export default function WorkFigures({ v }: { v: FiguresView }) {
  const points = new Set(v.openings.map((o) => o.pointCode))
  const visits = v.visits ? [...v.visits].sort((a, b) => Number(b.behind) - Number(a.behind)) : null
  const visitPoints = new Set(v.visits?.map((r) => r.pointCode))
  return (
    <>
      <View className='card fg-card' data-testid='figure-openings'>
        <View className='fg-card__head'>
          <Text className='fg-card__title'>开放次数</Text>
        </View>
        <View className='fg-card__rule'>{`说事点每月至少开放 ${OPENINGS.talkPerMonth} 次（两代表工作室每月至少接待 ${OPENINGS.studioPerMonth} 次），按排班计`}</View>
        {v.openings.length === 0 ? <Text className='sf-muted'>没有说事点的排班</Text> : null}
        {v.openings.map((o) => (
          <OpeningRow key={`${o.pointCode}-${o.month}`} o={o} showPoint={points.size > 1} />
        ))}
      </View>
      <View className='card fg-card' data-testid='figure-visits'>
        <View className='fg-card__head'>
          <Text className='fg-card__title'>走访</Text>
        </View>
        {visits === null ? (
          <Text className='sf-muted' data-testid='figure-visits-none'>
            民情日记尚未统计
          </Text>
        ) : (
          <>
            <View className='fg-card__rule'>每位干部每月入户走访的户数（民情日记），对照说事点的要求</View>
            {visits.length === 0 ? <Text className='sf-muted'>没有要走访的干部</Text> : null}
            {visits.map((r) => (
              <VisitRow key={`${r.month}-${r.pointCode}-${r.openid}`} v={r} showPoint={visitPoints.size > 1} />
            ))}
          </>
        )}
      </View>
    </>
  )
}
