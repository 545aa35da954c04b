/**
 * `outcome-fees check` on actuals with no value in any month of the contract (a header-only file): no
 * "No problems" before an invoice refuses them. The first invoice due is a problem (exit 1); one not yet
 * due is said in the clean line (exit 0). Months are set far from today so the test holds on any date.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstInvoiceWithoutValues } from '../../core/contract/check';
import { actualsFromCsv } from '../../core/contract/csv';
import { testContract, testContractJson } from '../support/testContract';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-check-empty-'));
const HEADER_ONLY = 'Period,Kind,Name,Value\n';

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const fees = (fields: object) =>
  testContractJson({ fixedFees: [{ label: 'Base', amount: '1000' }], frequency: 'quarterly', ...fields });

function check(contract: object, actuals: string, language = 'en') {
  return runCli([
    'check',
    '--contract',
    write(`contract-${language}.json`, JSON.stringify({ ...contract, language })),
    '--actuals',
    write('actuals.csv', actuals),
  ]);
}

describe('check on actuals with no value', () => {
  it('is a problem when the first invoice is due, and exits 1', async () => {
    expect(await check(fees({ firstPeriod: '2020-01' }), HEADER_ONLY)).toEqual({
      code: 1,
      out: [
        'actuals.csv: no month of the contract has values, and its first invoice, 2020-Q1, is due: invoice would refuse it for missing values',
        '1 problem in contract-en.json and actuals.csv',
      ].join('\n'),
      err: '',
    });
  });

  it('is said in the clean line when the first invoice is not due yet, exit 0', async () => {
    expect(await check(fees({ firstPeriod: '2099-01' }), HEADER_ONLY)).toEqual({
      code: 0,
      out: 'No problems in contract-en.json and actuals.csv; no month has values yet: the first invoice, 2099-Q1, needs its months filled in',
      err: '',
    });
  });

  it('says it in French for a French contract', async () => {
    const run = await check(fees({ firstPeriod: '2020-01' }), 'Période;Type;Nom;Valeur\n', 'fr');
    expect(run.code).toBe(1);
    expect(run.out.replace(/[\u00a0\u202f]/g, ' ')).toMatch(
      /^actuals\.csv : aucun mois du contrat n’a de valeurs, et sa première facture, 2020-Q1, est due/,
    );
  });

  it('the first invoicing period is due once its last month is over', () => {
    const contract = testContract({ fixedFees: [{ label: 'Base', amount: '1000' }], frequency: 'quarterly' });
    const read = actualsFromCsv(HEADER_ONLY, contract);
    if (!read.ok) throw new Error(read.issues[0].message);
    expect(firstInvoiceWithoutValues(contract, read.value, '2026-03')).toEqual({
      period: '2026-01',
      due: false,
    });
    expect(firstInvoiceWithoutValues(contract, read.value, '2026-04')).toEqual({
      period: '2026-01',
      due: true,
    });
  });

  it('a period with values is something to invoice: nothing to say', () => {
    const contract = testContract({
      volumes: [{ name: 'Calls', unit: 'call', tiers: [{ upTo: null, unitPrice: '1' }] }],
    });
    const read = actualsFromCsv(`${HEADER_ONLY}2026-02,volume,Calls,3\n`, contract);
    if (!read.ok) throw new Error(read.issues[0].message);
    expect(firstInvoiceWithoutValues(contract, read.value, '2026-12')).toBeUndefined();
  });
});
