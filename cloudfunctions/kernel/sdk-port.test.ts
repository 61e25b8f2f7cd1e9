/** The port is wx-server-sdk's own calls: a port the SDK does not fit does not compile. */
import cloud from 'wx-server-sdk'
import type { ICloud } from 'wx-server-sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSystem, type TestSystem } from '../../emulator/testing'
import type { CloudPort, CollectionPort, DatabasePort, DocumentPort, TransactionPort } from './port'
import { portOf, type FitsSdk, type FitsSdkTransaction } from './sdk-port'

type WithDatabase<C> = Omit<CloudPort, 'database'> & { database(): Omit<DatabasePort, 'collection'> & { collection(name: string): C } }

describe('CloudPort against wx-server-sdk’s declarations', () => {
  it('fits as it is, and a member the SDK does not offer does not compile', () => {
    const fits: FitsSdk<CloudPort> = true
    const transactionFits: FitsSdkTransaction<TransactionPort> = true
    // @ts-expect-error the SDK's upload answers { fileID, statusCode, errMsg }, not { fileId }
    const wrongResult: FitsSdk<Omit<CloudPort, 'uploadFile'> & { uploadFile(param: ICloud.UploadFileParam): Promise<{ fileId: string }> }> = true
    // @ts-expect-error the SDK's limit takes a number
    const wrongParameter: FitsSdk<WithDatabase<Omit<CollectionPort, 'limit'> & { limit(max: string): CollectionPort }>> = true
    // @ts-expect-error a document read answers one document, not a list
    const wrongDocument: FitsSdk<WithDatabase<Omit<CollectionPort, 'doc'> & { doc(id: string): Omit<DocumentPort, 'get'> & { get(): Promise<{ data: object[] }> } }>> = true
    // @ts-expect-error a transaction has no commit-all
    const wrongTransaction: FitsSdkTransaction<TransactionPort & { commitAll(): Promise<void> }> = true
    expect([fits, transactionFits, wrongResult, wrongParameter, wrongDocument, wrongTransaction]).toHaveLength(6)
  })
})

describe('the SDK bound as the port', () => {
  let sys: TestSystem
  beforeAll(async () => {
    sys = await startTestSystem()
    // the local cloud answers CloudBase's own client in this process (emulator/db/sdk.ts)
    cloud.init({ env: sys.cloud.db.sdkEnv })
  })
  afterAll(async () => {
    await sys.stop()
  })

  it('reads and writes through wx-server-sdk, a missing document as null', async () => {
    const db = portOf(cloud).database({ throwOnNotFound: false })
    expect((await db.collection('points').doc('point-none').get()).data).toBeNull()
    await db.runTransaction(async (tx) => {
      await tx.collection('counters').doc('sdk-port-probe').set({ data: { seq: 1 } })
    }, 0)
    expect((await db.collection('counters').doc('sdk-port-probe').get()).data).toMatchObject({ seq: 1 })
  })
})
