/**
 * A portfolio's actuals file read contract by contract gives, byte for byte, what it gave before the reader
 * was handed each contract's rows instead of walking the whole file's (bench/portfolio.js): every value,
 * month, problem (its cell in the file), gate, place and invoice of three contracts whose rows are
 * interleaved, with a value typed as a percentage, a decimal comma and a repeated row among them.
 * The golden file was written by the reader that walked every row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitActualsByContract } from '../../core/control/actualsByContract';
import { invoicesOf } from '../../core/control/batch';
import { invoiceToJson } from '../../core/invoice/toJson';
import { findTemplate } from '../../core/templates';
import { portfolioCsv, yearOfActuals } from './yearOfActuals';

const bpo = findTemplate('bpo-customer-service')!;
const contracts = ['alpha', 'beta', 'gamma'].map((id) => ({ ...bpo.contract('en'), id }));

/** The three contracts' rows, dealt out one of each in turn, with three mistakes in them. */
function portfolioText(): string {
  const [header, ...rows] = portfolioCsv(
    contracts.map((contract, i) => ({ contract, actuals: yearOfActuals(bpo, '2026-01', 12 - 3 * i) })),
  )
    .trimEnd()
    .split('\n');
  const of = (id: string) => rows.filter((row) => row.startsWith(`${id},`));
  const [alpha, beta, gamma] = contracts.map((c) => of(c.id));
  const fcr = (lines: string[], month: string) => lines.findIndex((l) => l.includes(`,${month},kpi,FCR,`));
  alpha[fcr(alpha, '2026-02')] = alpha[fcr(alpha, '2026-02')].replace(/,[^,]*$/, ',77.4');
  beta[fcr(beta, '2026-04')] = beta[fcr(beta, '2026-04')].replace(/,[^,]*$/, ',"0,774"');
  gamma.push(gamma[fcr(gamma, '2026-03')]);
  const dealt = alpha.flatMap((row, i) => [row, beta[i], gamma[i]]).filter((row) => row !== undefined);
  return `Title of the export\n${header}\n${dealt.join('\n')}\n`;
}

function portfolioRun(): unknown {
  const split = splitActualsByContract(
    portfolioText(),
    'all.csv',
    contracts.map((c) => c.id),
    'en',
  );
  if (!split.ok) throw new Error(split.problems.join('\n'));
  return contracts.map((contract) => {
    const { places, ...reading } = split.read(contract);
    const months = reading.periods;
    const where = months.flatMap((month) => [
      places?.cell('kpi', 'FCR', month),
      places?.cell('volume', 'Interactions', month),
      places?.month(month),
    ]);
    // The months no problem concerns invoice; a batch stops on any problem of its months.
    const clean = months.filter((m) =>
      reading.issues.every((t) => t.months !== 'all' && !t.months.includes(m)),
    );
    const batch = invoicesOf(contract, split.read(contract), clean);
    const invoices = batch.ok ? batch.invoices.map(invoiceToJson) : batch.problems;
    return { id: contract.id, reading, where, invoices };
  });
}

it("reads each contract's rows of a portfolio file as the reader walking every row did", () => {
  const golden: unknown = JSON.parse(
    readFileSync(join(__dirname, 'golden', 'portfolio-reading.json'), 'utf8'),
  );
  // As texts: an entry or key that appears, goes or moves shows, where toEqual would overlook some.
  expect(JSON.stringify(portfolioRun())).toBe(JSON.stringify(golden));
});
