import { isRecord, readStored, removeStored, writeStored } from './storage'

/** The resident's contact details as they last registered a matter. */
export interface LastContact {
  name: string
  phone: string
  address: string
  workUnit: string
}

const KEY = 'shuoshi.lastContact'
const str = (v: unknown) => (typeof v === 'string' ? v : '')

/**
 * Kept on this phone only, written after a matter was registered (so nothing is stored
 * or sent that the resident did not submit), offered on the next form, and cleared on
 * request.
 */
export const lastContact = {
  get(): LastContact | null {
    const stored = readStored(KEY, isRecord)
    if (!stored) return null
    const c = { name: str(stored.name), phone: str(stored.phone), address: str(stored.address), workUnit: str(stored.workUnit) }
    return c.name || c.phone || c.address ? c : null
  },
  set(contact: LastContact): void {
    writeStored(KEY, contact)
  },
  forget(): void {
    removeStored(KEY)
  },
}

/** 138****5678: enough to recognise one's own number on a shared screen. */
export const maskPhone = (phone: string) => (/^\d{11}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone)
