import type { StaffItemDetail } from '../../../../domain/matters/api'
import { replySigner, type ReplySigner } from '../../lib/replySigner'

interface After {
  /** answered on the spot: the cadre's 办理单位 and 经办人 are kept for next time */
  onSpot: boolean
  openid: string | undefined
  draft: ReplySigner
  clear: () => void
  onDone: (item: StaffItemDetail) => void
}

/** A desk registration sent; once through, the signer kept, the draft forgotten and the page told. */
export const sendRegistration = (submit: () => Promise<StaffItemDetail | null>, after: After) => async () => {
  const done = await submit()
  if (!done) return
  if (after.onSpot) replySigner.set(after.openid, after.draft)
  after.clear()
  after.onDone(done)
}
