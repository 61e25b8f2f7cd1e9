import { isRecord, readStored, writeStored } from '../../lib/storage'

/** Who signs a cadre's replies: 办理单位 and 经办人, the same reply after reply. */
export interface ReplySigner {
  unit: string
  handler: string
}

const keyFor = (openid: string) => `shuoshi.replySigner.${openid}`

/**
 * Kept on this device per cadre (by openid), so a phone shared by two cadres gives each
 * their own; written after a reply went through.
 */
export const replySigner = {
  get(openid: string | undefined): ReplySigner | null {
    if (!openid) return null
    const stored = readStored(keyFor(openid), isRecord)
    if (!stored || typeof stored.unit !== 'string' || typeof stored.handler !== 'string') return null
    return { unit: stored.unit, handler: stored.handler }
  },
  set(openid: string | undefined, signer: ReplySigner): void {
    if (openid) writeStored(keyFor(openid), { unit: signer.unit.trim(), handler: signer.handler.trim() })
  },
}
