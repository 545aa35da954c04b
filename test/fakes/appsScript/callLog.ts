/**
 * The shared record of every call made on a fake Apps Script object, so tests can count host calls
 * ("the painter makes the same number of Range calls for 10 and 1,000 lines") without spying by hand.
 */

/** The top-level service an object belongs to: a Range call counts as a SpreadsheetApp call. */
export type ServiceGroup =
  | 'SpreadsheetApp'
  | 'HtmlService'
  | 'Session'
  | 'PropertiesService'
  | 'Logger'
  | 'ScriptApp'
  | 'Utilities'
  | 'Charts'
  | 'LockService';

/** One recorded call. */
export interface CallEntry {
  /** The top-level service the object belongs to. */
  readonly group: ServiceGroup;
  /** The Apps Script class of the object called: `Range`, `Sheet`, `Spreadsheet`, `Ui`, `HtmlOutput`… */
  readonly service: string;
  readonly method: string;
  /** Which object: `Invoice!A1:C3` for a range, the sheet name for a sheet; empty for singletons. */
  readonly target: string;
  /** A short, readable form of the arguments: matrices as `[3x4]`, long strings cut. */
  readonly args: string;
}

/** What to count; every given field must match. */
export interface CallFilter {
  readonly group?: ServiceGroup;
  readonly service?: string | readonly string[];
  readonly method?: string | readonly string[];
}

/** Append-only log of calls, shared by every object of one fake environment. */
export class CallLog {
  private readonly entries: CallEntry[] = [];

  /** Records one call (used by the recording proxies, not by tests). */
  record(entry: CallEntry): void {
    this.entries.push(entry);
  }

  /** Every call so far, oldest first. */
  get calls(): readonly CallEntry[] {
    return this.entries;
  }

  /** Calls matching the filter (all calls without one). */
  filter(filter: CallFilter = {}): CallEntry[] {
    return this.entries.filter((entry) => matches(entry, filter));
  }

  /** How many calls match the filter. */
  count(filter: CallFilter = {}): number {
    return this.filter(filter).length;
  }

  /** Calls made after `mark()` returned `from`, for measuring one operation. */
  since(from: number, filter: CallFilter = {}): CallEntry[] {
    return this.entries.slice(from).filter((entry) => matches(entry, filter));
  }

  /** A position in the log to measure from with `since`. */
  mark(): number {
    return this.entries.length;
  }

  /** `Service.method` → count, for readable assertions and reports. */
  histogram(filter: CallFilter = {}): Record<string, number> {
    const out: Record<string, number> = {};
    for (const entry of this.filter(filter)) {
      const key = `${entry.service}.${entry.method}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }

  /** Forgets every call. */
  clear(): void {
    this.entries.length = 0;
  }
}

function matches(entry: CallEntry, filter: CallFilter): boolean {
  return (
    (filter.group === undefined || entry.group === filter.group) &&
    oneOf(entry.service, filter.service) &&
    oneOf(entry.method, filter.method)
  );
}

function oneOf(value: string, wanted: string | readonly string[] | undefined): boolean {
  if (wanted === undefined) return true;
  return typeof wanted === 'string' ? value === wanted : wanted.includes(value);
}

const MAX_STRING = 40;

/** A short readable form of call arguments. */
export function summarizeArgs(args: readonly unknown[]): string {
  return args.map(summarizeArg).join(', ');
}

function summarizeArg(arg: unknown): string {
  if (typeof arg === 'string') {
    const cut = arg.length > MAX_STRING ? `${arg.slice(0, MAX_STRING)}…` : arg;
    return JSON.stringify(cut);
  }
  if (Array.isArray(arg)) {
    if (arg.length > 0 && Array.isArray(arg[0])) return `[${arg.length}x${(arg[0] as unknown[]).length}]`;
    return `[${arg.length}]`;
  }
  if (isDate(arg)) return arg.toISOString();
  if (typeof arg === 'object' && arg !== null) {
    const described = (arg as { __describe?: () => string }).__describe;
    return typeof described === 'function' ? described.call(arg) : '{…}';
  }
  return String(arg);
}

/** `instanceof Date` fails for dates made in another realm (a `vm` context), this does not. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
