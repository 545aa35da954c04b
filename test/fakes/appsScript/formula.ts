/**
 * A small formula engine so the fake can answer `getValues` on formula cells: numbers, strings,
 * booleans, references (`B3`, `$B$3`, `'Other sheet'!B3`, `A1:C9`), arithmetic, comparison, `&`, `%`,
 * and SUM, MIN, MAX, AVERAGE, ROUND, ROUNDDOWN, ABS, IF, AND, COUNTA, CONCATENATE, NA, COUNTIF of a plain text (no
 * wildcard or comparison: those evaluate to `#N/A` rather than a guessed count), SUBTOTAL's COUNT, COUNTA
 * and SUM over references (rows hidden as Google documents it, below), DATE (its serial, which the cell's
 * automatic or date format turns into the Date getValues gives, sheet.ts; isDateFormula), and the loaded script's custom
 * functions (`=ACHIEVEMENT(A1:B1,1)`), called as Sheets calls them (customFunctionArgument.ts). Anything
 * else evaluates to `#NAME?`, which is enough for tests to tell a formula from text.
 */
import type { CellValue } from './cellValues';
import { GridRect, columnNumber } from './a1';
import { isDate } from './callLog';

/** Where a formula reads its references. */
export interface FormulaScope {
  /** The computed value of one cell; `sheet` null means the formula's own sheet. */
  value(sheet: string | null, row: number, col: number): CellValue | FormulaError;
  hasSheet(name: string): boolean;
  /** The custom function a formula may call by that name, if the script has one. */
  customFunction?(name: string): ((...args: unknown[]) => unknown) | undefined;
  /** What a custom function receives for a reference (`sheet` null: the formula's own sheet). */
  argument?(sheet: string | null, rect: GridRect): unknown;
  /** The `Date` a script receives for a date serial (a `DATE(…)` argument). */
  date?(serial: number): unknown;
  /** How a row of a sheet is hidden (`sheet` null: the formula's own), for SUBTOTAL; never, without it. */
  rowHidden?(sheet: string | null, row: number): 'user' | 'filter' | null;
  /** Whether a cell's formula calls SUBTOTAL, which SUBTOTAL skips so as not to count twice. */
  callsSubtotal?(sheet: string | null, row: number, col: number): boolean;
}

/** A spreadsheet error value (`#DIV/0!`); `getValues` returns its code as a string. */
export class FormulaError {
  constructor(readonly code: string) {}
}

type Scalar = number | string | boolean | FormulaError;
type Value = Scalar | Scalar[][];

