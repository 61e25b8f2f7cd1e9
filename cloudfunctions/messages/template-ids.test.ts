import { describe, expect, it } from 'vitest'
import { templateIdsFor } from './template-ids'

describe('templateIdsFor', () => {
  it('gives the local environment’s ids, one per template', () => {
    expect(templateIdsFor('local-shuoshi')).toMatchObject({ accepted: 'local-tmpl-accepted', due: 'local-tmpl-due' })
  })

  it('gives nothing for an environment that has no ids', () => {
    expect(templateIdsFor('prod-unknown')).toBeNull()
    expect(templateIdsFor(undefined)).toBeNull()
  })
})
