/**
 * The command line's number options (`--tolerance`, curve's `--from` and `--to`) take a decimal point or a
 * decimal comma, as the French pane takes `0,01`: the run speaks no language before its contract is read.
 * A text the two marks read differently (`1,000`: 1 or a thousand) is refused with both readings, never
 * guessed; every text the pane and the command line both read, they read as the same number.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { typedDecimal } from '../../core/app/modelInputs';
import { decimalOption } from '../../core/cli/modelInputs';
import { readTolerance, readToleranceAnyMark } from '../../core/control/toleranceText';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-numbers-'));
const contract = join(dir, 'contract.json');
const actuals = join(dir, 'actuals.csv');
const supplier = join(dir, 'supplier.csv');
const period = ['--period', '2026-10'];

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
  const invoice = JSON.parse(
    (await runCli(['invoice', '--contract', contract, '--actuals', actuals, ...period])).out,
  );
  const lines: string[][] = invoice.lines.map((l: { label: string; amount: string }) => [l.label, l.amount]);
  // Interactions billed a cent over.
  lines[1][1] = '88750.01';
  const rows = [
    ['Line', 'Amount'],
    ...lines,
    ['Subtotal', '113990.01'],
    ['VAT', '22798.00'],
    ['Total', '136788.01'],
  ];
  writeFileSync(supplier, rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n'));
});

const reconcile = (...more: string[]) =>
  runCli([
    'reconcile',
    '--contract',
    contract,
    '--actuals',
    actuals,
    ...period,
    '--supplier',
    supplier,
    ...more,
  ]);

describe('--tolerance', () => {
  test.each(['0.01', '0,01', ' 0,01'])(
    '%j is a cent: the line a cent over matches (exit 0)',
    async (text) => {
      const run = await reconcile('--tolerance', text, '--json');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.out)).toMatchObject({ tolerance: '0.01', differences: 0 });
    },
  );

  test('1,000 is 1 or a thousand: refused with both, exit 2, nothing guessed', async () => {
    const run = await reconcile('--tolerance', '1,000');
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(
      /^--tolerance '1,000' could be 1000 or 1: type 1000 or 1, without a thousands separator; usage: /,
    );
  });

  test.each(['-0.01', '1%', 'abc', '', '1e3', '99999999999999999999999'])(
    '%j is refused, exit 2',
    async (text) => {
      const run = await reconcile(`--tolerance=${text}`);
      expect(run.code).toBe(2);
      expect(run.err.split('\n')).toHaveLength(1);
    },
  );

  test('the usage error says both marks', async () => {
    const run = await reconcile('--tolerance', 'abc');
    expect(run.err).toMatch(/^--tolerance must be an amount ≥ 0 such as 0.01 or 0,01 \(got 'abc'\)/);
  });
});

describe("curve's --from and --to", () => {
  const curve = (from: string, to: string) =>
    runCli([
      'curve',
      '--contract',
      contract,
      '--actuals',
      actuals,
      ...period,
      '--kpi',
      'FCR',
      '--from',
      from,
      '--to',
      to,
      '--steps',
      '3',
      '--json',
    ]);

  test('0,7 and 0,8 draw the curve of 0.7 and 0.8', async () => {
    const point = await curve('0.7', '0.8');
    const comma = await curve('0,7', '0,8');
    expect(point.code).toBe(0);
    expect(comma).toEqual(point);
    // The three steps asked for, and the kinks between them.
    const values: string[] = JSON.parse(comma.out).points.map((p: { value: string }) => p.value);
    expect([values[0], values[values.length - 1]]).toEqual(['0.7', '0.8']);
    expect(values).toContain('0.75');
  });

  test('an ambiguous value is refused with both readings', async () => {
    const run = await curve('0.7', '1.000');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /^--to '1.000' could be 1 or 1000: type 1 or 1000, without a thousands separator; usage: /,
    );
  });
});

describe('one reading for the pane and the command line', () => {
  const texts = [
    '0',
    '0.01',
    '0,01',
    '2',
    '1,5',
    '1.5',
    '1,000',
    '1.000',
    '12 000',
    '1.000,5',
    '1,000.5',
    '-1',
    'x',
  ];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch {
      return undefined;
    }
  };
  // Each pair both read, to know the comparison is not empty.
  const compared: string[] = [];

  test.each(texts)('%j: the same tolerance and the same curve value wherever both read it', (text) => {
    const cliTolerance = readToleranceAnyMark(text);
    const cliValue = attempt(() =>
      decimalOption({ values: { from: text }, positionals: [] }, 'from', 'usage'),
    );
    for (const lang of ['en', 'fr'] as const) {
      const paneTolerance = readTolerance(text, lang);
      if (paneTolerance !== undefined && cliTolerance !== undefined && 'tolerance' in cliTolerance) {
        expect(cliTolerance.tolerance.toFixed()).toBe(paneTolerance.toFixed());
        compared.push(`tolerance ${text} ${lang}`);
      }
      const paneValue = attempt(() => typedDecimal(text, 'From', lang));
      if (paneValue !== undefined && cliValue !== undefined) {
        expect(cliValue.toFixed()).toBe(paneValue.toFixed());
        compared.push(`value ${text} ${lang}`);
      }
    }
  });

  afterAll(() => {
    expect(compared).toEqual(
      expect.arrayContaining(['tolerance 0,01 fr', 'value 0,01 fr', 'value 0.01 en', 'value 12 000 fr']),
    );
  });
});
