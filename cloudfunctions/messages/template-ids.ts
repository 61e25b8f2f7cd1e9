/**
 * The subscription-message template ids of a CloudBase environment, from
 * subscription-templates.json (filled at deploy; the functions bundle it). An environment
 * without its ids sends nothing to WeChat: messages stay in the in-app box, and the
 * sender says why in its log.
 */
import config from '../../subscription-templates.json'
import { RESIDENT_TEMPLATES, STAFF_TEMPLATES, type TemplateKey } from '../../domain/messages/templates'

type Ids = Record<TemplateKey, string>

export function templateIdsFor(env: string | undefined): Ids | null {
  const ids = (config.environments as Record<string, Partial<Ids>>)[env ?? '']
  if (!ids) return null
  const keys = [...RESIDENT_TEMPLATES, ...STAFF_TEMPLATES]
  return keys.every((k) => typeof ids[k] === 'string' && ids[k] !== '') ? (ids as Ids) : null
}
