/**
 * Problems folded for reading. Every problem is found and counted, but one mistake repeated on every line
 * (a whole export with decimal commas: 70,000 lines of "this line has 5 fields") would bury the others
 * under as many lines: a problem said the same way more than `REPEATS_SHOWN` times is shown that many
 * times, then folded into one entry that says how many more there are and where, as cell ranges. The
 * command line and the task pane fold alike from here; each words the folded entry in its own texts.
 */

/** How many times one problem is shown in full before the rest of it is folded. */
export const REPEATS_SHOWN = 10;

/** How many ranges a folded entry lists; an ellipsis stands for the others (its count is the entry's). */
const RANGES_SHOWN = 20;

/** What folding needs of a problem: its text without place, and its place. */
export interface ProblemPlace {
  readonly problem: string;
  /** What the place says before a cell's address: `actuals.csv!`, `demo.xlsx: Actuals!`, `'KPI data'!`. */
  readonly prefix: string;
  /** The cell's A1 address (`D12`); absent for a problem with no cell. */
  readonly address?: string;
  /** The place of a problem with no cell: a field path, a sheet. */
  readonly label: string;
}

/** One entry to show: a problem as it is, or the rest of a repeated one, folded. */
export type Folded<T> =
  { readonly item: T } | { readonly more: number; readonly problem: string; readonly places: string };

/**
 * The entries to show for `items` (in their order): each one, except that a problem text repeated past
 * `REPEATS_SHOWN` times gives, after its last one shown, one folded entry for the rest
 * (`more` 69,990, `places` `actuals.csv!A12:A70001`).
 */
export function foldRepeats<T>(items: readonly T[], placeOf: (item: T) => ProblemPlace): Folded<T>[] {
  const places = items.map(placeOf);
  const byProblem = new Map<string, ProblemPlace[]>();
  for (const place of places) {
    const same = byProblem.get(place.problem);
    if (same) same.push(place);
    else byProblem.set(place.problem, [place]);
  }
  const shown = new Map<string, number>();
  const entries: Folded<T>[] = [];
  items.forEach((item, i) => {
    const { problem } = places[i];
    const same = byProblem.get(problem) as ProblemPlace[];
    const index = shown.get(problem) ?? 0;
    shown.set(problem, index + 1);
    if (index < REPEATS_SHOWN) entries.push({ item });
    if (index === REPEATS_SHOWN - 1 && same.length > REPEATS_SHOWN) {
      const rest = same.slice(REPEATS_SHOWN);
      entries.push({ more: rest.length, problem, places: rangesOf(rest) });
    }
  });
  return entries;
}

/**
 * Where the problems are: runs of cells one under the other as ranges, each range's prefix said when it is
 * not the previous one's (`x.csv!A12:A900, A950`); a problem without a cell by its label.
 */
function rangesOf(places: readonly ProblemPlace[]): string {
  const ranges: string[] = [];
  let said = '';
  let run: { prefix: string; column: string; first: number; last: number } | undefined;
  const close = () => {
    if (run === undefined) return;
    const prefix = run.prefix === said ? '' : run.prefix;
    const to = run.last > run.first ? `:${run.column}${run.last}` : '';
    ranges.push(`${prefix}${run.column}${run.first}${to}`);
    said = run.prefix;
    run = undefined;
  };
  for (const place of places) {
    const cell = place.address === undefined ? null : /^([A-Z]+)(\d+)$/.exec(place.address);
    if (!cell) {
      close();
      ranges.push(place.label);
      said = '';
      continue;
    }
    const [, column, digits] = cell;
    const row = Number(digits);
    if (run && run.prefix === place.prefix && run.column === column && run.last + 1 === row) run.last = row;
    else {
      close();
      run = { prefix: place.prefix, column, first: row, last: row };
    }
  }
  close();
  if (ranges.length <= RANGES_SHOWN) return ranges.join(', ');
  return `${ranges.slice(0, RANGES_SHOWN).join(', ')}, …`;
}
