/**
 * The formulas the Excel fake can calculate: numbers, same-sheet references and ranges, `+`, `-`, `*`, `/`, `SUM`,
 * `ROUND`, `ROUNDDOWN`, `COUNTIF` of a range and a plain text (no wildcard or comparison) and `DATE` (a
 * serial in the workbook's date system), which is all the add-in writes (`=SUM(F9:F13)`,
 * `=ROUND(ROUND(F20*100,0)/5,0)/100`, `=COUNTIF(G4:G15,"missed")`, a correction note's `=C11-B11`, Diagnostics' `=DATE(2026,10,1)`). Anything
 * else is refused when written, so a test never reads a made-up value for a formula the fake does not
 * understand.
 */
import { parseAddress, type Rect } from './a1';

/** A parsed formula. */
export type FormulaNode =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'range'; readonly rect: Rect }
  | { readonly kind: 'sum'; readonly args: readonly FormulaNode[] }
  | { readonly kind: 'countif'; readonly rect: Rect; readonly text: string }
  | { readonly kind: 'date'; readonly parts: readonly [FormulaNode, FormulaNode, FormulaNode] }
  | { readonly kind: 'add'; readonly terms: readonly FormulaNode[] }
  | { readonly kind: 'subtract'; readonly minuend: FormulaNode; readonly subtrahend: FormulaNode }
  | { readonly kind: 'multiply'; readonly factors: readonly FormulaNode[] }
  | { readonly kind: 'divide'; readonly dividend: FormulaNode; readonly divisor: FormulaNode }
  | {
      readonly kind: 'round';
      readonly mode: 'ROUND' | 'ROUNDDOWN';
      readonly value: FormulaNode;
      readonly digits: FormulaNode;
    };

/** A cell's value as a formula sees it: `''` for an empty cell, `#…` text for an error. */
export type FormulaInput = string | number | boolean;

