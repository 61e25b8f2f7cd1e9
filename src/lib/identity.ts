/**
 * H5 only: who the local gateway should take you for (header X-Openid). The real
 * mini-program never sends an identity; the cloud knows it from WeChat.
 */
export interface Identity {
  openid: string
  label: string
}

export const IDENTITIES: readonly Identity[] = [
  { openid: 'demo-resident-a', label: '居民甲' },
  { openid: 'demo-resident-b', label: '居民乙' },
  { openid: 'demo-cadre-1', label: '干部甲（张建国）' },
  { openid: 'demo-cadre-2', label: '干部乙（李秀英）' },
  { openid: 'demo-cadre-3', label: '干部丙（王志强）' },
  { openid: 'demo-leader', label: '领导（陈书记）' },
  { openid: 'demo-admin', label: '管理员' },
  { openid: 'demo-representative', label: '居民代表（孙代表）' },
  { openid: 'demo-liaison', label: '工作室联络员（周联络）' },
  { openid: 'demo-committee-town', label: '镇纪委联系人（上级党委）' },
]

export const IDENTITY_STORAGE_KEY = 'shuoshi.identity'

/** What the gateway accepts as an openid; anything else falls back to the first identity. */
const OPENID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * The identity picked in the switcher. An openid that is not in the list (set by hand or
 * by a test, e.g. someone about to redeem an invite) is used as it is.
 */
export function currentIdentity(): Identity {
  let stored: string | null = null
  try {
    stored = window.localStorage.getItem(IDENTITY_STORAGE_KEY)
  } catch {
    stored = null
  }
  const known = IDENTITIES.find((identity) => identity.openid === stored)
  if (known) return known
  if (stored && OPENID.test(stored)) return { openid: stored, label: stored }
  return IDENTITIES[0]
}

export function chooseIdentity(openid: string): void {
  try {
    window.localStorage.setItem(IDENTITY_STORAGE_KEY, openid)
  } catch {
    // private mode without storage: the choice lasts until reload only
  }
}
