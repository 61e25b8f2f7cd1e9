/** Checks for values read back from storage, which may hold anything. */
export const isString = (value: unknown): value is string => typeof value === 'string' && value !== ''

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
