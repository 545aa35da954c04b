import { frenchSpacing } from '../i18n/frenchTypography';
import type { ErrorKind } from '../errors';
import type { Dec } from '../money';
import type { HostArg, HostMatrix, HostScalar } from './hostValues';

/** A text in English and French: function help, argument help. */
export interface Bilingual {
  readonly en: string;
  readonly fr: string;
}

/** A non-blank, non-error cell value handed to a scalar parser. */
export type CellValue = Exclude<HostScalar, null | undefined | ''>;

/**
 * A scalar argument: broadcast over ranges, parsed cell by cell. `parse` returns `undefined` when the
 * value is not acceptable; the runner then reports `expects`.
 */
export interface ScalarArg<T> {
  readonly kind: 'scalar';
  readonly name: string;
  readonly help: Bilingual;
  /** What an acceptable value is, as the end of "x must be …": `a number ≥ 0`. */
  readonly expects: string;
  /** How hosts should type the argument in metadata. */
  readonly hostType: 'number' | 'string';
  readonly optional: boolean;
  /** True when a blank optional argument means "none" (`null`, e.g. no cap) rather than a default value. */
  readonly nullable: boolean;
  /** The value of an omitted or blank optional argument (`null` when `nullable`). */
  readonly defaultValue: T | null;
  readonly parse: (value: CellValue) => T | undefined;
}

/** Thrown by table parsers; the runner adds the function name. Rows and columns are 1-based. */
export class TableFault extends Error {
  constructor(
    readonly expectation: string,
    readonly got: HostScalar,
    readonly row: number,
    readonly column: number,
  ) {
    super(expectation);
    this.name = 'TableFault';
  }
}

/**
 * A failure a function words whole, in a language of its own (CONTRACTFEE speaks its contract's): the runner
 * hands `words` the function's name and the result cell the failure is about when the call spills
 * (1-based; 0 along a dimension of one cell), and returns the message as it comes.
 */
export class WordedFault {
  constructor(
    readonly kind: ErrorKind,
    readonly words: (fn: string, row: number, column: number) => string,
  ) {}
}

/**
 * The runner's refusals of a whole call, said before any argument is parsed: more arguments than declared,
 * a table argument missing, a range that is not rectangular.
 */
export interface CallWords {
  tooMany(fn: string, most: number, got: number): string;
  required(fn: string, name: string, expects: string): string;
  rectangular(fn: string, name: string): string;
}

/** A table argument: consumed whole, never broadcast (`tiers`, `responses`, `weights`). */
export interface TableArg<T> {
  readonly kind: 'table';
  readonly name: string;
  readonly help: Bilingual;
  readonly expects: string;
  readonly hostType: 'number' | 'string';
  readonly optional: false;
  readonly parse: (cells: HostMatrix) => T;
}

export type ArgSpec<T> = ScalarArg<T> | TableArg<T>;

/** The parsed value an argument spec produces: nullable optional scalars may be `null`. */
export type ArgValue<A> =
  A extends ScalarArg<infer T>
    ? A extends { nullable: true }
      ? T | null
      : T
    : A extends TableArg<infer T>
      ? T
      : never;

export type ArgValues<A extends readonly ArgSpec<unknown>[]> = { [K in keyof A]: ArgValue<A[K]> };

/** A golden vector: a formula as typed in a spreadsheet and its exact result. */
export interface Example {
  readonly formula: string;
  readonly result: number;
}

/** A worksheet function, declared once: every host, the CLI and the docs are generated from this. */
export interface FunctionSpec<A extends readonly ArgSpec<unknown>[] = readonly ArgSpec<unknown>[]> {
  readonly name: string;
  readonly summary: Bilingual;
  readonly args: A;
  readonly examples: readonly Example[];
  /**
   * False for a result that is not money (a ratio, a score, or CONTRACTFEE's amounts, which its invoice
   * has already bounded in the contract's own currency): any finite double. Otherwise (the default, so that
   * a new fee function is bounded unless it says so) the result must be an amount a cell holds exactly to
   * the cent, or it is `#NUM!` (see resultBound.ts).
   */
  readonly money?: false;
  /**
   * The runner's refusals in a language of the function's own, read off its raw arguments when one is
   * refused (CONTRACTFEE: its contract's); undefined, or none returned, is the runner's English.
   */
  readonly callWords?: (rawArgs: readonly HostArg[]) => CallWords | undefined;
  /** Pure arithmetic on parsed, valid arguments; may throw `ModelFault`. */
  readonly impl: (values: ArgValues<A>) => Dec;
}

/** `text` with French typography in its French (no-break spaces before `:` and inside « »). */
function frenchHelp(text: Bilingual): Bilingual {
  return { en: text.en, fr: frenchSpacing(text.fr) };
}

/**
 * Declares a function with its arguments' parsed types flowing into `impl`. Its French summary and
 * argument help get their typography here, once, for every host, the docs and the CLI.
 */
export function defineFunction<const A extends readonly ArgSpec<unknown>[]>(
  spec: FunctionSpec<A>,
): FunctionSpec {
  return {
    ...spec,
    summary: frenchHelp(spec.summary),
    args: spec.args.map((arg) => ({ ...arg, help: frenchHelp(arg.help) })),
  } as unknown as FunctionSpec;
}
