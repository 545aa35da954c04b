/** What a column kernel is: a parameter block compiled once per call, and one loop over the rows. */
import type { HostArg } from '../hostValues';
import type { FunctionSpec } from '../types';
import type { Column } from './columns';

export interface Kernel<P = unknown> {
  /**
   * The function's arguments the kernel was written for, by name. The runner uses the kernel only when the
   * function's arguments are these or a prefix of them (later ones then take their defaults): an argument
   * added to a function without its kernel knowing turns the kernel off rather than being ignored.
   */
  readonly args: readonly string[];
  /**
   * The per-call parameter block, from the arguments the decimal path has already parsed (`values`, by
   * argument index; a ranged argument's entry is unset) and which arguments are ranged; null when the call
   * is not the kernel's to answer (a ranged direction, a grid without exact coefficients), and the decimal
   * path answers it whole.
   */
  compile(values: readonly unknown[], ranged: readonly boolean[]): P | null;
  /**
   * Writes each row's result to `out`: the double the decimal path would return, or NaN to send the row to
   * the decimal path. `columns` holds every numeric argument by index (undefined for the others).
   */
  run(params: P, columns: readonly Column[], n: number, out: Float64Array): void;
}

/**
 * The fast path of a function of tables only (NPS, SCORECARD): the whole call from the host arguments,
 * or undefined to leave the call to the decimal path (which also words every error).
 */
export interface TableKernel {
  /** As `Kernel.args`. */
  readonly args: readonly string[];
  run(args: readonly HostArg[], spec: FunctionSpec): number | undefined;
}

/** Whether a kernel written for `known` arguments serves a function declaring `declared`. */
export function servesArgs(
  known: readonly string[],
  declared: readonly { readonly name: string }[],
): boolean {
  return declared.length <= known.length && declared.every((arg, i) => arg.name === known[i]);
}
