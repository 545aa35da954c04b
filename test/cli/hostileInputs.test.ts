/**
 * Hostile and mistaken input files for the modelling and control commands: each one is refused with one
 * line naming its place and a non-zero exit, never priced into a plausible-looking number.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-hostile-'));
const file = (name: string) => join(dir, name);
const contract = file('bpo.json');
const actuals = file('bpo.csv');
const base = ['--contract', contract, '--actuals', actuals];

function write(name: string, lines: readonly string[]): string {
  writeFileSync(file(name), `${lines.join('\n')}\n`);
  return file(name);
}

function expectOneLine(run: { code: number; out: string; err: string }, code: number, text: RegExp) {
  expect(run.err).toMatch(text);
  expect(run.err.split('\n')).toHaveLength(1);
  expect(run.out).toBe('');
  expect(run.code).toBe(code);
}

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
});

describe('an actuals file with a column the reader does not know', () => {
  const october = ['--period', '2026-10', '--json'];
  /** The template's actuals with a first column `header`, each row's cell `cell`. */
  const withColumn = (name: string, header: string, cell: string) =>
    write(
      name,
      readFileSync(actuals, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line, i) => `${i === 0 ? header : cell},${line}`),
    );

  it('is an error naming its cell, not a column left out', async () => {
    const notes = withColumn('notes.csv', 'Notes', 'checked');
    for (const command of [
      ['invoice', '--contract', contract, '--actuals', notes, ...october],
      ['exposure', '--contract', contract, '--actuals', notes, ...october],
    ]) {
      expectOneLine(await runCli(command), 1, /^notes\.csv!A1 \(Notes\): unknown column "Notes"$/);
    }
  });

  it("a portfolio's Contract column given for one contract: its rows only, never another contract's", async () => {
    const mine = withColumn('mine.csv', 'Contract', 'bpo-customer-service');
    const other = withColumn('other.csv', 'Contract', 'beta');
    const invoice = (file: string) =>
      runCli(['invoice', '--contract', contract, '--actuals', file, ...october]);
    expect(JSON.parse((await invoice(mine)).out).total).toBe('136788.00');
    // Another contract's values priced under this contract would be a plausible wrong invoice.
    expectOneLine(await invoice(other), 1, /^other\.csv: no row for contract bpo-customer-service$/);
    const curve = ['curve', '--contract', contract, '--kpi', 'FCR', '--period', '2026-10', '--json'];
    expectOneLine(await runCli([...curve, '--actuals', other]), 1, /^other\.csv: no row for contract/);
    expect((await runCli([...curve, '--actuals', mine])).code).toBe(0);
  });
});

describe('curve', () => {
  const curve = (...more: string[]) => runCli(['curve', ...base, '--json', ...more]);

  it('says a problem of its base once, not once per point', async () => {
    expectOneLine(
      await curve('--kpi', 'FCR', '--period', '2025-10'),
      1,
      /^2025-10 is outside the contract bpo-customer-service \(from 2026-01\)$/,
    );
    const empty = await curve('--kpi', 'FCR', '--period', '2027-10', '--steps', '50');
    expect(empty.code).toBe(1);
    // No Interactions, CSAT nor response time in 2027-10: three problems, each said once.
    expect(empty.err.split('\n')).toHaveLength(3);
    expect(empty.err).toMatch(/^Actuals: no quantity for "Interactions" in 2027-10$/m);
  });

  it('refuses a KPI not billed in the period rather than drawing a flat zero', async () => {
    const kpi = 'Average response time Black Friday';
    const october = await curve('--kpi', kpi, '--period', '2026-10', '--steps', '3');
    expectOneLine(october, 1, /^Average response time Black Friday is not due on the 2026-10 invoice/);
    const scenarios = write('bf.csv', [
      'Scenario,Kind,Name,Value',
      'a,volume,Interactions,42500',
      'a,kpi,FCR,0.774',
      'a,kpi,Average response time,3.4',
      'a,kpi,CSAT,0.912',
      `a,kpi,${kpi},3`,
    ]);
    const scenario = await runCli([
      'curve',
      '--contract',
      contract,
      '--scenarios',
      scenarios,
      '--scenario',
      'a',
      '--kpi',
      kpi,
    ]);
    expectOneLine(
      scenario,
      1,
      new RegExp(`^bf\\.csv, scenario "a": ${kpi} is not due on the 2026-01 invoice a scenario is priced as`),
    );
    const november = await curve('--kpi', kpi, '--period', '2026-11', '--steps', '3');
    expect(november.code).toBe(0);
    expect(JSON.parse(november.out).points.map((p: { amount: string }) => p.amount)).not.toEqual([
      '0.00',
      '0.00',
      '0.00',
    ]);
  });
});

