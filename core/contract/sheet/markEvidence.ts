/**
 * A CSV file's delimiter says its decimal mark (`numberText.ts`), but a `;` file may be a Swiss or an
 * English export with decimal points, and a `,` file may quote decimal commas. A cell that reads only with
 * the other mark (`3.4` in a `;` file, `"0,774"` in a `,` one) is refused on its own; it also proves that
 * the file's `1.250` may mean 1.25 as well as 1250, and the invoice of a month without such a cell would
 * otherwise bill 1250. So once a value cell of the file shows the other mark, every value cell the two
 * marks read differently is an error naming that evidence, in whatever month it is.
 */
import type { ContractProblems } from '../../i18n/contract';
import { a1 } from '../../layout/a1';
import { dec } from '../../money';
import { markClue, otherMarkOf, otherReading, readNumberText, type NumberSource } from '../numberText';
import { cellAt, type CellValue, type Grid } from './cells';

/** The first value cell written with the other decimal mark than its file's delimiter implies. */
export interface MarkEvidence {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/**
 * The first value cell (in the columns `cols`, on the `rows` given in order) that shows the other decimal
 * mark; none outside a CSV file.
 */
export function markEvidence(
  grid: Grid,
  rows: Iterable<number>,
  cols: readonly number[],
  source: NumberSource,
): MarkEvidence | undefined {
  const other = otherMarkOf(source);
  if (other === undefined) return undefined;
  for (const row of rows)
    for (const col of cols) {
      const value = cellAt(grid, row, col);
      if (typeof value === 'string' && markClue(value) === other) return { row, col, text: value.trim() };
    }
  return undefined;
}

/** Why a value cell the file's mark reads is ambiguous given the evidence; undefined when it is not. */
export function markAmbiguity(
  typed: CellValue,
  evidence: MarkEvidence | undefined,
  source: NumberSource,
  p: ContractProblems,
): string | undefined {
  if (evidence === undefined || typeof typed !== 'string' || markClue(typed) !== 'either') return undefined;
  const read = readNumberText(typed, source);
  const other = otherReading(typed, source);
  if (!('value' in read) || other === undefined) return undefined;
  const delimiter = source === 'semicolon-file' ? ';' : ',';
  const [reading, evidenceAt] = [p.decimal(dec(read.value)), a1(evidence.row, evidence.col)];
  return p.markAmbiguous(
    p.describe(typed),
    delimiter,
    reading,
    p.decimal(dec(other)),
    evidenceAt,
    p.describe(evidence.text),
  );
}
