/**
 * A KPI averaged over a quarter and weighted by a volume (the service desk's first-time fix, weighted by
 * tickets) whose weights alone were restated: its correction says the weights were, month by month, and
 * what they made the weighted average, never that the KPI was restated from one average to another. On a
 * quarterly invoice, whose Tickets line prints the quarter's sum, the weights the JSON prints for each
 * month are what proves the invoice as issued, so a month's corrected volume can be corrected at all.
 */
import { actualsFromCsv } from '../contract/csv';
import type { Contract, Language } from '../contract/types';
import { buildInvoice } from '../invoice/buildInvoice';
import { invoiceToJson } from '../invoice/toJson';
import { correctionSheetPlan } from '../layout/correctionSheet';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { planToGrid } from '../layout/planToGrid';
import { buyerContract, buyerFile } from '../../test/support/buyerFixture';
import { correctionNote, correctionToJson, type CorrectionNote } from './correction';
import { readIssuedInvoice } from './issuedInvoice';
import { issuedInvoiceFromSheet } from './issuedSheet';
import { issuedFromNoteSheet } from './noteSheet';
import { provenIssuedJson } from './issuedJsonProof';
import { verifyNoteJson, verifyNoteSheet } from './verifyNote';

const NAME = 'service-desk-quarterly';
const CSV = buyerFile(`${NAME}.csv`);

/** The fixture invoiced every month, its KPIs evaluated on the quarter (June closes Q2). */
function monthly(lang: Language): Contract {
  const contract = buyerContract(NAME, lang);
  return {
    ...contract,
    frequency: 'monthly',
    fixedFees: contract.fixedFees.filter((f) => f.per === 'month'),
    rebates: (contract.rebates ?? []).filter((r) => r.per === 'month'),
    kpis: contract.kpis.map((k) => ({ ...k, period: 'quarterly' })),
  };
}

function actualsOf(contract: Contract, csv: string) {
  const read = actualsFromCsv(csv, contract);
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'));
  return read.value;
}

/** The note of `period`'s invoice after `from` (a CSV line) was restated as `to`, the issued JSON proved. */
function noteOf(contract: Contract, period: string, from: string, to: string): CorrectionNote {
  expect(CSV).toContain(`\n${from}\n`);
  const issuedActuals = actualsOf(contract, CSV);
  const restated = actualsOf(contract, CSV.replace(`\n${from}\n`, `\n${to}\n`));
  const built = buildInvoice(contract, issuedActuals, period);
  const again = buildInvoice(contract, restated, period);
  if (!built.ok || !again.ok) throw new Error('not invoiced');
  const json = JSON.parse(JSON.stringify(invoiceToJson(built.invoice)));
  const issued = readIssuedInvoice(json);
  if (!issued.ok) throw new Error(issued.problems.join('\n'));
  const proof = provenIssuedJson(json, issued.value, 'issued.json', contract, restated, contract.language);
  if (!proof.ok) throw new Error(proof.problems.join('\n'));
  const note = correctionNote(issued.value, again.invoice, contract, { issueDate: '2026-07-15' });
  if (!note.ok) throw new Error(note.problems.join('\n'));
  return note.note;
}

const reasonOf = (note: CorrectionNote, label: string) =>
  note.lines.find((l) => l.label === label)!.reason.replace(/[\u202f\u00a0]/g, ' ');

describe('a weighted average whose weights alone were restated', () => {
  it('says the weights were, in the month restated, and what the weighted average became (EN)', () => {
    const note = noteOf(monthly('en'), '2026-06', '2026-06,volume,Tickets,300', '2026-06,volume,Tickets,900');
    expect(reasonOf(note, 'Tickets')).toBe('Tickets restated from 300 to 900: +€4,800.00');
    // (0.9 × 400 + 0.85 × 300 + 0.8 × 900) ÷ 1,600 = 0.834375: −1.5625 pts × €100 against +5.5 pts.
    expect(reasonOf(note, 'First-time fix')).toBe(
      'weights of First-time fix (Tickets) restated in June 2026 from 300 to 900: weighted average of Q2 2026 from 85.5% to 83.4375%: −€206.25',
    );
  });

  it('in French', () => {
    const note = noteOf(monthly('fr'), '2026-06', '2026-06,volume,Tickets,300', '2026-06,volume,Tickets,900');
    expect(reasonOf(note, 'First-time fix')).toBe(
      'pondération de First-time fix (Tickets) corrigée en juin 2026 de 300 à 900 : moyenne pondérée de T2 2026 de 85,5 % à 83,4375 % : −206,25 €',
    );
  });

  it('on a quarterly invoice: a month’s tickets restated, the printed weights prove the invoice as issued', () => {
    const note = noteOf(
      buyerContract(NAME, 'en'),
      '2026-04',
      '2026-05,volume,Tickets,300',
      '2026-05,volume,Tickets,3000',
    );
    expect(reasonOf(note, 'Tickets')).toBe('Tickets restated from 1,000 to 3,700: +€21,600.00');
    expect(reasonOf(note, 'First-time fix')).toMatch(
      /^weights of First-time fix \(Tickets\) restated in May 2026 from 300 to 3,000: weighted average of Q2 2026 from 85\.5% to ≈ 85\.1\d*%: /,
    );
  });

  it('names the KPI’s own months and its weights when both were restated', () => {
    const csv = CSV.replace('\n2026-05,kpi,First-time fix,0.85\n', '\n2026-05,kpi,First-time fix,0.95\n');
    const contract = monthly('en');
    const issuedActuals = actualsOf(contract, CSV);
    const restated = actualsOf(
      contract,
      csv.replace('\n2026-06,volume,Tickets,300\n', '\n2026-06,volume,Tickets,900\n'),
    );
    const built = buildInvoice(contract, issuedActuals, '2026-06');
    const again = buildInvoice(contract, restated, '2026-06');
    if (!built.ok || !again.ok) throw new Error('not invoiced');
    const issued = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(built.invoice))));
    if (!issued.ok) throw new Error(issued.problems.join('\n'));
    const note = correctionNote(issued.value, again.invoice, contract, { issueDate: '2026-07-15' });
    if (!note.ok) throw new Error(note.problems.join('\n'));
    expect(reasonOf(note.note, 'First-time fix')).toMatch(
      /^First-time fix restated in May 2026 from 85% to 95%: weights of First-time fix \(Tickets\) restated in June 2026 from 300 to 900: weighted average of Q2 2026 from 85\.5% to /,
    );
  });
});

