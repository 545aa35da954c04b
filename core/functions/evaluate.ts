/**
 * The one runner behind every worksheet function: argument conversion, broadcasting over ranges, blank
 * rows, and typed errors naming the function, argument, row and column. Function definitions hold only
 * their arguments' kinds and their arithmetic.
 */
import { feeError, isFeeError, ModelFault, type FeeError } from '../errors';
import { formatCount } from '../i18n/digitGroups';
import { counted } from '../i18n/plural';
import { toHostNumber, type Dec } from '../money';
import {
  describeValue,
  hostErrorKind,
  isBlank,
  isMatrix,
  type HostArg,
  type HostMatrix,
  type HostScalar,
} from './hostValues';
import { boundsOf, fixedColumn, readColumn, type Column } from './kernels/columns';
import { KERNELS, TABLE_KERNELS } from './kernels';
import { servesArgs, type TableKernel } from './kernels/kernel';
import { beyondCell, kernelMayAnswer } from './resultBound';
import {
  TableFault,
  WordedFault,
  type ArgSpec,
  type CallWords,
  type CellValue,
  type FunctionSpec,
  type ScalarArg,
} from './types';

/**
 * The builtins read for every cell, as module constants: Jest runs modules in a vm context, where each read
 * of a global goes through the context's interceptor (on Node 20, some 100 times slower in a loop).
 */
const { Array } = globalThis;

/** One result cell: a number, a blank for a blank input row, or a typed error. */
export type CellResult = number | '' | FeeError;

/** A scalar when every argument was a scalar; otherwise an array shaped like the broadcast ranges. */
export type EvalResult = CellResult | CellResult[][];

