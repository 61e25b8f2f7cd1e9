import { isString, readStored, removeStored, writeStored } from './storage'

const KEY = 'shuoshi.lastPoint'

/** The talk point the resident chose or scanned last, so 首页 can show it directly. */
export const lastPoint = {
  get: (): string | null => readStored(KEY, isString),
  set: (code: string): void => writeStored(KEY, code),
  forget: (): void => removeStored(KEY),
}
