/**
 * A small parser for formulas written as in a spreadsheet, for the CLI and the golden vectors:
 * calls (nested), numbers, "text" ("" escapes a quote), TRUE/FALSE, error literals, empty arguments for
 * blanks, array constants `{1, 2; 3, 4}` (`;` between rows, empty elements are blanks), unary signs,
 * postfix %, and + - * / with the usual precedence.
 *
 * A formula is read in the notation of its language, as that language's spreadsheet writes it: English
 * `BONUSMALUS(0.78, 0.75, 1000, 1000)` and `{1, 2; 3, 4}`; French `BONUSMALUS(0,78; 0,75; 1000; 1000)` and
 * `{1\2; 3\4}` (Sheets' French notation). The other notation's separator is an error at its position,
 * never read as ours: French `ACHIEVEMENT(0,8)` is 0.8, never ACHIEVEMENT(0; 8).
 */
import type { Language } from '../contract/types';
import { formulaTexts, type SyntaxProblem } from '../i18n/formula';

export type Literal = number | string | boolean | null | { readonly code: string };

export type Expr =
  | { readonly type: 'literal'; readonly value: Literal }
  | { readonly type: 'array'; readonly rows: readonly (readonly Literal[])[] }
  | { readonly type: 'call'; readonly name: string; readonly args: readonly Expr[] }
  | { readonly type: 'unary'; readonly op: '-' | '+' | '%'; readonly operand: Expr }
  | {
      readonly type: 'binary';
      readonly op: '+' | '-' | '*' | '/';
      readonly left: Expr;
      readonly right: Expr;
    };

/**
 * A formula that cannot be read, with the 1-based position where it was found. `kind` is `#NUM!` for a
 * number no spreadsheet number holds (`1e400`), `#VALUE!` otherwise.
 */
export class FormulaSyntaxError extends Error {
  constructor(
    readonly problem: SyntaxProblem,
    readonly position: number,
    readonly kind: '#VALUE!' | '#NUM!' = '#VALUE!',
  ) {
    super(formulaTexts('en').syntax(problem, position));
    this.name = 'FormulaSyntaxError';
  }
}

/** Excel's own limits: 8,192 characters per formula and 64 levels of nesting. */
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_NESTING = 64;

