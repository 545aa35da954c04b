/**
 * Assertions for the inner loops of property tests. Each `expect(x)` call builds every matcher anew, which
 * was half the time of core/functions/properties.test.ts (3,000 runs a property, several checks a run);
 * these test the condition directly and call `expect` only when it fails, so a failure reads as Jest's.
 */

/** `expect(actual).toBe(expected)`: `Object.is`. */
export function expectIs(actual: unknown, expected: unknown): void {
  if (!Object.is(actual, expected)) expect(actual).toBe(expected);
}

/** `expect(actual).toBeLessThanOrEqual(bound)`. */
export function expectAtMost(actual: number, bound: number): void {
  if (!(typeof actual === 'number' && typeof bound === 'number' && actual <= bound))
    expect(actual).toBeLessThanOrEqual(bound);
}

/** `expect(actual).toBeGreaterThanOrEqual(bound)`. */
export function expectAtLeast(actual: number, bound: number): void {
  if (!(typeof actual === 'number' && typeof bound === 'number' && actual >= bound))
    expect(actual).toBeGreaterThanOrEqual(bound);
}

/** `expect(list).toContain(item)` for a list of strings. */
export function expectAmong(list: readonly string[], item: string): void {
  if (!list.includes(item)) expect(list).toContain(item);
}
