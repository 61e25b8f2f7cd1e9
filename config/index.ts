import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')
const isH5 = process.env.TARO_ENV === 'h5'

/**
 * The subscription-message template ids of the environment this build talks to
 * (subscription-templates.json): the H5 build serves the local cloud, `local-shuoshi`.
 * An environment without ids gives {}: the app then never asks for notices.
 */
function noticeTemplateIds(): Record<string, string> {
  const env = isH5 ? 'local-shuoshi' : process.env.CLOUD_ENV_ID
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const file = require(path.join(root, 'subscription-templates.json')) as { environments?: Record<string, Record<string, string>> }
  return (env && file.environments?.[env]) || {}
}

/** NutUI is drawn for a 375-wide design, our own styles for 750. */
function designWidth(input?: unknown): number {
  const file = (input as { file?: string } | undefined)?.file ?? ''
  return file.replace(/\\/g, '/').includes('/@nutui/') ? 375 : 750
}

/**
 * Code outside src/ that babel must compile for the browserslist targets: the shared rules
 * (domain/) and zod, whose modern syntax older WeChat JS engines do not take.
 */
const compileInclude = [path.join(root, 'domain'), (file: string) => /node_modules[\\/]zod[\\/]/.test(file)]

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'shuoshi',
    date: '2026-1-1',
    designWidth,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: isH5 ? 'dist/h5' : 'dist/weapp',
    plugins: ['@tarojs/plugin-html'],
    defineConstants: {
      CLOUD_ENV: JSON.stringify(process.env.CLOUD_ENV_ID || 'replace-with-your-env-id'),
      NOTICE_TEMPLATE_IDS: JSON.stringify(noticeTemplateIds()),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      prebundle: { exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] },
    },
    cache: { enable: false },
    mini: {
      compile: { include: compileInclude },
      // Page styles are independent of each other, so their order in common.wxss does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: compileInclude },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // The H5 build serves the local emulator and tests, not phones over the internet.
        chain.performance.hints(false)
      },
    },
  }

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
