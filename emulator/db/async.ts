// Captured at load so tests that fake timers do not stall database calls.
const realSetImmediate = globalThis.setImmediate

/**
 * Yields to the event loop, as a network round trip to CloudBase would: concurrent
 * callers interleave between the steps of their operations.
 */
export function tick(): Promise<void> {
  return new Promise((resolve) => realSetImmediate(resolve))
}
