/**
 * Correction and reconciliation sheets of a quarterly or half-yearly invoice are named by the period
 * (`2026-Q2`, `2026-H1`), as the invoice is, never by its first month (`…-2026-04` reads as April's).
 */
import { formatPeriod } from '../../core/i18n/periodFormat';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { actualsToCsv } from '../../core/contract/csv';
import { contractToJson } from '../../core/contract/json';
import type { Actuals, Contract, Frequency } from '../../core/contract/types';
import { correctionNote } from '../../core/control/correction';
import { readIssuedInvoice } from '../../core/control/issuedInvoice';
import { reconcile } from '../../core/control/reconcile';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { invoiceToJson } from '../../core/invoice/toJson';
import { correctionSheetPlan } from '../../core/layout/correctionSheet';
import { reconciliationSheetPlan } from '../../core/layout/reconciliationSheet';
import { dec } from '../../core/money';
import { findTemplate } from '../../core/templates';
import { runCli } from '../cli/runCli';
import { yearOfActuals } from './yearOfActuals';

const bpo = findTemplate('bpo-customer-service')!;

/** The BPO contract invoiced (and its KPIs evaluated) every `frequency`. */
function contractOf(frequency: Frequency): Contract {
  const contract = bpo.contract('en');
  // The template's first three clauses (FCR, response time, CSAT): clauses of one month only stay monthly.
  const kpis = contract.kpis.slice(0, 3).map((kpi) => ({ ...kpi, period: frequency }));
  return { ...contract, frequency, firstPeriod: '2026-01', kpis };
}

/** A year of actuals for it: each of its KPIs' value on the month closing its period. */
function yearOf(frequency: Frequency): Actuals {
  const contract = contractOf(frequency);
  const names = new Set(contract.kpis.map((kpi) => kpi.name));
  const year = yearOfActuals({ ...bpo, contract: () => contract });
  const periods = new Map(
    [...year.periods].map(([month, values]) => [
      month,
      { ...values, kpis: new Map([...values.kpis].filter(([name]) => names.has(name))) },
    ]),
  );
  return { periods };
}

/** The actuals with one month's interactions raised by 700: a restated volume. */
function restated(actuals: Actuals, month: string): Actuals {
  const periods = new Map(actuals.periods);
  const values = periods.get(month)!;
  const volumes = new Map(values.volumes);
  volumes.set('Interactions', volumes.get('Interactions')!.plus(700));
  periods.set(month, { ...values, volumes });
  return { periods };
}

function invoiceOf(contract: Contract, actuals: Actuals, period: string) {
  const built = buildInvoice(contract, actuals, period);
  if (!built.ok) throw new Error(built.problems.join('\n'));
  return built.invoice;
}

describe.each([
  ['quarterly', '2026-06', '2026-Q2', '2026-04'],
  ['half-yearly', '2026-03', '2026-H1', '2026-01'],
] as const)('a %s invoice (--period %s)', (frequency, period, name, firstMonth) => {
  const contract = contractOf(frequency);
  const actuals = yearOf(frequency);
  const invoice = invoiceOf(contract, actuals, period);

  it(`is numbered and named ${name}`, () => {
    expect(invoice.period).toBe(firstMonth);
    expect(invoice.number).toBe(`bpo-customer-service-${name}`);
  });

  it(`has its correction note on "Debit note ${name}"`, () => {
    const issued = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(invoice))));
    if (!issued.ok) throw new Error(issued.problems.join('\n'));
    const recomputed = invoiceOf(contract, restated(actuals, firstMonth), period);
    const result = correctionNote(issued.value, recomputed, contract, { issueDate: '2026-12-01' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.note.kind).toBe('debit');
    expect(result.note.number).toBe(`bpo-customer-service-${name}-C`);
    expect(correctionSheetPlan(result.note).name).toBe(`Debit note ${name}`);
  });

  it(`refuses to correct it with another period's invoice, naming both by their names`, () => {
    const issued = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(invoice))));
    if (!issued.ok) throw new Error(issued.problems.join('\n'));
    const other = invoiceOf(contract, actuals, '2026-12');
    const result = correctionNote(issued.value, other, contract, { issueDate: '2026-12-01' });
    const otherName = frequency === 'quarterly' ? '2026-Q4' : '2026-H2';
    expect(result).toEqual({
      ok: false,
      problems: [`the issued invoice is for ${name}, --period gives ${otherName}`],
    });
  });

  it(`has its reconciliation on "Reconciliation ${name}", the message naming it in words`, () => {
    const supplier = {
      sheet: 'supplier.csv',
      rows: invoice.lines.map((line, i) => ({
        label: line.label,
        amount: i === 0 ? line.amount.plus(dec('0.01')) : line.amount,
        at: `supplier.csv!A${i + 2}`,
        row: i + 1,
        amountCol: 1,
      })),
    };
    const result = reconcile(invoice, supplier);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    expect(reconciliationSheetPlan(result.value).name).toBe(`Reconciliation ${name}`);
    // Said in words, as a reader names the period: `(Q2 2026)`.
    expect(result.value.message).toContain(`(${formatPeriod(name, 'en')})`);
    expect(result.value.message).not.toContain(firstMonth);
  });
});

describe('outcome-fees reconcile -o of a quarter', () => {
  it('writes the sheet "Reconciliation 2026-Q2"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'of-names-'));
    const contract = contractOf('quarterly');
    const actuals = yearOf('quarterly');
    const invoice = invoiceOf(contract, actuals, '2026-06');
    const files = {
      contract: join(dir, 'contract.json'),
      actuals: join(dir, 'actuals.csv'),
      supplier: join(dir, 'supplier.csv'),
    };
    writeFileSync(files.contract, JSON.stringify(contractToJson(contract)));
    writeFileSync(files.actuals, actualsToCsv(contract, actuals));
    writeFileSync(
      files.supplier,
      ['Line,Amount', ...invoice.lines.map((l) => `"${l.label}",${l.amount.toFixed(2)}`)].join('\n'),
    );
    const out = join(dir, 'reconciliation.xlsx');
    const run = await runCli([
      'reconcile',
      '--contract',
      files.contract,
      '--actuals',
      files.actuals,
      '--period',
      '2026-06',
      '--supplier',
      files.supplier,
      '-o',
      out,
    ]);
    expect(run).toMatchObject({ code: 0, err: '' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Reconciliation 2026-Q2']);
  });
});
