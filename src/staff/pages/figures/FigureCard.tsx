import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { MatterSet } from '../../../../domain/figures/api'

export interface FigureLink {
  set: MatterSet
  label: string
  count: number
}

export interface FigureCardProps {
  id: string
  title: string
  /** what the figure counts, in a line */
  rule: string
  headline: string
  basis?: string
  /** the sample is too small for a rate */
  insufficient?: boolean
  /** a headline in words rather than one number */
  small?: boolean
  links: FigureLink[]
  /** below the links: what is shown apart, with its own links */
  apart?: { note: string; links: FigureLink[] }
  onOpen: (set: MatterSet) => void
  children?: ReactNode
}

function LinkRows({ links, onOpen }: { links: FigureLink[]; onOpen: FigureCardProps['onOpen'] }) {
  return (
    <>
      {links.map((l) => (
        <View key={l.set} className='fg-link' data-testid={`figure-link-${l.set}`} role='link' onClick={() => onOpen(l.set)}>
          <Text className='fg-link__label'>{l.label}</Text>
          <Text className='fg-link__count'>{l.count} 件 ›</Text>
        </View>
      ))}
    </>
  )
}

/** One figure: its headline, what it stands on, and the matters behind it, each a way to their list. */
export default function FigureCard({ id, title, rule, headline, basis, insufficient, small, links, apart, onOpen, children }: FigureCardProps) {
  return (
    <View className='card fg-card' data-testid={`figure-${id}`}>
      <View className='fg-card__head'>
        <Text className='fg-card__title'>{title}</Text>
        <Text className={`fg-card__headline${insufficient || small ? ' is-small' : ''}`} data-testid={`figure-${id}-headline`}>
          {headline}
        </Text>
      </View>
      {basis ? (
        <View className={`fg-card__basis${insufficient ? ' is-insufficient' : ''}`} data-testid={`figure-${id}-basis`}>
          {basis}
        </View>
      ) : null}
      <View className='fg-card__rule'>{rule}</View>
      <LinkRows links={links} onOpen={onOpen} />
      {apart ? (
        <View className='fg-apart' data-testid={`figure-${id}-apart`}>
          <View className='fg-apart__note'>{apart.note}</View>
          <LinkRows links={apart.links} onOpen={onOpen} />
        </View>
      ) : null}
      {children}
    </View>
  )
}
