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
  { openid: 'demo-cadre-1', label: '干部（张建国）' },
  { openid: 'demo-leader', label: '领导' },
]

export const IDENTITY_STORAGE_KEY = 'shuoshi.identity'

export function currentIdentity(): Identity {
  let stored: string | null = null
  try {
    stored = window.localStorage.getItem(IDENTITY_STORAGE_KEY)
  } catch {
    stored = null
  }
  return IDENTITIES.find((identity) => identity.openid === stored) ?? IDENTITIES[0]
}

export function chooseIdentity(openid: string): void {
  try {
    window.localStorage.setItem(IDENTITY_STORAGE_KEY, openid)
  } catch {
    // private mode without storage: the choice lasts until reload only
  }
}
