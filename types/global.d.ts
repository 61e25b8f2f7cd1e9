/// <reference types="@tarojs/taro" />
/// <reference types="miniprogram-api-typings" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

/** The CloudBase environment id for the mini-program build (config/index.ts defineConstants). */
declare const CLOUD_ENV: string

/** Subscription-message template ids of that environment, by template key (config/index.ts). */
declare const NOTICE_TEMPLATE_IDS: Partial<Record<string, string>>

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production'
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    TARO_APP_ID: string
    /** Read by config/index.ts at build time. */
    CLOUD_ENV_ID?: string
  }
}
