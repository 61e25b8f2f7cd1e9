import Taro from '@tarojs/taro'

/** Taro storage (wx storage in the mini-program, localStorage in H5) that never throws. */
export function readStored<T>(key: string, isValid: (value: unknown) => value is T): T | null {
  try {
    const value: unknown = Taro.getStorageSync(key)
    return isValid(value) ? value : null
  } catch {
    return null
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, value)
  } catch {
    // Storage full or unavailable: the app still works, only without memory.
  }
}

export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // nothing to do
  }
}

export { isRecord, isString } from './storage-guards'
