/** What a column kernel is: a parameter block compiled once per call, and one loop over the rows. */
import type { HostArg } from '../hostValues';
import type { FunctionSpec } from '../types';
import type { Column } from './columns';

export interface Kernel<P = unknown> {
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
export type TableKernel = (args: readonly HostArg[], spec: FunctionSpec) => number | undefined;
