import { defineConfig } from 'vitest/config'

// Runs against dist/weapp: build it first (npx taro build --type weapp).
export default defineConfig({
  test: {
    include: ['weapp/**/*.weapp.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
