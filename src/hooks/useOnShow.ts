import { useEffect, useRef } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'

/**
 * Runs `fn` when the component mounts and each time its page shows again after being
 * hidden (back from another page). Unlike Taro's useDidShow alone, a component mounted
 * after its page first showed (say, once the caller's roles are known) still runs it.
 */
export function useOnShow(fn: () => void) {
  const fnRef = useRef(fn)
  fnRef.current = fn
  const hidden = useRef(false)
  useEffect(() => fnRef.current(), [])
  useDidHide(() => {
    hidden.current = true
  })
  useDidShow(() => {
    if (!hidden.current) return
    hidden.current = false
    fnRef.current()
  })
}
