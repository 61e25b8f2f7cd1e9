import { describe, expect, it } from 'vitest'
import { COLLECTIONS, INDEXES } from '../cloudfunctions/indexes'
import { createIndexesFor } from './provision-indexes'

describe('index provisioning', () => {
  it('declares the unique index on the registration number', () => {
    expect(createIndexesFor('items')).toContainEqual({
      IndexName: 'no_unique',
      MgoKeySchema: { MgoIndexKeys: [{ Name: 'no', Direction: '1' }], MgoIsUnique: true },
    })
  })
  it('keeps the order and direction of compound keys', () => {
    const owner = createIndexesFor('items').find((i) => i.IndexName === 'owner_created')
    expect(owner?.MgoKeySchema.MgoIndexKeys).toEqual([
      { Name: 'ownerOpenid', Direction: '1' },
      { Name: 'createdAt', Direction: '-1' },
      { Name: 'seq', Direction: '-1' },
    ])
  })
  it('names only collections that exist', () => {
    for (const d of INDEXES) expect(COLLECTIONS).toContain(d.collection)
  })
})
