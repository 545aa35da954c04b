/**
 * A read of sheets made again while Google Sheets is still computing one of their cells. `getValues` reads
 * a custom function's cell as "Loading..." until Sheets has computed it, and the cells its array result
 * will spill to as blanks (HOST_ASSUMPTIONS; Diagnostics' calls sheet proves it in the user's spreadsheet).
 * An action that read them then would refuse an Actuals month computed by one of our functions as "not a
 * number", or read a spilled month as not measured. So such a read is made again, a little later, a few
 * times; a cell still computing after that fails the read, naming the cell, never the value.
 */
import { sheetPrefix } from '../../core/contract/issues';
import { a1 } from '../../core/layout/a1';
import type { Lang } from '../../core/app/bridge';
import { sheetsServerTexts } from '../../core/i18n/sheetsServer';
import type { WireGrid } from '../serverApi';

/** What Sheets reads from a custom function's cell it has not computed yet. */
export const COMPUTING = 'Loading...';
/** At most this many reads, `COMPUTING_WAIT_MS` apart: a few seconds, as Diagnostics waits for its calls. */
export const COMPUTING_READS = 6;
export const COMPUTING_WAIT_MS = 500;

/** Waits `ms`; tests pass one that does not. */
export type Wait = (ms: number) => Promise<void>;

export const sleep: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first cell (`Actuals!E5`) of the named sheets' values that Sheets is still computing, or null. */
export function computingCell(names: readonly string[], grids: readonly WireGrid[]): string | null {
  for (const [i, grid] of grids.entries()) {
    for (const [row, cells] of (grid ?? []).entries()) {
      const col = cells.indexOf(COMPUTING);
      if (col >= 0) return `${sheetPrefix(names[i]!)}!${a1(row, col)}`;
    }
  }
  return null;
}

/**
 * `read()` again, `COMPUTING_WAIT_MS` apart, while `values` of its answer hold a cell Sheets is computing;
 * at the `COMPUTING_READS`th read still computing, an error naming the cell, said in `lang()`.
 */
export async function untilComputed<T>(
  names: readonly string[],
  read: () => Promise<T>,
  values: (answer: T) => readonly WireGrid[],
  lang: () => Lang,
  wait: Wait,
): Promise<T> {
  for (let reads = 1; ; reads++) {
    const answer = await read();
    const cell = computingCell(names, values(answer));
    if (cell === null) return answer;
    if (reads >= COMPUTING_READS) {
      throw new Error(sheetsServerTexts(lang()).stillComputing(cell, (reads - 1) * COMPUTING_WAIT_MS));
    }
    await wait(COMPUTING_WAIT_MS);
  }
}
