import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['domain/**/*.test.ts', 'cloudfunctions/**/*.test.ts', 'deploy/**/*.test.ts', 'emulator/**/*.test.ts', 'scripts/**/*.test.ts', 'src/**/*.test.ts'],
    // load tests run alone: vitest.load.config.mts
    exclude: ['**/node_modules/**', '**/*.load.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
