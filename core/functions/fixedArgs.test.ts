/**
 * A sheet calls a function again and again with the same fixed numbers (rates, targets, caps): the runner
 * parses each once and reuses its decimal and kernel column while the next call passes the same number
 * for that argument (bench/functions.js, small tables: parsing them was most of a 20-row call's time).
 * What the reuse must never do: answer a call with another call's number, or hide an error.
 */
import { feeError } from '../errors';
import { evaluate } from './evaluate';
import type { HostArg, HostScalar } from './hostValues';
import { CELL_FUNCTIONS } from './cellRegistry';
import { KERNELS } from './kernels';
import { findFunction } from './registry';
import type { FunctionSpec, ScalarArg, TableArg } from './types';

/** `name`'s spec with each argument's parses counted, by argument name. */
function counted(name: string): { spec: FunctionSpec; parses: Map<string, number> } {
  const spec = findFunction(name)!;
  const parses = new Map<string, number>();
  const args = spec.args.map((arg) => {
    if (arg.kind !== 'scalar') return arg;
    const parse = (value: Parameters<ScalarArg<unknown>['parse']>[0]) => {
      parses.set(arg.name, (parses.get(arg.name) ?? 0) + 1);
      return arg.parse(value);
    };
    return { ...arg, parse };
  });
  return { spec: { ...spec, args } as FunctionSpec, parses };
}

const column = (values: number[]): HostArg => values.map((v) => [v]);
const CELL_NAMES = CELL_FUNCTIONS.map((f) => f.name);

it('parses a fixed number once over calls that pass it again', () => {
  const { spec, parses } = counted('BONUSMALUS');
  const actuals = column([0.78, 0.72, 0.75, 0.8]);
  const args: HostArg[] = [actuals, 0.75, 50000, 30000, 'higher', 0.01, 2000, 1500];
  const first = evaluate(spec, args);
  for (let i = 0; i < 9; i++) expect(evaluate(spec, args)).toEqual(first);
  expect(first).toEqual([[1000], [-600], [0], [2000]]);
  for (const name of ['target', 'bonus_rate', 'malus_rate', 'tolerance', 'bonus_cap', 'malus_cap'])
    expect([name, parses.get(name)]).toEqual([name, 1]);
});

it('parses a fixed number again when the call passes another one, and answers with it', () => {
  const { spec, parses } = counted('ACHIEVEMENT');
  const actuals = column([0.6, 0.9]);
  expect(evaluate(spec, [actuals, 0.75])).toEqual([[0.8], [1.2]]);
  expect(evaluate(spec, [actuals, 0.6])).toEqual([[1], [1.5]]);
  expect(evaluate(spec, [actuals, 0.75])).toEqual([[0.8], [1.2]]);
  expect(evaluate(spec, [0.9, 0.75])).toBe(1.2);
  expect(parses.get('target')).toBe(3);
});

it('still refuses a bad fixed number after a good one, and a good one after a bad one', () => {
  const spec = findFunction('THRESHOLDFEE')!;
  const actuals = column([0.95, 0.85]);
  expect(evaluate(spec, [actuals, 0.9, 10000])).toEqual([[10000], [0]]);
  expect(evaluate(spec, [actuals, 0.9, -1])).toEqual(
    feeError('#VALUE!', 'THRESHOLDFEE: fee must be a number ≥ 0 (got -1)'),
  );
  expect(evaluate(spec, [actuals, 0.9, Number.NaN])).toEqual(
    feeError('#VALUE!', 'THRESHOLDFEE: fee must be a number ≥ 0 (got NaN)'),
  );
  expect(evaluate(spec, [actuals, 0.9, 10000])).toEqual([[10000], [0]]);
});

it('takes −0 and 0 alike, and a blank for the default, after a number', () => {
  const spec = findFunction('GAINSHARE')!;
  expect(evaluate(spec, [1000, 800, 0.5, 'lower', 1000, -0])).toBe(100);
  expect(evaluate(spec, [1000, 800, 0.5, 'lower', 1000, 0])).toBe(100);
  expect(evaluate(spec, [1000, 800, 0.5, 'lower', 50])).toBe(50);
  expect(evaluate(spec, [1000, 800, 0.5, 'lower', ''])).toBe(100);
});

