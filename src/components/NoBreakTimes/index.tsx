import { Text } from '@tarojs/components'
import { Fragment } from 'react'
import { splitTimes } from './splitTimes'

/**
 * Text such as 每周三 9:00–12:00、14:30–17:30 where a time, a time range, a date or a
 * weekday never breaks across lines (a break inside 14:30 reads as two numbers, 星期 / 三
 * as two words).
 */
export function NoBreakTimes({ text }: { text: string }) {
  return (
    <>
      {splitTimes(text).map((part, i) =>
        part.time ? (
          <Text key={i} className='nobreak'>
            {part.text}
          </Text>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  )
}
