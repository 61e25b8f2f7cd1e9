/**
 * What every deploy states, once, with why. Tools' defaults differ (manager-node 5.6.5
 * creates Nodejs20.19, the tcb CLI Nodejs18.15 with timeout 15, miniprogram-ci Nodejs8.9
 * with timeout 3) and a function's runtime cannot be changed after it is created, so the
 * deploy never leaves any of these to a default.
 */

/**
 * Nodejs18.15: the newest Node runtime CloudBase offers for 云函数 created from the
 * mini-program side with wx-server-sdk 4 (its tcb CLI's default too); the bundles target
 * node16, so they run on it unchanged.
 */
export const RUNTIME = 'Nodejs18.15'

/** esbuild writes index.js exporting `main`. */
export const HANDLER = 'index.main'

/** wx-server-sdk stays out of the bundle: CloudBase installs it from package.json. */
export const INSTALL_DEPENDENCY = true

/** MB, when a function's config.json names no memorySize: enough for wx-server-sdk and a page of 1000 documents. */
export const DEFAULT_MEMORY_MB = 256

/** manager-node's `zip` mode sends the code inline (base64), so no COS bucket is involved. */
export const MAX_ZIP_BYTES = 1.5 * 1024 * 1024

/** The mini-program reaches data only through functions: no collection is readable from the client. */
export const COLLECTION_ACL = 'ADMINONLY'

/** The endpoints manager-node 5.6.5 signs its requests for (lib/utils/cloud-api-request.js). */
export const ENDPOINTS = { tcb: 'https://tcb.tencentcloudapi.com', scf: 'https://scf.tencentcloudapi.com' } as const

/** Secrets come from the process environment only, under these names. */
export const SECRET_ENV = {
  secretId: 'TENCENTCLOUD_SECRETID',
  secretKey: 'TENCENTCLOUD_SECRETKEY',
  sessionToken: 'TENCENTCLOUD_SESSIONTOKEN',
  firstAdminCode: 'SHUOSHI_FIRST_ADMIN_CODE',
  appSecret: 'WEAPP_APPSECRET',
  uploadKeyPath: 'WEAPP_UPLOAD_KEY',
} as const

/** The staff function's variable holding the first-admin code's SHA-256 (never the code). */
export const FIRST_ADMIN_VAR = 'BOOTSTRAP_ADMIN_CODE_SHA256'