describe('the invoice sheet of a quarterly invoice whose month’s tickets were restated', () => {
  it.each(['en', 'fr'] as const)(
    'is read back as issued from the weights it prints (%s, × 1,200 / × 1 200)',
    (lang) => {
      const contract = buyerContract(NAME, lang);
      const issuedCsv = CSV.replace('\n2026-04,volume,Tickets,400\n', '\n2026-04,volume,Tickets,1200\n');
      const restatedCsv = issuedCsv.replace(
        '\n2026-05,volume,Tickets,300\n',
        '\n2026-05,volume,Tickets,3000\n',
      );
      const built = buildInvoice(contract, actualsOf(contract, issuedCsv), '2026-04');
      if (!built.ok) throw new Error(built.problems.join('\n'));
      const grid = planToGrid(invoiceSheetPlan(built.invoice));
      expect(grid.flat()).toContain(lang === 'en' ? '× 1,200' : '× 1\u202f200');
      const read = issuedInvoiceFromSheet(
        grid,
        'Invoice 2026-Q2',
        contract,
        actualsOf(contract, restatedCsv),
        lang,
      );
      if (!read.ok) throw new Error(read.problems.join('\n'));
      expect(read.invoice.seal.fingerprint).toBe(built.invoice.seal.fingerprint);
    },
  );
});

describe('a correction note sheet of a quarterly invoice with a weighted average', () => {
  it('prints each month’s weight among its values, so a later note corrects from it', () => {
    const contract = buyerContract(NAME, 'en');
    const twice = CSV.replace('\n2026-05,volume,Tickets,300\n', '\n2026-05,volume,Tickets,3000\n').replace(
      '\n2026-06,volume,Tickets,300\n',
      '\n2026-06,volume,Tickets,350\n',
    );
    const note = noteOf(contract, '2026-04', '2026-05,volume,Tickets,300', '2026-05,volume,Tickets,3000');
    const grid = planToGrid(correctionSheetPlan(note));
    expect(grid).toContainEqual(['Tickets', '2026-05', 3000, 'weight', null]);
    const read = issuedFromNoteSheet(
      grid,
      'Debit note 2026-Q2',
      contract,
      actualsOf(contract, twice),
      '2026-04',
      'en',
    );
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.invoice.seal.fingerprint).toBe(note.recomputed.seal.fingerprint);
  });
});

describe('that note verified alone, from the weights it prints as issued', () => {
  const contract = buyerContract(NAME, 'en');
  const restated = actualsOf(
    contract,
    CSV.replace('\n2026-05,volume,Tickets,300\n', '\n2026-05,volume,Tickets,3000\n'),
  );
  const note = noteOf(contract, '2026-04', '2026-05,volume,Tickets,300', '2026-05,volume,Tickets,3000');
  const proof = { contract, actuals: restated, period: '2026-04' };
  const sheetOf = (grid: ReturnType<typeof planToGrid>) => ({ name: 'Debit note 2026-Q2', values: grid });

  it('proves its sheet and its JSON, the May weight as issued 300 among its values', () => {
    const grid = planToGrid(correctionSheetPlan(note));
    const issuedRow = grid.findIndex((row) => row[0] === 'Values of the invoice as issued');
    expect(grid.slice(issuedRow)).toContainEqual(['Tickets', '2026-05', 300, 'weight', null]);
    expect(verifyNoteSheet(sheetOf(grid), proof, 'en').lines).toEqual([
      'Debit note 2026-Q2: untouched; every line and amount is as recomputed',
    ]);
    const json = JSON.parse(JSON.stringify(correctionToJson(note)));
    expect(verifyNoteJson(json, 'note.json', contract, () => restated, 'en').lines).toEqual([
      'note.json: untouched; every line and amount is as recomputed',
    ]);
  });

  it('names the fingerprint as issued when that weight was typed over', () => {
    const grid = planToGrid(correctionSheetPlan(note)).map((row) => [...row]);
    const issuedRow = grid.findIndex((row) => row[0] === 'Values of the invoice as issued');
    const may = grid.findIndex((row, i) => i > issuedRow && row[0] === 'Tickets' && row[1] === '2026-05');
    grid[may]![2] = 310;
    const report = verifyNoteSheet(sheetOf(grid), proof, 'en');
    expect(report.differences.map((d) => d.where)).toEqual(["'Debit note 2026-Q2'!B7"]);
  });
});
