/**
 * Setting the scene through the functions, as the app would call them, so that a story
 * can start where its browser part begins (a matter accepted, replied, reopened…).
 */
import type { TestSystem } from '../emulator/testing'

let seq = 0
const requestId = () => `e2e-req-${Date.now().toString(36)}-${(seq++).toString(36)}`.padEnd(20, '0')

export interface NewMatter {
  id: string
  no: string
}

/** What an answer carried, or a thrown error that says what went wrong. */
async function ok(reply: Promise<any>, what: string): Promise<any> {
  const r = await reply
  if (!r?.ok) throw new Error(`${what}: ${JSON.stringify(r?.error ?? r)}`)
  return r.data
}

export function api(system: TestSystem) {
  const staff = (openid: string, event: object, what = (event as { action: string }).action) => ok(system.call('staff', openid, event), what)
  const resident = (openid: string, event: object, what = (event as { action: string }).action) => ok(system.call('resident', openid, event), what)
  return {
    staff,
    resident,
    async submit(
      openid: string,
      m: { pointCode: string; category: string; content: string; name: string; phone: string; address: string },
    ): Promise<NewMatter> {
      const data = await resident(openid, {
        action: 'item.submit',
        requestId: requestId(),
        pointCode: m.pointCode,
        category: m.category,
        content: m.content,
        contact: { name: m.name, phone: m.phone, address: m.address },
      })
      return { id: data.id, no: data.no }
    },
  }
}
