/**
 * Where each field of a contract read from a sheet came from, so that issues the schema finds on fields
 * (`kpis[2].target`) are reported on cells (`Contract!H36 (Target)`).
 */
import { cellIssue, formatPath, sortIssues, type Issue } from '../issues';
import type { Language } from '../types';

/** A cell and the header (or row label) it is reported under. */
export interface Source {
  readonly row: number;
  readonly col: number;
  readonly header: string;
}

/** Field paths → cells, plus the issues already found by reading cells. */
export class SourceMap {
  private readonly sources = new Map<string, Source>();
  private readonly issues: Issue[] = [];
  private readonly cellsWithIssues = new Set<string>();

  /** `lang`: the language the issues' messages are in (their punctuation). */
  constructor(
    private readonly sheet: string,
    private readonly lang: Language = 'en',
  ) {}

  /** Records the cell a field comes from (also for blank cells: a required field is reported there). */
  set(path: readonly PropertyKey[], source: Source): void {
    this.sources.set(formatPath(path), source);
  }

  /** The cell the field at `path` was read from, if one was recorded for exactly that field. */
  sourceOf(path: readonly PropertyKey[]): Source | undefined {
    return this.sources.get(formatPath(path));
  }

  /** Reports a problem at a cell; returns the issue. */
  report(source: Source, problem: string): Issue {
    const issue = cellIssue(this.sheet, source.row, source.col, source.header, problem, this.lang);
    this.issues.push(issue);
    this.cellsWithIssues.add(`${source.row}:${source.col}`);
    return issue;
  }

  /**
   * Reports a problem the schema found at a field path, on the field's cell or its nearest recorded parent;
   * dropped when reading that cell already failed (the schema then only repeats it as "required").
   */
  reportAtPath(path: readonly PropertyKey[], problem: string): void {
    for (let length = path.length; length >= 0; length--) {
      const source = this.sources.get(formatPath(path.slice(0, length)));
      if (source === undefined) continue;
      if (!this.cellsWithIssues.has(`${source.row}:${source.col}`)) {
        this.issues.push(cellIssue(this.sheet, source.row, source.col, source.header, problem, this.lang));
      }
      return;
    }
    this.issues.push(cellIssue(this.sheet, 0, 0, '', problem, this.lang));
  }

  /** Every issue, top to bottom then left to right (reading order). */
  allIssues(): Issue[] {
    return sortIssues(this.issues);
  }
}
