/**
 * H5 only (required behind a build-time test in src/lib/subscribe.ts): shows the consent
 * sheet in a root of its own above every page, so it stays while the tap's work goes on
 * and the page changes under it; then tells the local cloud what was chosen, as WeChat
 * would (`POST /wx/requestSubscribeMessage`), and answers as wx.requestSubscribeMessage.
 */
import { createRoot } from 'react-dom/client'
import type { TemplateKey } from '../../../domain/messages/templates'
import { currentIdentity } from '../../lib/identity'
import { NOTICE_TITLES } from '../../lib/noticeTemplates'
import ConsentSheet from './ConsentSheet'

/** What WeChat's consent sheet answered: template id → choice. */
export type ConsentAnswer = Record<string, string>

let open = false

export function askOnSheet(keys: TemplateKey[], ids: string[]): Promise<ConsentAnswer> {
  // WeChat shows one sheet at a time; a second ask while one is open is refused
  if (open) return Promise.reject(new Error('requestSubscribeMessage:fail another request is showing'))
  open = true
  return new Promise<Record<string, string>>((resolve) => {
    const host = document.createElement('div')
    host.className = 'notice-consent-host'
    document.body.appendChild(host)
    const root = createRoot(host)
    const onAnswer = (allowed: boolean[]) => {
      open = false
      // not inside the click React is still handling
      setTimeout(() => {
        root.unmount()
        host.remove()
      }, 0)
      resolve(Object.fromEntries(ids.map((id, i) => [id, allowed[i] ? 'accept' : 'reject'])))
    }
    root.render(<ConsentSheet titles={keys.map((k) => NOTICE_TITLES[k])} onAnswer={onAnswer} />)
  }).then(tellWeChat)
}

async function tellWeChat(choices: Record<string, string>): Promise<ConsentAnswer> {
  const res = await fetch('/wx/requestSubscribeMessage', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Openid': currentIdentity().openid },
    body: JSON.stringify({ choices }),
  })
  if (!res.ok) throw new Error(`requestSubscribeMessage:fail ${res.status}`)
  return (await res.json()) as ConsentAnswer
}
