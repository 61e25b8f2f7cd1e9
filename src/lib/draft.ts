import { isRecord, readStored, removeStored, writeStored } from './storage'
import { emptyDraft, fromStored, type FormDraft } from './draftShape'

export { toItemDraft, type DraftPhoto, type FormDraft } from './draftShape'

const keyFor = (pointCode: string) => `shuoshi.draft.${pointCode}`

/** The registration form's draft per talk point, in Taro storage. */
export const drafts = {
  load(pointCode: string): FormDraft {
    const stored = readStored(keyFor(pointCode), isRecord)
    return stored ? fromStored(stored) : emptyDraft()
  },
  save(pointCode: string, draft: FormDraft): void {
    writeStored(keyFor(pointCode), draft)
  },
  clear(pointCode: string): void {
    removeStored(keyFor(pointCode))
  },
}
