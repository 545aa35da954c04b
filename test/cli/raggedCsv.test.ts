/**
 * A whole export with one mistake on every line (decimal commas in a `,` file: every line one field too
 * long): `check` reads the file once, lists each problem addressed, and prints a repeated problem ten
 * times then one line saying how many more there are and where, instead of thousands of lines.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readCsv } from '../../core/contract/csv';
import { problemLines } from '../../core/cli/problemLines';
import { REPEATS_SHOWN } from '../../core/contract/foldRepeats';
import { cliTexts } from '../../core/i18n/cli';
import { runCli, templateFiles } from './runCli';

jest.mock('csv-parse/sync', () => {
  const actual = jest.requireActual('csv-parse/sync');
  return { ...actual, parse: jest.fn(actual.parse) };
});

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-ragged-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
let contract: string;

/** `lines` value lines of CSAT, one month each from 2026-01, the value written `value`. */
function csat(lines: number, value: (i: number) => string): string {
  const rows = ['Period,Kind,Name,Value'];
  for (let i = 0; i < lines; i++) {
    const month = 2026 * 12 + i;
    rows.push(`${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')},kpi,CSAT,${value(i)}`);
  }
  return `${rows.join('\n')}\n`;
}

beforeAll(async () => {
  contract = file('bpo.json', (await templateFiles()).contract);
});

afterEach(() => jest.restoreAllMocks());

/** French punctuation's no-break space. */
const NBSP = '\u00a0';

describe('check of a file whose every line is ragged', () => {
  it('prints ten of the same problem, then one line with how many more and their cells, and counts them all', async () => {
    const run = await runCli([
      'check',
      '--contract',
      contract,
      '--actuals',
      file(
        'r.csv',
        csat(2000, () => '0,9'),
      ),
    ]);
    const lines = run.out.split('\n');
    expect(run.code).toBe(1);
    const problem = 'this line has 5 fields, the header 4 (a decimal comma in a file separated by ","?)';
    expect(lines.slice(0, REPEATS_SHOWN)).toEqual(
      Array.from({ length: REPEATS_SHOWN }, (_, i) => `r.csv!A${i + 2} (line ${i + 2}): ${problem}`),
    );
    expect(lines.slice(REPEATS_SHOWN)).toEqual([
      `… and 1,990 more with the same problem ("${problem}"): r.csv!A12:A2001`,
      '2,000 problems in bpo.json and r.csv',
    ]);
  });

  it('invoice prints what blocks it the same way, on stderr', async () => {
    const ragged = file(
      'inv.csv',
      csat(500, () => '0,9'),
    );
    const run = await runCli(['invoice', '--contract', contract, '--actuals', ragged, '--period', '2026-10']);
    const lines = run.err.split('\n');
    expect(run.code).toBe(1);
    expect(lines).toHaveLength(REPEATS_SHOWN + 1);
    expect(lines.at(-1)).toMatch(/^… and 490 more with the same problem \(".*"\): inv\.csv!A12:A501$/);
  });

  it('keeps every other problem in its place, and folds each repeated one after its tenth', async () => {
    // Every third line ragged; line 5 a percentage typed whole, which is a problem of its own.
    const text = csat(40, (i) => (i === 3 ? '91.2' : i % 3 === 0 ? '0,9' : '0.9'));
    const run = await runCli(['check', '--contract', contract, '--actuals', file('mixed.csv', text)]);
    const lines = run.out.split('\n');
    expect(lines[1]).toMatch(/^mixed\.csv!D5 \(Value\): 91\.2 is outside/);
    expect(lines.filter((l) => l.startsWith('mixed.csv!A'))).toHaveLength(REPEATS_SHOWN);
    // Lines 2, 5, …, 41 are ragged but line 5 read (its value is the outside one): 13 ragged, 3 folded.
    expect(lines[REPEATS_SHOWN + 1]).toMatch(
      /^… and 3 more with the same problem \(".*"\): mixed\.csv!A35, A38, A41$/,
    );
    expect(lines.at(-1)).toBe('14 problems in bpo.json and mixed.csv');
  });

  it('reads the actuals file through csv-parse once: up to its header, then from the line after', async () => {
    jest.mocked(parse).mockClear();
    const text = csat(50, () => '0,9');
    await runCli(['check', '--contract', contract, '--actuals', file('once.csv', text)]);
    type Lines = { to?: number; to_line?: number; from_line?: number };
    const calls = jest.mocked(parse).mock.calls as unknown as [string, Lines?][];
    // The parses that stop after one record only look for the header (and a Contract column in it).
    const lines = calls
      .filter(([, options]) => options?.to === undefined)
      .map(([, o]) => [o?.to_line, o?.from_line]);
    expect(lines).toEqual([
      [1, undefined],
      [undefined, 2],
    ]);
  });

  it('builds no error for a file whose every line is ragged the same way, and asks for no stack trace for one that is not', () => {
    const limits: number[] = [];
    const capture = Error.captureStackTrace;
    jest.spyOn(Error, 'captureStackTrace').mockImplementation((target, constructor) => {
      limits.push(Error.stackTraceLimit);
      capture(target, constructor);
    });
    const before = Error.stackTraceLimit;
    expect(
      readCsv(
        csat(100, () => '0,9'),
        'r.csv',
      ).issues,
    ).toHaveLength(100);
    expect(limits).toEqual([]);
    // Every other line ragged: csv-parse builds an error for each line unlike the first after the header.
    expect(
      readCsv(
        csat(100, (i) => (i % 2 ? '0,9' : '0.9')),
        'r.csv',
      ).issues,
    ).toHaveLength(50);
    expect(limits.length).toBeGreaterThanOrEqual(50);
    expect(new Set(limits)).toEqual(new Set([0]));
    expect(Error.stackTraceLimit).toBe(before);
  });

  it('says a bad quote on its line with the stack-trace limit put back', () => {
    const before = Error.stackTraceLimit;
    const read = readCsv('Period,Kind,Name,Value\n2026-10,kpi,"CSAT,0.9\n', 'q.csv');
    expect(read.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^q\.csv!A2 \(line 2\): a quote opens a field on this line and is never closed/),
    ]);
    expect(Error.stackTraceLimit).toBe(before);
  });
});