describe('a small table of numbers (TIEREDFEE’s grid, EARNBACK’s periods)', () => {
  /** `name`'s spec with its table argument's parses counted. */
  function countedTable(name: string, table: string): { spec: FunctionSpec; parses: () => number } {
    const spec = findFunction(name)!;
    let parses = 0;
    const args = spec.args.map((arg) => {
      if (arg.name !== table || arg.kind !== 'table') return arg;
      return { ...arg, parse: (cells: Parameters<typeof arg.parse>[0]) => (parses++, arg.parse(cells)) };
    });
    return { spec: { ...spec, args } as FunctionSpec, parses: () => parses };
  }

  it('is parsed once over calls that pass the same cells, in new arrays as hosts do', () => {
    const { spec, parses } = countedTable('TIEREDFEE', 'tiers');
    const grid = () => [
      [40000, 2.1],
      ['', 1.9],
    ];
    const quantities = column([50000, 10000]);
    for (let i = 0; i < 5; i++) expect(evaluate(spec, [quantities, grid()])).toEqual([[103000], [21000]]);
    expect(parses()).toBe(1);
  });

  it('is parsed again when a cell changes, even in the same array, and answers with the new cells', () => {
    const { spec, parses } = countedTable('TIEREDFEE', 'tiers');
    const grid: HostScalar[][] = [
      [40000, 2.1],
      ['', 1.9],
    ];
    const quantities = column([50000, 10000]);
    expect(evaluate(spec, [quantities, grid])).toEqual([[103000], [21000]]);
    grid[1][1] = 1.5;
    expect(evaluate(spec, [quantities, grid])).toEqual([[99000], [21000]]);
    grid[1][1] = 'x';
    expect(evaluate(spec, [quantities, grid])).toMatchObject({ kind: '#VALUE!' });
    grid[1][1] = 1.5;
    expect(evaluate(spec, [quantities, grid])).toEqual([[99000], [21000]]);
    // The last grid is 1.5 again, as parsed for the second call: the refused one was not kept.
    expect(parses()).toBe(3);
  });

  it('compiles TIEREDFEE’s grid once for the calls that pass it, once per mode', () => {
    const kernel = KERNELS.get('TIEREDFEE')!;
    const spec = findFunction('TIEREDFEE')!;
    const tiers = (spec.args[1] as TableArg<unknown>).parse([
      [40000, 2.1],
      ['', 1.9],
    ]);
    const ranged = [true, false, false];
    const graduated = kernel.compile([undefined, tiers, 'graduated'], ranged);
    expect(kernel.compile([undefined, tiers, 'graduated'], ranged)).toBe(graduated);
    expect(kernel.compile([undefined, tiers, 'volume'], ranged)).not.toBe(graduated);
    const grid = () => [
      [40000, 2.1],
      ['', 1.9],
    ];
    const quantities = column([50000, 10000]);
    for (const [mode, fee] of [
      ['graduated', 103000],
      ['volume', 95000],
      ['graduated', 103000],
      ['progressif', 103000],
      ['volume', 95000],
    ] as const)
      expect([mode, evaluate(spec, [quantities, grid(), mode])]).toEqual([mode, [[fee], [21000]]]);
  });

  it('keeps a refused table refused', () => {
    const spec = findFunction('EARNBACK')!;
    expect(evaluate(spec, [100, [[0.97, 0.96]], 0.95])).toBe(100);
    expect(evaluate(spec, [100, [[0.97, 'high']], 0.95])).toMatchObject({ kind: '#VALUE!' });
    expect(evaluate(spec, [100, [[0.97, 'high']], 0.95])).toMatchObject({ kind: '#VALUE!' });
    expect(evaluate(spec, [100, [[0.97, 0.94]], 0.95])).toBe(0);
  });
});

describe('over random calls, hostile ones among them (bench/differentialCases.js)', () => {
  // Plain CommonJS shared with the benchmark scripts.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cases = require('../../bench/differentialCases.js') as {
    random: (seed: number) => () => number;
    randomCall: (spec: FunctionSpec, rng: () => number, rows: number) => HostArg[];
    difference: (fast: unknown, reference: unknown) => string | null;
  };

  /** The spec with new argument objects: nothing parsed for it is kept yet. */
  const cold = (spec: FunctionSpec): FunctionSpec =>
    ({ ...spec, args: spec.args.map((a) => ({ ...a })) }) as FunctionSpec;

  /** The call with each fixed number moved to a neighbour (its negative, one ulp up, 0 for −0). */
  const nudged = (args: HostArg[], call: number): HostArg[] =>
    args.map((a) => {
      if (typeof a !== 'number') return a;
      if (a === 0) return Object.is(a, -0) ? 0 : -0;
      return call % 2 === 0 ? -a : a + Math.abs(a) * 2 ** -52;
    });

  /** The call with its ranges' rows in reverse: the same fixed arguments over other rows. */
  const reversed = (args: HostArg[]): HostArg[] =>
    args.map((a) => (Array.isArray(a) && a.length > 1 ? a.slice().reverse() : a));

  it.each(CELL_NAMES)(
    '%s answers each call as a first call does, a call repeated or after another',
    (name) => {
      const spec = findFunction(name)!;
      const rng = cases.random(20261203);
      const mismatches: string[] = [];
      let previous: HostArg[] | undefined;
      for (let call = 0; call < 300; call++) {
        const args = cases.randomCall(spec, rng, 6);
        // Each call twice (the second finds its fixed numbers kept), over other rows, with its fixed
        // numbers moved a little, and the one before again.
        const sequence = [args, args, reversed(args), nudged(args, call), args, previous ?? args];
        for (const [i, each] of sequence.entries()) {
          const kept = evaluate(spec, each);
          const d = cases.difference(kept, evaluate(cold(spec), each));
          if (d !== null) mismatches.push(`call ${call}.${i}: ${d}`);
        }
        previous = args;
      }
      expect(mismatches.slice(0, 5)).toEqual([]);
    },
  );
});
