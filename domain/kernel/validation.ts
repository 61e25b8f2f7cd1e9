import * as z from 'zod/mini'

// Mini-program JS engines forbid `new Function`; zod must not try it.
z.config({ jitless: true })

export type FieldErrors = Record<string, string>

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; fields: FieldErrors }

/** Validates `input`; on failure gives one readable message and one message per field. */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  const fields: FieldErrors = {}
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_'
    if (!(key in fields)) fields[key] = issue.message
  }
  const first = result.error.issues[0]
  return { ok: false, message: first ? first.message : '填写的内容有误', fields }
}

/** Counts characters as people do: one per code point, so an emoji is one. */
export function charCount(s: string): number {
  return Array.from(s).length
}

export function text(opts: { label: string; min: number; max: number }) {
  const { label, min, max } = opts
  return z.string({ error: `${label}应为文字` }).check(
    z.trim(),
    z.refine((s) => charCount(s) >= min, min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`),
    z.refine((s) => charCount(s) <= max, `${label}不能超过 ${max} 个字`),
  )
}
