/**
 * A progress bar on stderr for long batch runs: drawn only on a terminal (a pipe or a log file gets none,
 * so stderr stays one line per problem), and only once a run has lasted a second, so quick runs print
 * nothing. Twenty lines rather than a dependency: one `\r`-redrawn line is all it needs.
 */

/** What the bar writes to; `process.stderr` by default, a fake in tests. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** Ticks of a run of `total` steps; `done` clears the line it drew. */
export interface Progress {
  tick(): void;
  done(): void;
}

const DELAY_MS = 1000;
const REDRAW_MS = 100;
const WIDTH = 30;

/** A bar for `total` steps, `label` saying how far it is (`2/4 invoices`); `now` is injectable for tests. */
export function progressBar(
  total: number,
  label: (count: number, total: number) => string,
  stream: ProgressStream = process.stderr,
  now: () => number = Date.now,
): Progress {
  if (!stream.isTTY || total <= 0) return { tick: () => undefined, done: () => undefined };
  const start = now();
  let count = 0;
  let drawnAt: number | undefined;
  return {
    tick() {
      count += 1;
      const time = now();
      if (time - start < DELAY_MS || (drawnAt !== undefined && time - drawnAt < REDRAW_MS && count < total))
        return;
      drawnAt = time;
      const filled = Math.round((count / total) * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${label(count, total)}`);
    },
    done() {
      if (drawnAt !== undefined) stream.write('\r\x1b[K');
    },
  };
}
