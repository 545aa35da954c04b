import { FUNCTIONS } from '../../core/functions/registry';
import { requireBuilt } from '../support/builtCore';
import { GOLDEN_VECTORS } from './vectors';

type Api = Record<string, (...args: unknown[]) => unknown>;
const api = requireBuilt<Api>();

describe('golden vectors through the built Node API (require("outcome-fees"))', () => {
  it('covers every function of FUNCTIONS.md', () => {
    expect(new Set(GOLDEN_VECTORS.map((v) => v.name))).toEqual(new Set(FUNCTIONS.map((f) => f.name)));
    expect(GOLDEN_VECTORS.length).toBe(49);
  });

  it.each(GOLDEN_VECTORS.map((v) => [v.formula, v] as const))('%s', (_formula, vector) => {
    expect(api[vector.name](...vector.args)).toBe(vector.expected);
  });

  it('exports every registry function under its upper-case name', () => {
    for (const spec of FUNCTIONS) expect(typeof api[spec.name]).toBe('function');
  });
});
