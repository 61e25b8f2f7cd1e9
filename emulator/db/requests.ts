/** Reading the parts of a database request that name documents. */
import { randomBytes } from 'node:crypto'
import type { CollectionState } from './engine'
import { duplicateKey, invalid, notSupported, type ServiceError } from './errors'
import { fromWire } from './mongo'
import { isPlainObject, toStoredValue, type DocObject, type StoredDoc } from './values'

type Params = Record<string, unknown>

export function newDocumentId(): string {
  return randomBytes(16).toString('hex')
}

export function checkDocumentId(id: unknown): string {
  if (typeof id === 'string' && id !== '') return id
  if (typeof id === 'number') return notSupported('numeric document ids')
  return invalid('the document id must be a non-empty string')
}

export function duplicateIdError(coll: CollectionState, id: string): ServiceError {
  return duplicateKey(coll.name, '_id_', `dup key: { _id: ${JSON.stringify(id)} }`)
}

/** The document to insert from one EJSON item of `insertDocument`. */
export function insertable(item: unknown): StoredDoc {
  const data = fromWire(item, 'data')
  if (!isPlainObject(data)) return invalid('a document must be an object')
  const { _id, ...rest } = data
  const id = _id === undefined ? newDocumentId() : checkDocumentId(_id)
  return { ...(toStoredValue(rest, 'data') as DocObject), _id: id }
}

/** The `_id` a DOC-type request names (`query: '{"_id": …}'`). */
export function docId(params: Params): string {
  const query = fromWire(params.query, 'query')
  if (!isPlainObject(query) || Object.keys(query).length !== 1) return invalid('a document request names one _id')
  return checkDocumentId(query._id)
}

export function isDocRequest(params: Params): boolean {
  if (params.queryType !== 'DOC' && params.queryType !== 'WHERE') invalid(`unknown queryType ${String(params.queryType)}`)
  return params.queryType === 'DOC'
}