type Node =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'ref'; sheet: string | null; rect: GridRect }
  | { kind: 'call'; name: string; args: Node[] }
  /** An argument left out between commas (`F(1,,3)`). */
  | { kind: 'blank' }
  | { kind: 'unary'; op: string; arg: Node }
  | { kind: 'percent'; arg: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

/** True when `text` (without its leading `=`) parses as an expression. */
export function isWellFormedExpression(text: string): boolean {
  try {
    new Parser(text).parseAll();
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether Sheets shows the formula's number as a date in a cell of automatic format, as it does for
 * `=DATE(2026,10,1)` (and hands it to scripts as a `Date`): a DATE call, a date plus or minus a number of
 * days. A date minus a date is a number of days. Dates reached through references, TODAY and EDATE are
 * not followed: the fake computes none of them as dates.
 */
export function isDateFormula(formula: string): boolean {
  try {
    return isDateNode(new Parser(formula.replace(/^=/, '')).parseAll());
  } catch {
    return false;
  }
}

function isDateNode(node: Node): boolean {
  if (node.kind === 'call') return node.name === 'DATE';
  if (node.kind !== 'binary') return false;
  const [left, right] = [isDateNode(node.left), isDateNode(node.right)];
  if (node.op === '+') return left !== right;
  return node.op === '-' && left && !right;
}

/** The value of a formula (`=SUM(A1:A3)`), with errors as `FormulaError`. */
export function evaluateFormula(formula: string, scope: FormulaScope): Scalar {
  let node: Node;
  try {
    node = new Parser(formula.replace(/^=/, '')).parseAll();
  } catch {
    return new FormulaError('#ERROR!');
  }
  const value = evaluate(node, scope);
  return Array.isArray(value) ? (value[0]?.[0] ?? '') : value;
}

const TOKEN =
  /\s*(?:((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|"((?:[^"]|"")*)"|([A-Za-z_][\w.]*)|(<>|<=|>=|[-+*/^&=<>%(),]))/y;

type Token =
  | { t: 'ref'; sheet: string | null; text: string }
  | { t: 'num'; value: number }
  | { t: 'str'; value: string }
  | { t: 'name'; value: string }
  | { t: 'op'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m) throw new SyntaxError(`unexpected text at ${TOKEN.lastIndex}`);
    if (m[2] !== undefined)
      tokens.push({ t: 'ref', sheet: m[1] ? sheetName(m[1].slice(0, -1)) : null, text: m[2] });
    else if (m[3] !== undefined) tokens.push({ t: 'num', value: Number(m[3]) });
    else if (m[4] !== undefined) tokens.push({ t: 'str', value: m[4].replace(/""/g, '"') });
    else if (m[5] !== undefined) tokens.push({ t: 'name', value: m[5] });
    else tokens.push({ t: 'op', value: m[6] as string });
  }
  return tokens;
}

function sheetName(raw: string): string {
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

function refRect(text: string): GridRect {
  const [a, b = a] = text.replace(/\$/g, '').split(':') as [string, string?];
  const cell = (s: string): [number, number] => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(s) as RegExpExecArray;
    return [Number(m[2]), columnNumber(m[1] as string)];
  };
  const [r1, c1] = cell(a);
  const [r2, c2] = cell(b as string);
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

const COMPARISON = ['=', '<>', '<', '>', '<=', '>='];

class Parser {
  private readonly tokens: Token[];
  private at = 0;

  constructor(text: string) {
    this.tokens = tokenize(text);
  }

  parseAll(): Node {
    if (this.tokens.length === 0) throw new SyntaxError('empty formula');
    const node = this.comparison();
    if (this.at !== this.tokens.length) throw new SyntaxError('trailing tokens');
    return node;
  }

  private peekOp(ops: readonly string[]): string | null {
    const token = this.tokens[this.at];
    return token?.t === 'op' && ops.includes(token.value) ? token.value : null;
  }

  private binary(ops: readonly string[], next: () => Node): Node {
    let left = next();
    for (let op = this.peekOp(ops); op !== null; op = this.peekOp(ops)) {
      this.at++;
      left = { kind: 'binary', op, left, right: next() };
    }
    return left;
  }

  private comparison = (): Node => this.binary(COMPARISON, this.concat);
  private concat = (): Node => this.binary(['&'], this.additive);
  private additive = (): Node => this.binary(['+', '-'], this.multiplicative);
  private multiplicative = (): Node => this.binary(['*', '/'], this.power);
  private power = (): Node => this.binary(['^'], this.unary);

  private unary = (): Node => {
    const op = this.peekOp(['+', '-']);
    if (op !== null) {
      this.at++;
      return { kind: 'unary', op, arg: this.unary() };
    }
    let node = this.primary();
    while (this.peekOp(['%']) !== null) {
      this.at++;
      node = { kind: 'percent', arg: node };
    }
    return node;
  };

  private primary(): Node {
    const token = this.tokens[this.at++];
    if (!token) throw new SyntaxError('unexpected end');
    switch (token.t) {
      case 'num':
        return { kind: 'num', value: token.value };
      case 'str':
        return { kind: 'str', value: token.value };
      case 'ref':
        return { kind: 'ref', sheet: token.sheet, rect: refRect(token.text) };
      case 'name':
        return this.nameOrCall(token.value);
      case 'op':
        if (token.value === '(') {
          const inner = this.comparison();
          this.expect(')');
          return inner;
        }
        throw new SyntaxError(`unexpected ${token.value}`);
    }
  }

  private nameOrCall(name: string): Node {
    if (this.peekOp(['(']) === null) {
      // Bare words other than TRUE/FALSE would be named ranges; the fake has none, so they do not parse.
      if (/^(true|false)$/i.test(name)) return { kind: 'bool', value: name.toUpperCase() === 'TRUE' };
      throw new SyntaxError(`bare name ${name}`);
    }
    this.at++;
    const args: Node[] = [];
    if (this.peekOp([')']) === null) {
      do args.push(this.peekOp([',', ')']) !== null ? { kind: 'blank' } : this.comparison());
      while (this.peekOp([',']) !== null && ++this.at);
    }
    this.expect(')');
    return { kind: 'call', name: name.toUpperCase(), args };
  }

  private expect(op: string): void {
    if (this.peekOp([op]) === null) throw new SyntaxError(`expected ${op}`);
    this.at++;
  }
}

function evaluate(node: Node, scope: FormulaScope): Value {
  switch (node.kind) {
    case 'num':
    case 'str':
    case 'bool':
      return node.value;
    case 'ref':
      return readRect(node.sheet, node.rect, scope);
    case 'percent':
      return arithmetic(scalar(evaluate(node.arg, scope)), 100, (a, b) => a / b);
    case 'unary':
      return arithmetic(0, scalar(evaluate(node.arg, scope)), (a, b) => (node.op === '-' ? a - b : a + b));
    case 'binary':
      return binary(node.op, scalar(evaluate(node.left, scope)), scalar(evaluate(node.right, scope)));
    case 'call':
      return call(node.name, node.args, scope);
    case 'blank':
      return '';
  }
}

/**
 * A custom function's value: a reference as the host hands it, a skipped argument as `""`, anything else
 * as its value; a thrown error shows `#ERROR!`, an array result its first element (the fake does not spill).
 */
function customCall(fn: (...args: unknown[]) => unknown, argNodes: Node[], scope: FormulaScope): Scalar {
  const args = argNodes.map((node) => {
    if (node.kind === 'ref' && scope.argument) return scope.argument(node.sheet, node.rect);
    const value = scalar(evaluate(node, scope));
    if (value instanceof FormulaError) return value.code;
    // `=FN(DATE(2026,10,1))` hands the function a date, as a date cell would.
    return typeof value === 'number' && scope.date && isDateNode(node) ? scope.date(value) : value;
  });
  let result: unknown;
  try {
    result = fn(...args);
  } catch {
    return new FormulaError('#ERROR!');
  }
  const first: unknown = Array.isArray(result) ? (result[0] as unknown[] | undefined)?.[0] : result;
  if (first === null || first === undefined) return '';
  return typeof first === 'number' || typeof first === 'string' || typeof first === 'boolean'
    ? first
    : new FormulaError('#VALUE!');
}

function readRect(sheet: string | null, rect: GridRect, scope: FormulaScope): Value {
  if (sheet !== null && !scope.hasSheet(sheet)) return new FormulaError('#REF!');
  const out: Scalar[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const line: Scalar[] = [];
    for (let c = 0; c < rect.cols; c++) {
      const v = scope.value(sheet, rect.row + r, rect.col + c);
      line.push(isDate(v) ? v.toISOString() : v);
    }
    out.push(line);
  }
  return rect.rows === 1 && rect.cols === 1 ? (out[0]?.[0] as Scalar) : out;
}

function scalar(value: Value): Scalar {
  return Array.isArray(value) ? new FormulaError('#VALUE!') : value;
}

function toNumber(value: Scalar): number | FormulaError {
  if (value instanceof FormulaError) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === '') return 0;
  const n = Number(value);
  return Number.isNaN(n) ? new FormulaError('#VALUE!') : n;
}

function arithmetic(a: Scalar, b: Scalar, op: (x: number, y: number) => number): Scalar {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  const result = op(x, y);
  return Number.isFinite(result) ? result : new FormulaError('#DIV/0!');
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  switch (op) {
    case '+':
      return arithmetic(a, b, (x, y) => x + y);
    case '-':
      return arithmetic(a, b, (x, y) => x - y);
    case '*':
      return arithmetic(a, b, (x, y) => x * y);
    case '/':
      return arithmetic(a, b, (x, y) => x / y);
    case '^':
      return arithmetic(a, b, (x, y) => x ** y);
    case '&':
      return text(a) + text(b);
    default:
      return compare(op, a, b);
  }
}

function text(value: Scalar): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function compare(op: string, a: Scalar, b: Scalar): boolean {
  const order = typeof a === typeof b ? (a < b ? -1 : a > b ? 1 : 0) : typeof a === 'number' ? -1 : 1;
  const results: Record<string, boolean> = {
    '=': order === 0,
    '<>': order !== 0,
    '<': order < 0,
    '>': order > 0,
    '<=': order <= 0,
    '>=': order >= 0,
  };
  return results[op] as boolean;
}

/** Numbers of an argument as aggregate functions see them: ranges skip text and blanks. */
function numbersOf(value: Value, out: number[]): FormulaError | null {
  if (Array.isArray(value)) {
    for (const cell of value.flat()) {
      if (cell instanceof FormulaError) return cell;
      if (typeof cell === 'number') out.push(cell);
    }
    return null;
  }
  const n = toNumber(value);
  if (n instanceof FormulaError) return n;
  out.push(n);
  return null;
}

/**
 * Sheets' DATE: days from 1899-12-30, a year under 1900 counted from 1900 (DATE(26,10,1) is 1926), months
 * and days past their range rolled over; a year past 9999 or a day before 1899-12-30 is #NUM!.
 */
/**
 * ROUND (half away from zero) and ROUNDDOWN (towards zero) of the decimal the cell shows, its 15
 * significant digits (0.285 to 0.29, where the double 0.28499999999999998… would give 0.28), as Excel
 * documents its own; Google documents neither way (HOST_ASSUMPTIONS: Diagnostics' roundingFormula).
 */
function rounded(x: number, digits: number, name: 'ROUND' | 'ROUNDDOWN'): number {
  const f = 10 ** Math.trunc(digits);
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  return (Math.sign(x) * (name === 'ROUND' ? Math.floor(scaled + 0.5) : Math.floor(scaled))) / f;
}

function dateSerial([year, month, day]: number[]): number | FormulaError {
  const fullYear = year! >= 0 && year! < 1900 ? year! + 1900 : year!;
  const serial = (Date.UTC(fullYear, month! - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return fullYear < 0 || fullYear > 9999 || serial < 0 ? new FormulaError('#NUM!') : serial;
}

/**
 * Google's SUBTOTAL (support.google.com/docs/answer/3093649): codes 2, 3, 9 (COUNT, COUNTA, SUM) and their
 * 10x twins over references. "Hidden values can be skipped … by prepending 10"; "cells that are hidden due
 * to autofilter criteria are never included in SUBTOTAL, irrespective of the function_code"; cells that
 * "contain SUBTOTAL calls are ignored". The other codes are not modelled: `#N/A`.
 */
function subtotal([codeNode, ...refs]: Node[], scope: FormulaScope): Scalar {
  const code = codeNode ? toNumber(scalar(evaluate(codeNode, scope))) : new FormulaError('#N/A');
  if (code instanceof FormulaError) return code;
  const base = code > 100 ? code - 100 : code;
  if (![2, 3, 9].includes(base) || refs.length === 0) return new FormulaError('#N/A');
  const cells: Scalar[] = [];
  for (const node of refs) {
    if (node.kind !== 'ref') return new FormulaError('#VALUE!');
    if (node.sheet !== null && !scope.hasSheet(node.sheet)) return new FormulaError('#REF!');
    const { row, col, rows, cols } = node.rect;
    for (let r = row; r < row + rows; r++) {
      const hidden = scope.rowHidden?.(node.sheet, r) ?? null;
      if (hidden === 'filter' || (hidden === 'user' && code > 100)) continue;
      for (let c = col; c < col + cols; c++) {
        if (scope.callsSubtotal?.(node.sheet, r, c)) continue;
        const value = scope.value(node.sheet, r, c);
        if (value instanceof FormulaError) return value;
        // A date counts as its serial, as a number would (the zone's hours are not modelled).
        cells.push(isDate(value) ? (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : value);
      }
    }
  }
  if (base === 3) return cells.filter((c) => c !== '').length;
  const numbers = cells.filter((c): c is number => typeof c === 'number');
  return base === 2 ? numbers.length : numbers.reduce((s, n) => s + n, 0);
}

function call(name: string, argNodes: Node[], scope: FormulaScope): Scalar {
  const args = argNodes.map((arg) => evaluate(arg, scope));
  const aggregate = (fn: (ns: number[]) => number): Scalar => {
    const ns: number[] = [];
    for (const arg of args) {
      const failed = numbersOf(arg, ns);
      if (failed) return failed;
    }
    return fn(ns);
  };
  switch (name) {
    case 'SUM':
      return aggregate((ns) => ns.reduce((s, n) => s + n, 0));
    case 'MIN':
      return aggregate((ns) => (ns.length ? Math.min(...ns) : 0));
    case 'MAX':
      return aggregate((ns) => (ns.length ? Math.max(...ns) : 0));
    case 'AVERAGE': {
      const result = aggregate((ns) => ns.reduce((s, n) => s + n, 0) / ns.length);
      return typeof result === 'number' && Number.isNaN(result) ? new FormulaError('#DIV/0!') : result;
    }
    case 'ABS':
      return arithmetic(scalar(args[0] ?? 0), 0, (x) => Math.abs(x));
    case 'ROUND':
    case 'ROUNDDOWN':
      return arithmetic(scalar(args[0] ?? 0), scalar(args[1] ?? 0), (x, digits) => rounded(x, digits, name));
    case 'IF': {
      const cond = toNumber(scalar(args[0] ?? false));
      if (cond instanceof FormulaError) return cond;
      return scalar((cond !== 0 ? args[1] : args[2]) ?? false);
    }
    case 'COUNTIF': {
      // A text criterion counts the text cells equal to it, ignoring case, as Sheets' COUNTIF does.
      const [range, criterion] = args;
      if (!Array.isArray(range) || typeof criterion !== 'string' || /[*?~]|^[<>=]/.test(criterion))
        return new FormulaError('#N/A');
      return range.flat().filter((c) => typeof c === 'string' && c.toLowerCase() === criterion.toLowerCase())
        .length;
    }
    case 'NA':
      return new FormulaError('#N/A');
    case 'AND': {
      let all = true;
      for (const arg of args) {
        const value = toNumber(scalar(arg));
        if (value instanceof FormulaError) return value;
        all &&= value !== 0;
      }
      return args.length === 0 ? new FormulaError('#N/A') : all;
    }
    case 'COUNTA':
      return args.reduce<number>(
        (n, arg) => n + (Array.isArray(arg) ? arg.flat().filter((c) => c !== '').length : arg === '' ? 0 : 1),
        0,
      );
    case 'SUBTOTAL':
      return subtotal(argNodes, scope);
    case 'DATE': {
      const parts = args.map((arg) => toNumber(scalar(arg)));
      const failed = parts.find((p) => p instanceof FormulaError);
      if (failed) return failed;
      return args.length === 3
        ? dateSerial(parts.map((p) => Math.trunc(p as number)))
        : new FormulaError('#N/A');
    }
    case 'CONCATENATE':
      return args.map((arg) => scalar(arg)).reduce<Scalar>((acc, v) => binary('&', acc, v), '');
    default: {
      const custom = scope.customFunction?.(name);
      return custom ? customCall(custom, argNodes, scope) : new FormulaError('#NAME?');
    }
  }
}
