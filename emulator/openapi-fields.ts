/** What the WeChat stand-ins check in what they are given: msgSecCheck's words, subscribeMessage's keyword values. */
import { CloudError } from './db/errors'

/** An error as wx-server-sdk throws it for an openapi call: errCode, and `openapi.<api>:fail <code> <message>`. */
export function openApiError(api: string, errCode: number, message: string): CloudError {
  return new CloudError(errCode, `openapi.${api}:fail ${errCode} ${message}`)
}

// ---- msgSecCheck ----

export function normalise(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase()
}

export function firstHit(text: string, words: readonly string[]): string | undefined {
  return words.find((w) => w.trim() !== '' && text.includes(normalise(w)))
}

// ---- subscribeMessage field rules (WeChat's template keyword types) ----

const FIELD_RULES: Record<string, (value: string) => boolean> = {
  thing: (v) => chars(v) <= 20,
  number: (v) => chars(v) <= 32 && /^-?\d+(\.\d+)?$/.test(v),
  letter: (v) => chars(v) <= 32 && /^[A-Za-z]+$/.test(v),
  symbol: (v) => chars(v) <= 5 && /^[^\p{L}\p{N}\s]+$/u.test(v),
  character_string: (v) => chars(v) <= 32 && /^[\x21-\x7e]+$/.test(v),
  time: (v) => chars(v) <= 30 && /\d/.test(v),
  date: (v) => chars(v) <= 30 && /\d/.test(v),
  amount: (v) => /^[¥￥$€£]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  phone_number: (v) => chars(v) <= 17 && /^[0-9+\-() ]+$/.test(v),
  car_number: (v) => chars(v) <= 8,
  name: (v) => (/^[A-Za-z ]+$/.test(v) ? chars(v) <= 20 : chars(v) <= 10),
  phrase: (v) => /^[\u4e00-\u9fff]{1,5}$/.test(v),
}

const FIELD_KEY = /^([a-z_]+?)(\d+)$/

export function chars(v: string): number {
  return [...v].length
}

/** WeChat refuses (47003) a message whose data misses, adds or misfits a keyword of its template. */
export function checkTemplateData(api: string, data: unknown, fields: string[] | undefined) {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.keys(data).length === 0) {
    throw openApiError(api, 47003, 'argument invalid! data is empty')
  }
  const entries = Object.entries(data as Record<string, unknown>)
  for (const field of fields ?? []) {
    if (!Object.prototype.hasOwnProperty.call(data, field)) throw openApiError(api, 47003, `argument invalid! data.${field}.value is empty`)
  }
  for (const [key, entry] of entries) {
    if (fields && !fields.includes(key)) throw openApiError(api, 47003, `argument invalid! data.${key} is not in the template`)
    const kind = FIELD_KEY.exec(key)?.[1]
    const rule = kind ? FIELD_RULES[kind] : undefined
    if (!rule) throw openApiError(api, 47003, `argument invalid! data.${key} unknown keyword type`)
    const value = (entry as { value?: unknown } | null)?.value
    if (typeof value !== 'string' || value === '') throw openApiError(api, 47003, `argument invalid! data.${key}.value is empty`)
    if (!rule(value)) throw openApiError(api, 47003, `argument invalid! data.${key}.value invalid`)
  }
}
