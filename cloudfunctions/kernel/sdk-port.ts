/**
 * wx-server-sdk bound to the port, checked by the compiler: this file compiles only while
 * the SDK's own declarations (index.d.ts, and @cloudbase/database's for the transaction)
 * fit CloudPort. Change a port member to something the SDK does not offer and it stops
 * compiling (see sdk-port.test.ts).
 *
 * The narrowings, each written once here:
 * - the SDK declares most calls `Promise<T> | void | string` (callback and string-test
 *   overloads); the functions call them without callbacks, so each is its promise (`AsCalled`);
 * - it types `openapi` as `Record<string, any>`: the port's OpenApiPort is WeChat's
 *   documented calls and shapes, which nothing in the SDK declares;
 * - its runTransaction callback is typed `any`: the callback gets @cloudbase/database's
 *   Transaction wrapped so that `collection()` gives the SDK's own CollectionReference
 *   (wx-server-sdk index.js, transaction.ts);
 * - `database({ throwOnNotFound: false })`, read at run time but not in its config type.
 * - `DYNAMIC_CURRENT_ENV`, a symbol the SDK resolves at run time, where init's types say string.
 */
import type * as Sdk from 'wx-server-sdk'
import type { DB } from 'wx-server-sdk'
import type { Transaction } from '@cloudbase/database/dist/commonjs/transaction'
import type { CloudPort, OpenApiPort, TransactionPort } from './port'

type WxServerSdk = typeof Sdk

/** The promise among a call's declared results; a result that is no promise stays as it is. */
type Called<R> = [Extract<R, Promise<unknown>>] extends [never] ? AsCalled<R> : Extract<R, Promise<unknown>>

/** An SDK object as the functions call it: every call answers its promise, all the way down the chain. */
export type AsCalled<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => Called<R>
  : T extends Promise<unknown>
    ? T
    : T extends object
      ? { [K in keyof T]: AsCalled<T[K]> }
      : T

/** The transaction wx-server-sdk hands runTransaction's callback (see above). */
export type SdkTransaction = Pick<Transaction, 'rollback'> & { collection(name: string): DB.CollectionReference }

/** wx-server-sdk's members that the port names, as the functions call them. */
export type SdkDeclared = Pick<AsCalled<WxServerSdk>, 'getWXContext' | 'getTempFileURL' | 'uploadFile'> & {
  database(config?: { throwOnNotFound?: boolean }): ReturnType<AsCalled<WxServerSdk>['database']>
  openapi: OpenApiPort
}

/** `true` when the SDK, as declared, fits port `P`. */
export type FitsSdk<P> = SdkDeclared extends P ? true : false
export type FitsSdkTransaction<P> = AsCalled<SdkTransaction> extends P ? true : false

type Assert<T extends true> = T
/** Compiles only while the port fits: the whole SDK, and its transaction (runTransaction types the callback `any`). */
export type PortChecked = [Assert<FitsSdk<CloudPort>>, Assert<FitsSdkTransaction<TransactionPort>>]

/**
 * The SDK as the functions' port. Each member is the SDK's own call, and the whole is
 * checked against CloudPort on return.
 */
export function portOf(sdk: WxServerSdk): CloudPort {
  // by type only: called without callbacks, each call answers its promise (AsCalled)
  const called = sdk as AsCalled<Omit<WxServerSdk, 'openapi'>>
  const declared: SdkDeclared = {
    // throwOnNotFound is read at run time (wx-server-sdk 4.0.2) but missing from IDatabaseConfig
    database: (config) => called.database(config as DB.IDatabaseConfig),
    getWXContext: () => called.getWXContext(),
    getTempFileURL: (param) => called.getTempFileURL(param),
    uploadFile: (param) => called.uploadFile(param),
    // the SDK types openapi as Record<string, any>; OpenApiPort is WeChat's documented calls
    openapi: sdk.openapi as OpenApiPort,
  }
  return declared
}

/** Binds the SDK to the environment the function runs in and answers it as the port. */
export function bindSdk(sdk: WxServerSdk): CloudPort {
  // DYNAMIC_CURRENT_ENV is a symbol that init resolves to the current environment; its types say string
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string })
  return portOf(sdk)
}
