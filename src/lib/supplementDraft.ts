import { isRecord, readStored, removeStored, writeStored } from './storage'
import { emptySupplement, isEmptySupplement, supplementFromStored, type SupplementDraft } from './supplementShape'

export { emptySupplement, isEmptySupplement, toSupplementEvent, type SupplementDraft } from './supplementShape'

const keyFor = (itemId: string) => `shuoshi.supplement.${itemId}`

/** Supplement drafts per matter, in Taro storage. */
export const supplementDrafts = {
  load(itemId: string): SupplementDraft {
    const stored = readStored(keyFor(itemId), isRecord)
    return stored ? supplementFromStored(stored) : emptySupplement()
  },
  save(itemId: string, draft: SupplementDraft): void {
    if (isEmptySupplement(draft)) removeStored(keyFor(itemId))
    else writeStored(keyFor(itemId), draft)
  },
  clear(itemId: string): void {
    removeStored(keyFor(itemId))
  },
}