const TOKEN =
  /\s*(SUM\(|ROUND\(|ROUNDDOWN\(|COUNTIF\(|DATE\(|"(?:[^"]|"")*"|\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\d+(?:\.\d+)?(?:E[+-]?\d+)?|[-+*/,()])\s*/iy;

/** The tokens of the formula `text` without its `=`, or null at the first character the fake cannot read. */
function tokenize(text: string): string[] | null {
  const tokens: string[] = [];
  TOKEN.lastIndex = 1;
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match) return null;
    tokens.push(match[1].startsWith('"') ? match[1] : match[1].toUpperCase());
  }
  return tokens;
}

/** The formula `text` (`=SUM(F9:F13)`) parsed, or null when the fake cannot calculate it. */
export function parseFormula(text: string): FormulaNode | null {
  const tokens = text.startsWith('=') ? tokenize(text) : null;
  if (!tokens) return null;
  let at = 0;

  // Left to right, as Excel reads a+b-c+d: ((a+b)-c)+d.
  const expression = (): FormulaNode | null => {
    let node = product();
    while (node && (tokens[at] === '+' || tokens[at] === '-')) {
      const op = tokens[at++];
      const next = product();
      if (!next) return null;
      node =
        op === '-'
          ? { kind: 'subtract', minuend: node, subtrahend: next }
          : node.kind === 'add'
            ? { kind: 'add', terms: [...node.terms, next] }
            : { kind: 'add', terms: [node, next] };
    }
    return node;
  };

  // Left to right, as Excel reads a*b/c*d: ((a*b)/c)*d.
  const product = (): FormulaNode | null => {
    let node = primary();
    while (node && (tokens[at] === '*' || tokens[at] === '/')) {
      const op = tokens[at++];
      const next = primary();
      if (!next) return null;
      node =
        op === '*'
          ? { kind: 'multiply', factors: [node, next] }
          : { kind: 'divide', dividend: node, divisor: next };
    }
    return node;
  };

  const primary = (): FormulaNode | null => {
    const token = tokens[at++];
    if (token === undefined) return null;
    if (token === 'SUM(') {
      const args: FormulaNode[] = [];
      for (;;) {
        const arg = expression();
        if (!arg) return null;
        args.push(arg);
        const next = tokens[at++];
        if (next === ')') return { kind: 'sum', args };
        if (next !== ',') return null;
      }
    }
    if (token === 'ROUND(' || token === 'ROUNDDOWN(') {
      const value = expression();
      if (!value || tokens[at++] !== ',') return null;
      const digits = expression();
      if (!digits || tokens[at++] !== ')') return null;
      return { kind: 'round', mode: token === 'ROUND(' ? 'ROUND' : 'ROUNDDOWN', value, digits };
    }
    if (token === 'DATE(') {
      const parts: FormulaNode[] = [];
      for (const end of [',', ',', ')']) {
        const part = expression();
        if (!part || tokens[at++] !== end) return null;
        parts.push(part);
      }
      return { kind: 'date', parts: parts as [FormulaNode, FormulaNode, FormulaNode] };
    }
    if (token === 'COUNTIF(') {
      const rect = parseAddress(tokens[at++] ?? '');
      const criterion = tokens[at + 1];
      if (!rect || tokens[at] !== ',' || !criterion?.startsWith('"') || tokens[at + 2] !== ')') return null;
      at += 3;
      const text = criterion.slice(1, -1).replace(/""/g, '"');
      // Wildcards and comparisons change what COUNTIF counts: the fake does not guess them.
      return /[*?~]|^[<>=]/.test(text) ? null : { kind: 'countif', rect, text };
    }
    if (/^\d/.test(token)) return { kind: 'number', value: Number(token) };
    const rect = parseAddress(token);
    return rect ? { kind: 'range', rect } : null;
  };

  const node = expression();
  return node && at === tokens.length ? node : null;
}

/** What DATE(year, month, day) answers in the workbook: days from its date system's day 0. */
export type DateSerial = (year: number, month: number, day: number) => number;

/**
 * The value of `node`, reading cells through `cellValue` and dates through `dateSerial`: a number, or an
 * error text such as `#VALUE!` (text added with `+`) as Excel shows it. SUM skips text, booleans and empty
 * cells of its ranges.
 */
export function evaluateFormula(
  node: FormulaNode,
  cellValue: (row: number, col: number) => FormulaInput,
  dateSerial: DateSerial,
): number | string {
  const scalar = (n: FormulaNode): number | string => {
    switch (n.kind) {
      case 'number':
        return n.value;
      case 'sum':
        return sum(n.args);
      case 'countif': {
        // A text criterion matches text cells equal to it, ignoring case, as Excel's COUNTIF does.
        let count = 0;
        for (let r = 0; r < n.rect.rows; r += 1)
          for (let c = 0; c < n.rect.cols; c += 1) {
            const value = cellValue(n.rect.row + r, n.rect.col + c);
            if (typeof value === 'string' && value.toLowerCase() === n.text.toLowerCase()) count += 1;
          }
        return count;
      }
      case 'date': {
        const parts = n.parts.map(scalar);
        const failed = parts.find((p) => typeof p === 'string');
        return (
          failed ?? date(parts.map((p) => Math.trunc(p as number)) as [number, number, number], dateSerial)
        );
      }
      case 'add':
        return n.terms.map(scalar).reduce<number | string>(add, 0);
      case 'subtract':
        return add(scalar(n.minuend), multiply(-1, scalar(n.subtrahend)));
      case 'multiply':
        return n.factors.map(scalar).reduce<number | string>(multiply, 1);
      case 'divide': {
        const [a, b] = [scalar(n.dividend), scalar(n.divisor)];
        if (typeof a === 'string') return a;
        if (typeof b === 'string') return b;
        return b === 0 ? '#DIV/0!' : a / b;
      }
      case 'round': {
        const value = scalar(n.value);
        const digits = scalar(n.digits);
        if (typeof value === 'string') return value;
        if (typeof digits === 'string') return digits;
        return round(value, Math.trunc(digits), n.mode);
      }
      case 'range': {
        if (n.rect.rows !== 1 || n.rect.cols !== 1) return '#VALUE!';
        const value = cellValue(n.rect.row, n.rect.col);
        if (value === '') return 0;
        if (typeof value === 'number') return value;
        return typeof value === 'string' && value.startsWith('#') ? value : '#VALUE!';
      }
    }
  };
  const sum = (args: readonly FormulaNode[]): number | string => {
    let total: number | string = 0;
    for (const arg of args) {
      if (arg.kind !== 'range') {
        total = add(total, scalar(arg));
        continue;
      }
      for (let r = 0; r < arg.rect.rows; r += 1) {
        for (let c = 0; c < arg.rect.cols; c += 1) {
          const value = cellValue(arg.rect.row + r, arg.rect.col + c);
          if (typeof value === 'number') total = add(total, value);
          else if (typeof value === 'string' && value.startsWith('#')) return value;
        }
      }
    }
    return total;
  };
  return scalar(node);
}

/**
 * Excel's DATE: a year under 1900 counts from 1900 (DATE(26,10,1) is 1926), months and days past their
 * range roll over (DATE(2026,13,1) is January 2027), and a year past 9999 or a day before the system's
 * day 0 is #NUM!.
 */
function date([year, month, day]: [number, number, number], dateSerial: DateSerial): number | string {
  const fullYear = year >= 0 && year < 1900 ? year + 1900 : year;
  if (fullYear < 0 || fullYear > 9999) return '#NUM!';
  const serial = dateSerial(fullYear, month, day);
  return serial < 0 ? '#NUM!' : serial;
}

function multiply(a: number | string, b: number | string): number | string {
  if (typeof a === 'string') return a;
  if (typeof b === 'string') return b;
  return a * b;
}

/**
 * Excel's ROUND (half away from zero) and ROUNDDOWN (toward zero) on the 15 significant digits it keeps,
 * so 2.675 rounds to 2.68 as in Excel, not to the 2.67 its nearest double would give.
 */
function round(value: number, digits: number, mode: 'ROUND' | 'ROUNDDOWN'): number {
  const scaled = Number((Math.abs(value) * 10 ** digits).toPrecision(15));
  const whole = mode === 'ROUND' ? Math.floor(scaled + 0.5) : Math.floor(scaled);
  return (Math.sign(value) * whole) / 10 ** digits;
}

function add(a: number | string, b: number | string): number | string {
  if (typeof a === 'string') return a;
  if (typeof b === 'string') return b;
  return a + b;
}
