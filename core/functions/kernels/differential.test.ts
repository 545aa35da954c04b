/**
 * The column kernels against the decimal.js path, bit for bit: 100,000 seeded random cases (result cells)
 * per function on every run. bench/differential.js runs the same with 1,000,000 and more.
 */
import { evaluate } from '../evaluate';
import { FUNCTIONS } from '../registry';

// Plain CommonJS shared with the benchmark scripts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { differential } = require('../../../bench/differentialCases.js') as {
  differential: (
    run: typeof evaluate,
    specs: typeof FUNCTIONS,
    options: { seed: number; cases: number; rows: number },
  ) => { name: string; cases: number; mismatches: { call: number; difference: string; args: unknown }[] }[];
};

const SEED = 20261201;

describe.each(FUNCTIONS.map((spec) => [spec.name, spec] as const))('%s', (_name, spec) => {
  it('gives exactly what the decimal path gives on 100,000 random cases', () => {
    const [report] = differential(evaluate, [spec], { seed: SEED, cases: 100000, rows: 200 });
    expect(report.mismatches).toEqual([]);
    expect(report.cases).toBeGreaterThanOrEqual(100000);
  });
});
