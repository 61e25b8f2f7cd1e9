/**
 * The part of wx-server-sdk that the functions use, in its own types.
 *
 * wx-server-sdk declares most calls as `Promise<T> | void | string` (callback and
 * string-test overloads the project never uses); the port narrows them to the promise
 * form. Production binds the real SDK to it (`index.ts` of each function, through
 * sdk-port.ts, which compiles only while the SDK's own declarations fit this port); the
 * emulator implements it, so both are held to these signatures.
 */
import type { DB, ICloud } from 'wx-server-sdk'

export type QueryCondition = DB.IQueryCondition
export type DocumentData = DB.IDocumentData

export interface QueryPort {
  where(condition: QueryCondition): QueryPort
  orderBy(fieldPath: string, order: 'asc' | 'desc'): QueryPort
  /** CloudBase returns 100 documents unless told otherwise, and at most 1000 on the server. */
  limit(max: number): QueryPort
  skip(offset: number): QueryPort
  field(projection: Record<string, boolean>): QueryPort
  get(): Promise<DB.IQueryResult>
  count(): Promise<DB.ICountResult>
  update(options: DB.IUpdateDocumentOptions): Promise<DB.IUpdateResult>
  remove(): Promise<DB.IRemoveResult>
}

export interface DocumentPort {
  /** With `throwOnNotFound: false`, a missing document gives `data: null`. */
  get(): Promise<{ data: DocumentData | null; errMsg: string }>
  set(options: DB.ISetSingleDocumentOptions): Promise<DB.ISetResult>
  update(options: DB.IUpdateSingleDocumentOptions): Promise<DB.IUpdateResult>
  remove(): Promise<DB.IRemoveResult>
}

/** An aggregation pipeline; CloudBase returns 20 results unless a limit stage says more. */
export interface AggregatePort {
  match(condition: QueryCondition): AggregatePort
  sort(order: Record<string, 1 | -1>): AggregatePort
  limit(max: number): AggregatePort
  project(projection: Record<string, unknown>): AggregatePort
  group(spec: Record<string, unknown>): AggregatePort
  end(): Promise<DB.IAggregateResult>
}

export interface CollectionPort extends QueryPort {
  doc(id: string): DocumentPort
  add(options: DB.IAddDocumentOptions): Promise<DB.IAddResult>
  aggregate(): AggregatePort
}

/** Inside a transaction CloudBase allows single-document operations only. */
export interface TransactionCollectionPort {
  doc(id: string): DocumentPort
  add(options: DB.IAddDocumentOptions): Promise<DB.IAddResult>
}

export interface TransactionPort {
  collection(name: string): TransactionCollectionPort
  /** Ends the transaction with nothing written; runTransaction then rejects with `reason`. */
  rollback(reason?: unknown): Promise<unknown>
}

export type CommandPort = Pick<
  DB.DatabaseCommand,
  | 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'and' | 'or' | 'exists'
  | 'set' | 'remove' | 'inc' | 'push' | 'pull' | 'addToSet' | 'aggregate'
>

export interface DatabasePort {
  readonly command: CommandPort
  collection(name: string): CollectionPort
  /**
   * Runs `fn` as one transaction; CloudBase's client retries a write conflict `times`
   * times (default 3) and then rejects with `{ code: 'DATABASE_TRANSACTION_CONFLICT' }`
   * (see kernel/transaction.ts).
   */
  runTransaction<T>(fn: (tx: TransactionPort) => Promise<T>, times?: number): Promise<T>
}

export interface MsgSecCheckParams {
  version: 2
  scene: 1 | 2 | 3 | 4
  openid: string
  content: string
  title?: string
  nickname?: string
}

export interface MsgSecCheckResult {
  errCode: number
  errMsg: string
  result: { suggest: 'pass' | 'review' | 'risky'; label: number }
  detail?: unknown[]
}

export interface GetUnlimitedParams {
  scene: string
  page?: string
  checkPath?: boolean
  envVersion?: 'release' | 'trial' | 'develop'
  width?: number
  autoColor?: boolean
  lineColor?: { r: number; g: number; b: number }
  isHyaline?: boolean
}

export interface GetUnlimitedResult {
  errCode: number
  errMsg: string
  contentType: string
  buffer: Buffer
}

export interface SubscribeMessageParams {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
  miniprogramState?: 'developer' | 'trial' | 'formal'
  lang?: 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW'
}

export interface OpenApiPort {
  security: {
    msgSecCheck(params: MsgSecCheckParams): Promise<MsgSecCheckResult>
  }
  wxacode: {
    getUnlimited(params: GetUnlimitedParams): Promise<GetUnlimitedResult>
  }
  subscribeMessage: {
    send(params: SubscribeMessageParams): Promise<{ errCode: number; errMsg: string }>
  }
}

export interface CloudPort {
  /** `throwOnNotFound: false`: a missing document reads as `data: null` (supported by the SDK, not in its types). */
  database(config?: { throwOnNotFound?: boolean }): DatabasePort
  getWXContext(): ICloud.WXContext
  getTempFileURL(param: ICloud.GetTempFileURLParam): Promise<ICloud.GetTempFileURLResult>
  /** The function's own uploads (with the environment's rights, not a user's). */
  uploadFile(param: ICloud.UploadFileParam): Promise<ICloud.UploadFileResult>
  openapi: OpenApiPort
}
