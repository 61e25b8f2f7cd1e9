import type { FieldErrors } from '../../../domain/kernel/validation'

/**
 * The props that tie one field of a draft (held as one object) to its entry: the value,
 * its message, and a change that keeps the rest of the draft. `field('reason')` spreads
 * into a TextInput, DateField or Options.
 */
export function fieldsOf<D extends object>(draft: D, errors: FieldErrors, onChange: (draft: D) => void) {
  return <K extends keyof D & string>(key: K) => ({
    value: draft[key],
    error: errors[key],
    onChange: (value: D[K]) => onChange({ ...draft, [key]: value }),
  })
}
