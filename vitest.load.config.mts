import { defineConfig } from 'vitest/config'

// Tests whose budgets are real time (retries within a function's timeout): run alone,
// one file at a time, so other test files do not take their CPU.
export default defineConfig({
  test: {
    include: ['**/*.load.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
})