describe('a --period that is no month, or outside the contract', () => {
  const scenarios = () =>
    write('october.csv', [
      'Scenario,Kind,Name,Value',
      'a,volume,Interactions,42500',
      'a,kpi,FCR,0.774',
      'a,kpi,Average response time,3.4',
      'a,kpi,CSAT,0.912',
      'b,volume,Interactions,40000',
      'b,kpi,FCR,0.7',
      'b,kpi,Average response time,3',
      'b,kpi,CSAT,0.95',
    ]);

  it('is a usage error naming the option (exit 2), not an unexpected error', async () => {
    for (const command of [
      ['curve', ...base, '--kpi', 'FCR', '--period', '2026-13'],
      ['exposure', ...base, '--period', 'Q4-2026'],
      ['scenarios', '--contract', contract, '--scenarios', scenarios(), '--period', '2026-1'],
      [
        'compare',
        '--contract',
        contract,
        '--contract',
        contract,
        '--actuals',
        actuals,
        '--period',
        '10/2026',
      ],
    ])
      expectOneLine(
        await runCli(command),
        2,
        /^--period (must be a month YYYY-MM, a quarter YYYY-Qn, a half-year YYYY-Hn or a year YYYY \(got '[^']+'\)|2026-13 names no month: a year has months 01 to 12); usage: /,
      );
  });

  it('compare given both --actuals and --scenarios says so', async () => {
    const both = [
      'compare',
      '--contract',
      contract,
      '--contract',
      contract,
      ...base.slice(2),
      '--scenarios',
      scenarios(),
    ];
    expectOneLine(await runCli(both), 2, /^give --actuals or --scenarios, not both; usage: /);
  });

  it('outside the contract, scenarios say it once, not once per scenario', async () => {
    const run = await runCli([
      'scenarios',
      '--contract',
      contract,
      '--scenarios',
      scenarios(),
      '--period',
      '2025-10',
    ]);
    expectOneLine(run, 1, /^2025-10 is outside the contract bpo-customer-service \(from 2026-01\)$/);
  });

  it('a scenario value for a clause its invoice does not bill is said, not silently left out', async () => {
    const file = write('black-friday.csv', [
      'Scenario,Kind,Name,Value',
      'a,volume,Interactions,42500',
      'a,kpi,FCR,0.774',
      'a,kpi,Average response time,3.4',
      'a,kpi,CSAT,0.912',
      'a,kpi,Average response time Black Friday,6',
    ]);
    const alone = await runCli(['scenarios', '--contract', contract, '--scenarios', file, '--json']);
    expect(alone.code).toBe(0);
    expect(alone.err).toBe(
      'note: black-friday.csv, scenario "a": Average response time Black Friday not due on the 2026-01 invoice, so not priced (--period a month it is due in)',
    );
    const november = await runCli([
      'scenarios',
      '--contract',
      contract,
      '--scenarios',
      file,
      '--period',
      '2026-11',
      '--json',
    ]);
    expect(november.err).toBe('');
    const lines = JSON.parse(november.out).scenarios[0].lines as { label: string; amount: string }[];
    // 6 min in November: a malus on its own line.
    expect(lines.find((l) => l.label === 'Average response time Black Friday')?.amount).toMatch(/^-[1-9]/);
  });

  it('scenarios say which invoice they are priced as', async () => {
    const alone = await runCli(['scenarios', '--contract', contract, '--scenarios', scenarios()]);
    expect(alone.out).toMatch(
      /\nPriced as the invoice of 2026-01 \(the first period that closes every KPI's evaluation period, with no earlier months\)\.$/,
    );
    const december = await runCli([
      'scenarios',
      ...base,
      '--scenarios',
      scenarios(),
      '--period',
      '2026-12',
      '--json',
    ]);
    expect(JSON.parse(december.out).period).toBe('2026-12');
    expectOneLine(
      await runCli(['scenarios', ...base, '--scenarios', scenarios()]),
      2,
      /^--actuals needs --period; usage: /,
    );
  });
});

describe('forecast', () => {
  const forecast = (...more: string[]) => runCli(['forecast', ...base, '--json', ...more]);

  it('--from after --to is a usage error, as in curve', async () => {
    expectOneLine(
      await forecast('--from', '2027-03', '--to', '2027-01'),
      2,
      /^--from 2027-03 is after --to 2027-01; usage: /,
    );
  });

  it('refuses a run too large to hold rather than exhausting memory for hours', async () => {
    const huge = await forecast('--from', '2027-01', '--to', '2036-12', '--simulations', '1000000');
    expectOneLine(
      huge,
      2,
      /^--simulations 1000000 over 120 invoicing periods is 120,000,000 invoices; at most 2,000,000 a run/,
    );
  });
});

describe('-o and a folder of contracts', () => {
  it('never overwrites a contract workbook of the folder, nor writes into it', async () => {
    const folder = file('contracts');
    mkdirSync(folder);
    const alpha = JSON.parse(readFileSync(contract, 'utf8'));
    writeFileSync(join(folder, 'a.json'), JSON.stringify({ ...alpha, id: 'alpha' }));
    expect(
      (await runCli(['demo', '--template', 'bpo-customer-service', '-o', join(folder, 'b.xlsx')])).code,
    ).toBe(0);
    const before = readFileSync(join(folder, 'b.xlsx'));
    const all = write('all.csv', [
      'Contract,Period,Kind,Name,Value',
      ...['alpha', 'bpo-customer-service'].flatMap((id) =>
        ['volume,Interactions,42500', 'kpi,FCR,0.774', 'kpi,Average response time,3.4', 'kpi,CSAT,0.912'].map(
          (row) => `${id},2026-10,${row}`,
        ),
      ),
    ]);
    const run = (out: string) =>
      runCli(['invoice', '--contract', folder, '--actuals', all, '--period', '2026-10', '-o', out]);
    expectOneLine(await run(join(folder, 'b.xlsx')), 2, /inside the folder of contracts/);
    expectOneLine(await run(join(folder, 'portfolio.xlsx')), 2, /the next run would read it as a contract/);
    // A link elsewhere to a contract of the folder is that contract: refused too (compared by inode).
    symlinkSync(join(folder, 'b.xlsx'), file('link.xlsx'));
    expectOneLine(
      await run(file('link.xlsx')),
      1,
      /^refusing to write .*link\.xlsx: it is the input .*b\.xlsx/,
    );
    expect(readFileSync(join(folder, 'b.xlsx')).equals(before)).toBe(true);
    expect((await run(file('portfolio.xlsx'))).code).toBe(0);
  });
});

describe('an issued invoice JSON with a key given twice', () => {
  // JSON.parse keeps the last "total": an edited one written before the genuine one would pass unseen.
  async function withTwoTotals(): Promise<string> {
    const issued = await runCli(['invoice', ...base, '--period', '2026-10', '--json']);
    expect(issued.code).toBe(0);
    const text = issued.out.replace(/^\{\n/, '{\n  "total": "999.00",\n');
    expect(JSON.parse(text).total).toBe('136788.00');
    writeFileSync(file('two-totals.json'), text);
    return file('two-totals.json');
  }

  it('is no invoice for verify (exit 2), naming the key', async () => {
    const run = await runCli(['verify', '--invoice', await withTwoTotals(), ...base]);
    expectOneLine(run, 2, /^two-totals\.json is not an invoice JSON: total: "total" is given twice$/);
  });

  it('is refused by invoice --corrects', async () => {
    const run = await runCli([
      'invoice',
      ...base,
      '--period',
      '2026-10',
      '--corrects',
      await withTwoTotals(),
    ]);
    expectOneLine(run, 1, /two-totals\.json as an issued invoice JSON: total: "total" is given twice$/);
  });

  it('names a nested key by its path', async () => {
    const issued = JSON.parse((await runCli(['invoice', ...base, '--period', '2026-10', '--json'])).out);
    const text = JSON.stringify(issued, null, 2).replace(
      '"amount": "5000.00",',
      '"amount": "5500.00",\n"amount": "5000.00",',
    );
    writeFileSync(file('two-amounts.json'), text);
    const run = await runCli(['verify', '--invoice', file('two-amounts.json'), ...base]);
    expectOneLine(run, 2, /: lines\[4\]\.amount: "amount" is given twice$/);
  });
});

describe('an issued invoice JSON read against a French contract', () => {
  // The sentence around the problem is the contract's language: the problem itself is said in it too.
  async function frenchIssued(edit: (text: string) => string): Promise<string[]> {
    const contractFr = file('bpo-fr.json');
    const actualsFr = file('bpo-fr.csv');
    writeFileSync(
      contractFr,
      `${(await runCli(['template', 'bpo-customer-service', '--lang', 'fr'])).out}\n`,
    );
    writeFileSync(
      actualsFr,
      `${(await runCli(['template', 'bpo-customer-service', '--lang', 'fr', '--actuals'])).out}\n`,
    );
    const frBase = ['--contract', contractFr, '--actuals', actualsFr];
    const issued = await runCli(['invoice', ...frBase, '--period', '2026-10', '--json']);
    expect(issued.code).toBe(0);
    writeFileSync(file('edited-fr.json'), edit(issued.out));
    return frBase;
  }

  it.each([
    ['a comment', (text: string) => text.replace(/^\{\n/, '{\n// edited\n'), /ligne 2, colonne 1/],
    [
      'a key given twice',
      (text: string) => text.replace(/^\{\n/, '{\n  "total": "999.00",\n'),
      /total\u00a0: «\u00a0total\u00a0» est donné deux fois$/,
    ],
  ])('with %s: verify and invoice --corrects say it in French', async (_, edit, said) => {
    const frBase = await frenchIssued(edit);
    const verify = await runCli(['verify', '--invoice', file('edited-fr.json'), ...frBase]);
    expectOneLine(verify, 2, said);
    expect(verify.err).not.toMatch(/\b(line|column|comment|given twice)\b/);
    const corrects = ['--period', '2026-10', '--corrects', file('edited-fr.json')];
    const note = await runCli(['invoice', ...frBase, ...corrects]);
    expectOneLine(note, 1, said);
    expect(note.err).not.toMatch(/\b(line|column|comment|given twice)\b/);
  });
});
