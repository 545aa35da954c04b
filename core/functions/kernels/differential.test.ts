/**
 * The column kernels against the decimal.js path, bit for bit (`Object.is`, errors by kind and message):
 * 100,000 seeded random cases per function on every run, and 2,000 more for each combination of its
 * optional arguments left out. `node bench/differential.js` runs 1,000,000 and more. The kernels are
 * wrapped to count the rows they answer, so a kernel that sent everything to the decimal path could not
 * pass unnoticed. Targeted edges, one by one, are in edges.test.ts.
 */
import { evaluate } from '../evaluate';
import type { HostArg } from '../hostValues';
import { FUNCTIONS } from '../registry';
import type { FunctionSpec } from '../types';
import type { Column } from './columns';
import { KERNELS, TABLE_KERNELS } from './index';
import { servesArgs, type Kernel, type TableKernel } from './kernel';

// Plain CommonJS shared with the benchmark scripts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { differential } = require('../../../bench/differentialCases.js') as {
  differential: (
    run: typeof evaluate,
    specs: readonly FunctionSpec[],
    options: { seed: number; cases: number; rows: number; omit?: readonly string[] },
  ) => {
    name: string;
    cases: number;
    numbers: number;
    mismatches: { call: number; difference: string; args: unknown }[];
  }[];
};

const SEED = 20261201;

/** Rows (or table calls) each kernel was given, and how many it answered itself. */
const answered = new Map<string, { given: number; answered: number }>();

beforeAll(() => {
  for (const [name, kernel] of KERNELS as Map<string, Kernel<unknown>>) {
    const count = { given: 0, answered: 0 };
    answered.set(name, count);
    const run = kernel.run;
    kernel.run = (params: unknown, columns: readonly Column[], n: number, out: Float64Array) => {
      run(params, columns, n, out);
      count.given += n;
      // A loop, not out.filter(Number.isNaN): that read a global per row, slow in Jest's vm context.
      for (let i = 0; i < n; i++) if (out[i] === out[i]) count.answered++;
    };
  }
  for (const [name, kernel] of TABLE_KERNELS as Map<string, TableKernel>) {
    const count = { given: 0, answered: 0 };
    answered.set(name, count);
    const run = kernel.run;
    (kernel as { run: TableKernel['run'] }).run = (args: readonly HostArg[], spec: FunctionSpec) => {
      const result = run(args, spec);
      count.given++;
      if (result !== undefined) count.answered++;
      return result;
    };
  }
});

/** The worksheet functions of issue 9: each has a kernel. */
const WITH_KERNELS = [
  'ACHIEVEMENT',
  'KPISCORE',
  'THRESHOLDFEE',
  'BONUSMALUS',
  'TIEREDFEE',
  'HYBRIDFEE',
  'HOURLYFEE',
  'SLACREDIT',
  'EARNBACK',
  'GAINSHARE',
  'NPS',
  'SCORECARD',
];

it('has a kernel for each of those functions, serving its arguments', () => {
  for (const name of WITH_KERNELS) {
    const spec = FUNCTIONS.find((f) => f.name === name)!;
    const kernel = KERNELS.get(name) ?? TABLE_KERNELS.get(name);
    expect([name, kernel !== undefined && servesArgs(kernel.args, spec.args)]).toEqual([name, true]);
  }
});

const specs = FUNCTIONS.filter((spec) => WITH_KERNELS.includes(spec.name));

describe.each(specs.map((spec) => [spec.name, spec] as const))('%s', (name, spec) => {
  it('gives exactly what the decimal path gives on 100,000 random cases', () => {
    const [report] = differential(evaluate, [spec], { seed: SEED, cases: 100000, rows: 200 });
    expect(report.mismatches).toEqual([]);
    expect(report.cases).toBeGreaterThanOrEqual(100000);
    // Of the cases with a number for an answer, a good share is the kernel's, though the cases are hard
    // on purpose: a third of the calls are hostile, with magnitudes beyond the exact range, and the others
    // mix 17-digit values whose products outgrow the exact integers (table calls count once).
    const { answered: own } = answered.get(name)!;
    const tablesOnly = spec.args.every((a) => a.kind === 'table');
    expect(own / (tablesOnly ? answered.get(name)!.given : report.numbers)).toBeGreaterThan(0.25);
  });
});

/** Every subset of a list. */
function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => all.concat(all.map((s) => [...s, item])), [[]]);
}

describe.each(specs.map((spec) => [spec.name, spec] as const))('%s', (_name, spec) => {
  const optional = spec.args.filter((a) => a.optional).map((a) => a.name);
  if (optional.length === 0) return;
  it.each(subsets(optional).map((omit) => [omit.join(', ') || 'none', omit] as const))(
    'gives what the decimal path gives with these optional arguments omitted: %s',
    (_, omit) => {
      const [report] = differential(evaluate, [spec], { seed: SEED, cases: 2000, rows: 100, omit });
      expect(report.mismatches).toEqual([]);
      // Not a combination whose calls all fail before the rows: a good share of its cases are numbers
      // (KPISCORE's fewest, whose random levels are often out of order).
      expect(report.numbers / report.cases).toBeGreaterThan(0.1);
    },
  );
});