const ERROR_LITERALS = ['#DIV/0!', '#VALUE!', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#N/A'];

/** The separators of a notation; array rows are `;` in both. */
interface Notation {
  readonly argument: ',' | ';';
  readonly column: ',' | '\\';
  /** A number at the start of the text, its decimal mark the notation's. */
  readonly number: RegExp;
  readonly decimalMark: '.' | ',';
}

const NOTATIONS: ReadonlyMap<Language, Notation> = new Map<Language, Notation>([
  ['en', { argument: ',', column: ',', number: /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/, decimalMark: '.' }],
  // No trailing `,` (`0,` then a digit after a space is an English argument list, refused at the comma).
  ['fr', { argument: ';', column: '\\', number: /^(\d+(,\d+)?|,\d+)([eE][+-]?\d+)?/, decimalMark: ',' }],
]);

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(
    private readonly src: string,
    private readonly notation: Notation,
  ) {}

  parseFormula(): Expr {
    if (this.src.length > MAX_FORMULA_LENGTH)
      this.fail({ kind: 'tooLong', most: MAX_FORMULA_LENGTH, length: this.src.length });
    this.skipSpaces();
    if (this.peek() === '=') this.pos++;
    const expr = this.expression();
    this.skipSpaces();
    if (this.pos < this.src.length) this.fail({ kind: 'unexpected', char: this.src[this.pos] });
    return expr;
  }

  private fail(problem: SyntaxProblem, at = this.pos): never {
    throw new FormulaSyntaxError(problem, at + 1);
  }

  /** Where a separator was expected, the other notation's is named as such, not as a stray character. */
  private otherNotationsSeparator(sep: string): SyntaxProblem | undefined {
    if (sep === ';' && this.notation.argument === ',') return { kind: 'localeSeparator' };
    if (sep === ',' && this.notation.argument === ';') return { kind: 'englishSeparator' };
    return undefined;
  }

  /** Parses one nesting level (parentheses, a call's arguments, a sign), refusing more than Excel takes. */
  private nested<T>(parse: () => T): T {
    if (this.depth >= MAX_NESTING) this.fail({ kind: 'tooDeep', most: MAX_NESTING });
    this.depth++;
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private skipSpaces(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) this.pos++;
  }

  private peek(): string {
    this.skipSpaces();
    return this.src[this.pos] ?? '';
  }

  private expect(char: string): void {
    if (this.peek() !== char) this.fail({ kind: 'expected', char });
    this.pos++;
  }

  private expression(): Expr {
    let left = this.term();
    for (let op = this.peek(); op === '+' || op === '-'; op = this.peek()) {
      this.pos++;
      left = { type: 'binary', op, left, right: this.term() };
    }
    return left;
  }

  private term(): Expr {
    let left = this.unary();
    for (let op = this.peek(); op === '*' || op === '/'; op = this.peek()) {
      this.pos++;
      left = { type: 'binary', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    const op = this.peek();
    if (op === '-' || op === '+') {
      return {
        type: 'unary',
        op,
        operand: this.nested(() => {
          this.pos++;
          return this.unary();
        }),
      };
    }
    let expr = this.primary();
    while (this.peek() === '%') {
      this.pos++;
      expr = { type: 'unary', op: '%', operand: expr };
    }
    return expr;
  }

  private primary(): Expr {
    const c = this.peek();
    if (c === '(') {
      return this.nested(() => {
        this.pos++;
        const inner = this.expression();
        this.expect(')');
        return inner;
      });
    }
    if (c === '{') return this.arrayConstant();
    const literal = this.literal();
    if (literal !== undefined) return { type: 'literal', value: literal };
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.src.slice(this.pos))?.[0];
    if (!name) this.fail(c ? { kind: 'unexpected', char: c } : { kind: 'unexpectedEnd' });
    this.pos += name.length;
    return { type: 'call', name: name.toUpperCase(), args: this.nested(() => this.callArguments()) };
  }

  private callArguments(): Expr[] {
    this.expect('(');
    const args: Expr[] = [];
    if (this.peek() === ')') {
      this.pos++;
      return args;
    }
    const separator = this.notation.argument;
    for (;;) {
      const c = this.peek();
      args.push(c === separator || c === ')' ? { type: 'literal', value: null } : this.expression());
      const sep = this.peek();
      // Said at the character that is no separator, before stepping past it.
      if (sep !== separator && sep !== ')')
        this.fail(
          this.otherNotationsSeparator(sep) ??
            (sep ? { kind: 'expectedArgumentEnd', separator } : { kind: 'unexpectedEnd' }),
        );
      this.pos++;
      if (sep === ')') return args;
    }
  }

  /** A number, string, boolean or error literal at the cursor, or undefined. */
  private literal(): Literal | undefined {
    const rest = this.src.slice(this.pos);
    if (this.notation.decimalMark === ',') {
      // 0.8 is the other notation's number, never 0 followed by a stray point.
      const point = /^\d*\.(?=\d)/.exec(rest)?.[0];
      if (point) this.fail({ kind: 'decimalPoint' }, this.pos + point.length - 1);
    }
    const number = this.notation.number.exec(rest)?.[0];
    if (number) {
      const value = Number(number.replace(',', '.'));
      if (!Number.isFinite(value))
        throw new FormulaSyntaxError({ kind: 'beyondNumber', number }, this.pos + 1, '#NUM!');
      this.pos += number.length;
      return value;
    }
    if (rest.startsWith('"')) return this.string();
    const bool = /^(TRUE|FALSE)\b(?!\s*\()/i.exec(rest)?.[0];
    if (bool) {
      this.pos += bool.length;
      return bool.toUpperCase() === 'TRUE';
    }
    const error = ERROR_LITERALS.find((e) => rest.toUpperCase().startsWith(e));
    if (error) {
      this.pos += error.length;
      return { code: error };
    }
    return undefined;
  }

  private string(): string {
    let out = '';
    this.pos++;
    for (;;) {
      if (this.pos >= this.src.length) this.fail({ kind: 'unterminatedString' });
      const ch = this.src[this.pos++];
      if (ch !== '"') out += ch;
      else if (this.src[this.pos] === '"') {
        out += '"';
        this.pos++;
      } else return out;
    }
  }

  private arrayConstant(): Expr {
    this.expect('{');
    const rows: Literal[][] = [[]];
    const column = this.notation.column;
    for (;;) {
      const c = this.peek();
      rows[rows.length - 1].push(c === column || c === ';' || c === '}' ? null : this.signedLiteral());
      const sep = this.peek();
      if (sep !== column && sep !== ';' && sep !== '}')
        this.fail(sep ? { kind: 'expectedArrayEnd', column } : { kind: 'unterminatedArray' });
      this.pos++;
      if (sep === '}') break;
      if (sep === ';') rows.push([]);
    }
    if (rows.some((row) => row.length !== rows[0].length)) this.fail({ kind: 'raggedArray' });
    return { type: 'array', rows };
  }

  private signedLiteral(): Literal {
    const sign = this.peek();
    if (sign === '-' || sign === '+') this.pos++;
    this.skipSpaces();
    const value = this.literal();
    if (value === undefined) this.fail({ kind: 'arrayElement' });
    if (sign !== '-' && sign !== '+') return value;
    if (typeof value !== 'number') this.fail({ kind: 'signBeforeNumber' });
    return sign === '-' ? -value : value;
  }
}

/**
 * Parses one formula (a leading `=` is optional) written in `notation`'s spreadsheet notation (English by
 * default). Throws `FormulaSyntaxError`.
 */
export function parseFormula(source: string, notation: Language = 'en'): Expr {
  const separators = NOTATIONS.get(notation);
  if (!separators) throw new RangeError(`no formula notation for ${String(notation)}`);
  return new Parser(source, separators).parseFormula();
}