describe('problemLines', () => {
  const at = (row: number, col: number, problem: string, sheet = 'Actuals') => ({
    problem,
    message: `${sheet}!${String.fromCharCode(65 + col)}${row + 1}: ${problem}`,
    sheet,
    row,
    col,
    address: `${String.fromCharCode(65 + col)}${row + 1}`,
  });

  it('prints every problem when none repeats past ten', () => {
    const issues = Array.from({ length: REPEATS_SHOWN }, (_, i) => at(i, 3, 'expected a number'));
    expect(problemLines(issues, cliTexts('en'))).toEqual(issues.map((i) => i.message));
  });

  it('folds runs down a column into ranges, and says it in French for a French contract', () => {
    const rows = [...Array.from({ length: 12 }, (_, i) => i + 1), 20, 21, 30];
    const issues = rows.map((r) => at(r, 3, 'attendu un nombre'));
    const lines = problemLines(issues, cliTexts('fr'));
    expect(lines).toHaveLength(REPEATS_SHOWN + 1);
    expect(lines.at(-1)).toBe(
      `… et 5 autres avec le même problème («${NBSP}attendu un nombre${NBSP}»)${NBSP}: Actuals!D12:D13, D21:D22, D31`,
    );
  });

  it('lists twenty ranges at most, the count saying how many problems there are', () => {
    const issues = Array.from({ length: 60 }, (_, i) => at(i * 2, 1, 'required'));
    const last = problemLines(issues, cliTexts('en')).at(-1) as string;
    expect(last).toMatch(/^… and 50 more with the same problem \("required"\): Actuals!B21, B23, /);
    expect(last.split(', ')).toHaveLength(21);
    expect(last.endsWith(', …')).toBe(true);
  });
});
