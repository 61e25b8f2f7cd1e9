import { Text } from '@tarojs/components'
import { Fragment } from 'react'
import { splitTimes } from './splitTimes'

/**
 * Text such as 每周三 9:00–12:00、14:30–17:30 where a time or a time range never breaks
 * across lines (a line break inside 14:30 reads as two numbers).
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
