/**
 * What the thin server (Code.js) reports when a call fails: a code and its data, never a sentence. Code.js
 * cannot know the language the pane speaks and must stay small, so the sidebar words every failure in the
 * pane's language (core/i18n/sheetsServer.ts). A failure crosses `google.script.run` as the message of the
 * thrown `Error`: `WIRE` then the failure as JSON. An Apps Script exception the server did not catch keeps
 * Google's own message, which Google writes in the user's language.
 */
import type { PaintCleanup } from '../core/i18n/paintFailure';
import type { SheetsPlanFault, SheetsServerArgument } from '../core/i18n/sheetsServer';
import type { PlanProblem } from '../core/layout/planChecks';

/** What is wrong with a plan the sidebar sent, at a field (`requests[0].plan.blocks[2].values[1][0]`). */
export type PlanFault = SheetsPlanFault;

/** An argument of a server function the sidebar got wrong. */
export type ServerArgument = SheetsServerArgument;

export type SheetsFailure =
  /** No range is selected in the spreadsheet (the user's selection was asked for). */
  | { readonly code: 'noSelection' }
  /** The named sheet is gone (renamed or deleted since the sidebar listed it). */
  | { readonly code: 'noSheet'; readonly sheet: string }
  /** The sidebar called a server function with a wrong argument. */
  | { readonly code: 'badCall'; readonly what: ServerArgument }
  /**
   * A plan no sheet can be painted from, at `at`; `detail` is the field, the expected shape or the core's
   * chart or colour problem (as data: the sidebar words it).
   */
  | {
      readonly code: 'plan';
      readonly at: string;
      readonly fault: PlanFault;
      readonly detail?: string | PlanProblem;
    }
  /**
   * A paint failed: the sheets being built, Google's reason, what is left of them; or, with `notText`,
   * the cell (A1) and text Sheets did not keep as written; or, with `outOfTime`, how many of the sheets
   * asked for were painted before the execution's time ran short.
   */
  | {
      readonly code: 'paint';
      readonly sheets: readonly string[];
      readonly reason: string;
      readonly cleanup: PaintCleanup;
      readonly notText?: { readonly at: string; readonly text: string };
      /** A total (`formula` in `at`) Sheets computed as `seen` where the plan's value is `expected`. */
      readonly notTotal?: {
        readonly at: string;
        readonly formula: string;
        readonly expected: number;
        readonly seen: number | string;
      };
      readonly outOfTime?: { readonly painted: number; readonly total: number };
      /**
       * The sheets would take the spreadsheet past Google's cell limit (`limit`): it `held` that many
       * cells, its sheets' empty cells included, and the sheets `needed` that many more. Found before any
       * sheet is inserted.
       */
      readonly tooManyCells?: { readonly held: number; readonly needed: number; readonly limit: number };
    }
  /**
   * The temporary sheet that tells which rows are hidden (server/hiddenRows.ts) failed: Google's reason,
   * or the value a formula gave; `left`, the sheet's name when it could not be deleted.
   */
  | { readonly code: 'hiddenRows'; readonly reason: string; readonly left: string | null }
  /** Another paint of this spreadsheet held its lock for too long. */
  | { readonly code: 'busy' }
  /** An Apps Script service the server needs is not there (the code runs outside Apps Script). */
  | { readonly code: 'noService'; readonly service: string };

/**
 * Apps Script stops an execution after six minutes without running its `catch`, which would leave the
 * sheets a paint made so far. Past this time (the lock's wait included) a paint begins no further sheet:
 * what it painted is removed while there is time to, and the sidebar says to paint fewer sheets at once.
 */
export const PAINT_DEADLINE_MS = 240_000;

/** The start of a failure's message on the wire. */
export const WIRE = 'outcome-fees-failure:';

/** A failure thrown by the server; its message is the failure on the wire. */
export class ServerFailure extends Error {
  constructor(readonly failure: SheetsFailure) {
    super(WIRE + JSON.stringify(failure));
  }
}

/** Throws the failure a bad plan field is. */
export function planFault(at: string, fault: PlanFault, detail?: string | PlanProblem): never {
  throw new ServerFailure(
    detail === undefined ? { code: 'plan', at, fault } : { code: 'plan', at, fault, detail },
  );
}

/** The message of anything thrown: a service's exception, or what the fake or a test throws. */
export function reasonOf(error: unknown): string {
  return error instanceof Error || Object.prototype.toString.call(error) === '[object Error]'
    ? (error as Error).message
    : String(error);
}
