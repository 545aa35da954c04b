/** The quick assertions fail exactly where the Jest matchers they stand for fail. */
import { expectAmong, expectAtLeast, expectAtMost, expectIs } from './quickExpect';

it('passes where the matcher passes', () => {
  expectIs(0.1 + 0.2, 0.30000000000000004);
  expectIs(NaN, NaN);
  expectAtMost(1, 1);
  expectAtLeast(-1, -1);
  expectAmong(['#VALUE!', '#NUM!'], '#NUM!');
});

it('fails where the matcher fails, with its message', () => {
  expect(() => expectIs(0, -0)).toThrow('toBe');
  expect(() => expectIs(1, '1')).toThrow('toBe');
  expect(() => expectAtMost(2, 1)).toThrow('toBeLessThanOrEqual');
  expect(() => expectAtMost(NaN, 1)).toThrow('toBeLessThanOrEqual');
  expect(() => expectAtLeast(1, 2)).toThrow('toBeGreaterThanOrEqual');
  expect(() => expectAtLeast(1, NaN)).toThrow('toBeGreaterThanOrEqual');
  expect(() => expectAtMost('1' as unknown as number, 2)).toThrow();
  expect(() => expectAmong(['#VALUE!'], '#N/A')).toThrow('toContain');
});
