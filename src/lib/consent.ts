import { readStored, writeStored } from './storage'

/** Bump when the notice changes in substance, so residents are asked again. */
const KEY = 'shuoshi.privacyConsent.v1'

/** The H5 build's own record that the resident agreed to the privacy notice. */
export const privacyConsent = {
  given: (): boolean => readStored(KEY, (v): v is true => v === true) === true,
  give: (): void => writeStored(KEY, true),
}
