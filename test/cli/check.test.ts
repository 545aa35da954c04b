/** `outcome-fees check` on contract files and CSV actuals; the invoice message in the currency's unit. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-check-'));
let contract: Record<string, unknown>;
let actuals = '';

beforeAll(async () => {
  const files = await templateFiles();
  contract = JSON.parse(files.contract);
  actuals = files.actuals;
});

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('outcome-fees check', () => {
  it('exits 0 on a clean contract and actuals, with the periods there is something to invoice', async () => {
    const run = await runCli([
      'check',
      '--contract',
      write('contract.json', JSON.stringify(contract)),
      '--actuals',
      write('actuals.csv', actuals),
    ]);
    expect(run).toEqual({
      code: 0,
      out: 'No problems in contract.json and actuals.csv; invoice periods 2026-09 to 2026-12',
      err: '',
    });
  });

  it('lists the problems of the contract and of the actuals together, each with its place, and exits 1', async () => {
    const kpis = contract.kpis as Record<string, unknown>[];
    const bad = {
      ...contract,
      vatRate: 'twenty',
      kpis: [{ ...kpis[0], target: undefined }, ...kpis.slice(1)],
    };
    const run = await runCli([
      'check',
      '--contract',
      write('bad.json', JSON.stringify(bad)),
      '--actuals',
      write('bad.csv', `${actuals}2026-10,kpi,FCR,n/a\n`),
    ]);
    expect(run.code).toBe(1);
    const lines = run.out.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bad\.json: vatRate: /),
        expect.stringMatching(/^bad\.json: kpis\[0\]\.target: /),
        expect.stringMatching(/^bad\.csv!D\d+ \(Value\): .*"n\/a"/),
      ]),
    );
    expect(lines[lines.length - 1]).toBe(`${lines.length - 1} problems in bad.json and bad.csv`);
  });

  it('reports what only an invoice finds (a missing value) under its period', async () => {
    const run = await runCli([
      'check',
      '--contract',
      write('contract.json', JSON.stringify(contract)),
      '--actuals',
      write('missing.csv', actuals.replace(/^2026-10,kpi,CSAT,.*\n/m, '')),
    ]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^invoice 2026-10: .*CSAT/m);
  });

  it("a bad value in another month is listed by check but does not block this month's invoice", async () => {
    const contractFile = write('contract.json', JSON.stringify(contract));
    const later = write('later.csv', actuals.replace(/^2026-12,kpi,CSAT,.*$/m, '2026-12,kpi,CSAT,tbd'));
    const check = await runCli(['check', '--contract', contractFile, '--actuals', later]);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/^later\.csv!D\d+ \(Value\): .*"tbd"$/m);
    const invoice = await runCli([
      'invoice',
      '--contract',
      contractFile,
      '--actuals',
      later,
      '--period',
      '2026-10',
    ]);
    expect(invoice.code).toBe(0);
    expect(JSON.parse(invoice.out).total).toBe('136788.00');
    expect(invoice.err).toMatch(
      /^note: 1 problem in a month this invoice does not read \(later\.csv!D\d+ \(Value\): .*"tbd"\); outcome-fees check lists it$/,
    );
    const december = await runCli([
      'invoice',
      '--contract',
      contractFile,
      '--actuals',
      later,
      '--period',
      '2026-12',
    ]);
    expect(december.code).toBe(1);
    expect(december.err).toMatch(/^later\.csv!D\d+ \(Value\): .*"tbd"$/);
  });

  it('is a usage error (exit 2) without both files, and exit 1 for an unreadable one', async () => {
    expect((await runCli(['check', '--contract', join(dir, 'contract.json')])).code).toBe(2);
    expect(
      await runCli(['check', '--contract', join(dir, 'nope.json'), '--actuals', join(dir, 'a.csv')]),
    ).toEqual({
      code: 1,
      out: '',
      err: `cannot read ${join(dir, 'nope.json')}: no such file or folder`,
    });
    // Neither file exists above: the contract, named first, is the one said (never a race of the reads).
    expect(
      await runCli(['check', '--contract', join(dir, 'contract.json'), '--actuals', join(dir, 'nope.csv')]),
    ).toEqual({
      code: 1,
      out: '',
      err: `cannot read ${join(dir, 'nope.csv')}: no such file or folder`,
    });
  });
});

describe('the invoice message prints totals in the currency minor unit', () => {
  async function totalLine(currency: string, fixedFee: string): Promise<string> {
    const fees = [{ ...(contract.fixedFees as object[])[0], amount: fixedFee }];
    const file = write(`${currency}.json`, JSON.stringify({ ...contract, currency, fixedFees: fees }));
    const run = await runCli([
      'invoice',
      '--contract',
      file,
      '--actuals',
      write('actuals.csv', actuals),
      '--period',
      '2026-10',
      '-o',
      join(dir, `${currency}.xlsx`),
    ]);
    expect(run.code).toBe(0);
    return run.out.replace(/^.*, total /, '');
  }

  it('KWD keeps its three decimals, JPY has none, EUR two', async () => {
    // KWD: 113,990.005 + VAT 22,798.001 = 136,788.006, which toFixed(2) printed as 136788.01.
    expect(await totalLine('KWD', '20000.005')).toBe('136,788.006 KWD');
    expect(await totalLine('JPY', '20000')).toBe('136,788 JPY');
    expect(await totalLine('EUR', '20000')).toBe('136,788.00 EUR');
  });
});