/** A scalar argument that varies over a range (more than one cell). */
interface Varying {
  readonly index: number;
  readonly spec: ScalarArg<unknown>;
  readonly cells: HostMatrix;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Thrown inside the runner for failures of the whole call (bad shape, bad table, bad scalar argument) and
 * always caught in `evaluate`. Not an Error: a stack trace for each failed call (every cell showing an
 * error, at every recalculation) was never read, and was a tenth of the property tests' time.
 */
class CallFailure {
  constructor(readonly error: FeeError) {}
}

function shapeText(rows: number, cols: number): string {
  return `${counted('en', rows, 'row', 'rows')} × ${counted('en', cols, 'column', 'columns')}`;
}

/** ", row 3" / ", column 2" / ", row 3, column 2" for a cell of a rows × cols range; "" for a scalar. */
function whereText(row: number, col: number, rows: number, cols: number): string {
  return (rows > 1 ? `, row ${row + 1}` : '') + (cols > 1 ? `, column ${col + 1}` : '');
}

/** The cell of a varying argument for result cell (r, c): a single row or column repeats. */
function cellAt(v: Varying, r: number, c: number): HostScalar {
  return v.cells[v.rows === 1 ? 0 : r][v.cols === 1 ? 0 : c];
}

/** The runner's own words (CONTRACTFEE has French ones for a French contract: FunctionSpec.callWords). */
const ENGLISH: CallWords = {
  tooMany: (fn, most, got) =>
    `${fn}: takes at most ${counted('en', most, 'argument', 'arguments')} (got ${formatCount('en', got)})`,
  required: (fn, name, expects) => `${fn}: ${name} is required and must be ${expects}`,
  rectangular: (fn, name) => `${fn}: ${name} must be a rectangular, non-empty range`,
};

/** The words of a refused call, looked up only when a call is refused. */
function callWords(spec: FunctionSpec, rawArgs: readonly HostArg[]): CallWords {
  return spec.callWords?.(rawArgs) ?? ENGLISH;
}

function checkRectangular(
  spec: FunctionSpec,
  rawArgs: readonly HostArg[],
  name: string,
  cells: HostMatrix,
): void {
  const width = cells.length > 0 && Array.isArray(cells[0]) ? cells[0].length : 0;
  if (width === 0 || cells.some((row) => !Array.isArray(row) || row.length !== width)) {
    throw new CallFailure(feeError('#VALUE!', callWords(spec, rawArgs).rectangular(spec.name, name)));
  }
}

/**
 * Parses one scalar cell, or returns the error naming function, argument and place. The place
 * (row, col of a rows × cols range) is turned into text only on failure: this runs once per cell.
 */
function parseScalar(
  fn: string,
  spec: ScalarArg<unknown>,
  value: HostScalar,
  row: number,
  col: number,
  rows: number,
  cols: number,
): unknown | FeeError {
  if (isBlank(value)) {
    if (spec.optional) return spec.defaultValue;
    return feeError(
      '#VALUE!',
      `${fn}: ${spec.name} is required and must be ${spec.expects} (got a blank cell${whereText(row, col, rows, cols)})`,
    );
  }
  const parsed = spec.parse(value as CellValue);
  if (parsed !== undefined) return parsed;
  const where = whereText(row, col, rows, cols);
  const errorKind = hostErrorKind(value);
  if (errorKind)
    return feeError(errorKind, `${fn}: ${spec.name} is an error value ${errorKind}${wrap(where)}`);
  return feeError(
    '#VALUE!',
    `${fn}: ${spec.name} must be ${spec.expects} (got ${describeValue(value)}${where})`,
  );
}

/**
 * The number each numeric argument last parsed as a fixed argument, and its decimal. A sheet's calls pass
 * the same rates, targets and caps again and again, and parsing them (decimal.js from `toPrecision`) was
 * about 40 % of a 20-row call's time (bench/functions.js, small tables); the kernel's column for a decimal
 * is kept with it (`fixedColumn`). A parse is a function of the number alone and a decimal is immutable,
 * so the last one serves every call that passes that number again; a refused number is never kept.
 */
const LAST_FIXED = new WeakMap<ScalarArg<unknown>, { readonly value: number; readonly parsed: unknown }>();

/** `parseScalar` of a fixed argument (one cell for the whole call). */
function parseFixed(fn: string, spec: ScalarArg<unknown>, value: HostScalar): unknown | FeeError {
  if (spec.hostType !== 'number' || typeof value !== 'number')
    return parseScalar(fn, spec, value, 0, 0, 1, 1);
  const last = LAST_FIXED.get(spec);
  // −0 and 0 parse alike, so === may take one for the other.
  if (last !== undefined && last.value === value) return last.parsed;
  const parsed = parseScalar(fn, spec, value, 0, 0, 1, 1);
  if (!isFeeError(parsed)) LAST_FIXED.set(spec, { value, parsed });
  return parsed;
}

/**
 * As LAST_FIXED, for a small table of numbers (TIEREDFEE's grid, EARNBACK's periods): the cells it last
 * parsed, copied (a host passes new arrays on every call, and a caller may change its own), and what they
 * parsed to. Larger tables are the table kernels' (SCORECARD, NPS), or rarely the same twice.
 */
const LAST_TABLE = new WeakMap<ArgSpec<unknown>, { readonly cells: HostMatrix; readonly parsed: unknown }>();
const SMALL_TABLE = 64;

/** Whether two rectangular tables hold the same cells (=== each; NaN, never kept, is never the same). */
function sameCells(a: HostMatrix, b: HostMatrix): boolean {
  return (
    a.length === b.length &&
    a.every((line, r) => line.length === b[r].length && line.every((x, c) => x === b[r][c]))
  );
}

function parseTable(
  fnSpec: FunctionSpec,
  rawArgs: readonly HostArg[],
  spec: ArgSpec<unknown> & { kind: 'table' },
  raw: HostArg,
): unknown {
  const fn = fnSpec.name;
  const cells: HostMatrix = isMatrix(raw) ? raw : [[raw]];
  checkRectangular(fnSpec, rawArgs, spec.name, cells);
  const last = LAST_TABLE.get(spec);
  if (last !== undefined && sameCells(last.cells, cells)) return last.parsed;
  try {
    const parsed = spec.parse(cells);
    // A parse that hands on the cells themselves (CONTRACTFEE's) is not kept: they are the host's.
    if (spec.hostType === 'number' && parsed !== cells && cells.length * cells[0].length <= SMALL_TABLE)
      LAST_TABLE.set(spec, { cells: cells.map((line) => line.slice()), parsed });
    return parsed;
  } catch (e) {
    if (e instanceof TableFault) {
      const at = `row ${e.row}, column ${e.column}`;
      const errorKind = hostErrorKind(e.got);
      throw new CallFailure(
        errorKind
          ? feeError(errorKind, `${fn}: ${spec.name} holds an error value ${errorKind} (${at})`)
          : feeError('#VALUE!', `${fn}: ${spec.name} ${e.expectation} (got ${describeValue(e.got)}, ${at})`),
      );
    }
    throw e;
  }
}

/** Runs the arithmetic and converts the decimal to a host number, or explains why it cannot. */
function compute(
  spec: FunctionSpec,
  values: unknown[],
  row: number,
  col: number,
  rows: number,
  cols: number,
): CellResult {
  try {
    const value = spec.impl(values as never);
    const n = toHostNumber(value);
    const beyond = beyondCell(spec, value);
    if (beyond === undefined && n !== undefined) return n;
    const problem = beyond ?? 'the result is too large for a spreadsheet number';
    return feeError('#NUM!', `${spec.name}: ${problem}${wrap(whereText(row, col, rows, cols))}`);
  } catch (e) {
    if (e instanceof WordedFault)
      return feeError(e.kind, e.words(spec.name, rows > 1 ? row + 1 : 0, cols > 1 ? col + 1 : 0));
    if (e instanceof ModelFault) {
      const where = whereText(row, col, rows, cols);
      const got = e.got === undefined ? wrap(where) : ` (got ${e.got}${where})`;
      return feeError(e.kind, `${spec.name}: ${e.argument} ${e.expectation}${got}`);
    }
    throw e;
  }
}

function wrap(where: string): string {
  return where ? ` (${where.slice(2)})` : '';
}

export interface EvaluateOptions {
  /**
   * False answers every row on the decimal path, the reference the column kernels are tested against
   * (default true: kernels answer the rows they can show exact, the decimal path the rest).
   */
  readonly kernels?: boolean;
}

/** The function `tableKernelOf` last answered for, and its answer. */
let lastTableSpec: FunctionSpec | undefined;
let lastTableKernel: TableKernel | undefined;

/**
 * The table kernel serving `spec`, or undefined; remembered for the last function asked about, since a
 * sheet's calls come function by function (the map and the argument check were a tenth of a 20-cell call).
 */
function tableKernelOf(spec: FunctionSpec): TableKernel | undefined {
  if (spec !== lastTableSpec) {
    const kernel = TABLE_KERNELS.get(spec.name);
    lastTableKernel = kernel && servesArgs(kernel.args, spec.args) ? kernel : undefined;
    lastTableSpec = spec;
  }
  return lastTableKernel;
}

/**
 * Evaluates a function on host values. Ranges broadcast element by element; an element whose ranged
 * arguments are all blank is a blank; a failure of the whole call (wrong shapes, bad table) is returned as
 * a single error even when the call had ranges.
 */
export function evaluate(
  spec: FunctionSpec,
  rawArgs: readonly HostArg[],
  options: EvaluateOptions = {},
): EvalResult | FeeError {
  const fn = spec.name;
  try {
    if (rawArgs.length > spec.args.length) {
      throw new CallFailure(
        feeError('#VALUE!', callWords(spec, rawArgs).tooMany(fn, spec.args.length, rawArgs.length)),
      );
    }
    const tableKernel = options.kernels === false ? undefined : tableKernelOf(spec);
    const fast = tableKernel?.run(rawArgs, spec);
    if (fast !== undefined && kernelMayAnswer(spec, fast)) return fast;
    let anyArray = false;
    const values: unknown[] = new Array(spec.args.length);
    const varying: Varying[] = [];
    spec.args.forEach((argSpec, index) => {
      const raw = rawArgs[index];
      if (argSpec.kind === 'table') {
        if (raw === undefined || (!isMatrix(raw) && isBlank(raw))) {
          throw new CallFailure(
            feeError('#VALUE!', callWords(spec, rawArgs).required(fn, argSpec.name, argSpec.expects)),
          );
        }
        values[index] = parseTable(spec, rawArgs, argSpec, raw);
        return;
      }
      if (isMatrix(raw)) {
        anyArray = true;
        checkRectangular(spec, rawArgs, argSpec.name, raw);
        if (raw.length > 1 || raw[0].length > 1) {
          varying.push({ index, spec: argSpec, cells: raw, rows: raw.length, cols: raw[0].length });
          return;
        }
      }
      const value = isMatrix(raw) ? raw[0][0] : raw;
      const parsed = parseFixed(fn, argSpec, value);
      if (isFeeError(parsed)) throw new CallFailure(parsed);
      values[index] = parsed;
    });

    if (varying.length === 0) {
      const result = compute(spec, values, 0, 0, 1, 1);
      return anyArray ? [[result]] : result;
    }
    return broadcast(spec, values, varying, options.kernels !== false);
  } catch (e) {
    if (e instanceof CallFailure) return e.error;
    throw e;
  }
}

function broadcast(
  spec: FunctionSpec,
  fixed: unknown[],
  varying: readonly Varying[],
  useKernels: boolean,
): CellResult[][] {
  const rows = Math.max(...varying.map((v) => v.rows));
  const cols = Math.max(...varying.map((v) => v.cols));
  for (const v of varying) {
    if ((v.rows !== 1 && v.rows !== rows) || (v.cols !== 1 && v.cols !== cols)) {
      const other =
        varying.find((w) => w.rows === rows && w.cols === cols) ?? varying.find((w) => w !== v) ?? v;
      const [first, second] = v.index < other.index ? [v, other] : [other, v];
      throw new CallFailure(
        feeError(
          '#VALUE!',
          `${spec.name}: ${first.spec.name} (${shapeText(first.rows, first.cols)}) and ${second.spec.name} (${shapeText(second.rows, second.cols)}) do not line up`,
        ),
      );
    }
  }
  const out: CellResult[][] = new Array(rows);
  const values = fixed.slice();
  // Rows the kernel cannot show exact, blanks, bad cells and errors, and every row of a call the kernel
  // does not take, go to the decimal path. There is no memo of repeated cells: measured in front of the
  // kernels (bench/memo.js, 100,000 sheet-like rows, 2026-12-01 20:11 UTC), it took 0.67–0.90× the time on
  // columns of 201 to 1,501 distinct values, where the kernels already run at 0.7–1.9× plain doubles, and
  // 2.9–4.4× on columns of distinct values; too little gained to put a second path through the runner.
  const fast = useKernels ? runKernel(spec, fixed, varying, rows, cols) : null;
  // NaN is a global too (see the top): a row the kernel leaves is told by x !== x alone. A money result
  // near or beyond the bound is the decimal path's to answer too (see resultBound.ts).
  const none = fast === null;
  for (let r = 0, i = 0; r < rows; r++) {
    const x = none ? 0 : fast[i];
    if (cols === 1 && !none && x === x && kernelMayAnswer(spec, x)) {
      // A one-number row as a literal: an array of doubles, unboxed, as plain code would build it.
      out[r] = [x];
      i++;
      continue;
    }
    const line: CellResult[] = new Array(cols);
    for (let c = 0; c < cols; c++, i++) {
      const y = none ? 0 : fast[i];
      line[c] =
        !none && y === y && kernelMayAnswer(spec, y) ? y : element(spec, values, varying, r, c, rows, cols);
    }
    out[r] = line;
  }
  return out;
}

/** The kernels' result buffer, kept between calls like the column buffers (see kernels/columns.ts). */
let OUT = new Float64Array(0);

/**
 * The function's column kernel over every result cell (NaN where the decimal path must answer), or null
 * when the function has none or this call is not one it answers.
 */
function runKernel(
  spec: FunctionSpec,
  fixed: readonly unknown[],
  varying: readonly Varying[],
  rows: number,
  cols: number,
): Float64Array | null {
  const kernel = KERNELS.get(spec.name);
  if (kernel === undefined || !servesArgs(kernel.args, spec.args)) return null;
  const ranged = spec.args.map(() => false);
  for (const v of varying) ranged[v.index] = true;
  const params = kernel.compile(fixed, ranged);
  if (params === null) return null;
  const columns: Column[] = new Array(spec.args.length);
  for (const v of varying) {
    const bounds = boundsOf(v.spec);
    if (bounds === undefined) return null;
    columns[v.index] = readColumn(v.cells, v.rows, v.cols, rows, cols, bounds, v.index);
  }
  spec.args.forEach((arg, index) => {
    if (arg.kind === 'scalar' && arg.hostType === 'number' && !ranged[index])
      columns[index] = fixedColumn(fixed[index] as Dec | null);
  });
  const n = rows * cols;
  if (OUT.length < n) OUT = new Float64Array(Math.max(n, 2 * OUT.length));
  const out = OUT.subarray(0, n);
  kernel.run(params, columns, n, out);
  return out;
}

function element(
  spec: FunctionSpec,
  values: unknown[],
  varying: readonly Varying[],
  r: number,
  c: number,
  rows: number,
  cols: number,
): CellResult {
  if (varying.every((v) => isBlank(cellAt(v, r, c)))) return '';
  for (const v of varying) {
    const vr = v.rows === 1 ? 0 : r;
    const vc = v.cols === 1 ? 0 : c;
    const parsed = parseScalar(spec.name, v.spec, cellAt(v, r, c), vr, vc, v.rows, v.cols);
    if (isFeeError(parsed)) return parsed;
    values[v.index] = parsed;
  }
  return compute(spec, values, r, c, rows, cols);
}
