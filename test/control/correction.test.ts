/**
 * Golden correction notes: the BPO worked example (October 2026) invoiced, then its actuals restated: a late
 * CSAT survey that now meets the threshold, a corrected volume, and the French contract. The goldens under
 * golden/ are the notes as `invoice --corrects` prints them; `UPDATE_GOLDEN=1` rewrites them after a
 * reviewed change.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actualEntries, buildActuals } from '../../core/contract/actuals';
import type { Actuals, Contract } from '../../core/contract/types';
import { correctionNote, correctionToJson } from '../../core/control/correction';
import { readIssuedInvoice } from '../../core/control/issuedInvoice';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { invoiceToJson } from '../../core/invoice/toJson';
import type { Invoice } from '../../core/invoice/types';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates/bpoCustomerService';
import { ecommercePerformanceOnly } from '../../core/templates/ecommercePerformanceOnly';

function withValue(actuals: Actuals, name: string, value: string): Actuals {
  return buildActuals(
    actualEntries(actuals).map((e) =>
      e.period === '2026-10' && e.name === name ? { ...e, value: dec(value) } : e,
    ),
  );
}

function invoiceOf(contract: Contract, actuals: Actuals): Invoice {
  const result = buildInvoice(contract, actuals, '2026-10');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

/** The note correcting the invoice issued from `issuedActuals`, recomputed from `restated`. */
function noteJson(contract: Contract, issuedActuals: Actuals, restated: Actuals): unknown {
  const issuedJson = JSON.parse(JSON.stringify(invoiceToJson(invoiceOf(contract, issuedActuals))));
  const issued = readIssuedInvoice(issuedJson);
  if (!issued.ok) throw new Error(issued.problems.join('\n'));
  const result = correctionNote(issued.value, invoiceOf(contract, restated), contract, {
    issueDate: '2026-12-15',
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return JSON.parse(JSON.stringify(correctionToJson(result.note)));
}

function golden(name: string, actual: unknown): void {
  const file = join(__dirname, 'golden', `${name}.json`);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, JSON.stringify(actual));
    // Formatted as the lint wants it (prettier's API does not load inside Jest).
    execFileSync(join(__dirname, '..', '..', 'node_modules', '.bin', 'prettier'), ['--write', file]);
  }
  expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

const en = bpoCustomerService.contract('en');
const actuals = bpoCustomerService.actuals('en');

describe('golden correction notes', () => {
  it('a late CSAT survey: 89.5% restated to 90.5%, the threshold now met — a debit note', () => {
    const note = noteJson(en, withValue(actuals, 'CSAT', '0.895'), withValue(actuals, 'CSAT', '0.905'));
    golden('correction-csat-en', note);
    expect(note).toMatchObject({ kind: 'debit', total: { difference: '6000.00' } });
    const csat = (note as { lines: { label: string; reason: string }[] }).lines.find(
      (l) => l.label === 'CSAT',
    );
    expect(csat?.reason).toBe('CSAT restated from 89.5% to 90.5%: threshold now met: +€5,000.00');
  });

  it('a corrected volume: 42,500 interactions restated to 41,800 — a credit note', () => {
    const note = noteJson(en, actuals, withValue(actuals, 'Interactions', '41800'));
    golden('correction-volume-en', note);
    expect(note).toMatchObject({
      kind: 'credit',
      subtotal: { difference: '-1330.00' },
      vat: { difference: '-266.00' },
    });
  });

  it('in French for a French contract', () => {
    const fr = bpoCustomerService.contract('fr');
    const frActuals = bpoCustomerService.actuals('fr');
    const note = noteJson(fr, withValue(frActuals, 'CSAT', '0.895'), withValue(frActuals, 'CSAT', '0.905'));
    golden('correction-csat-fr', note);
    const csat = (note as { lines: { label: string; reason: string }[] }).lines.find(
      (l) => l.label === 'CSAT',
    );
    expect(csat?.reason.replace(/[\u202f\u00a0]/g, ' ')).toBe(
      'CSAT : valeur corrigée de 89,5 % à 90,5 % : seuil désormais atteint : +5 000,00 €',
    );
  });

  it('a corrected volume in French: 42 500 interactions restated to 41 800 — a credit note', () => {
    const fr = bpoCustomerService.contract('fr');
    const frActuals = bpoCustomerService.actuals('fr');
    const note = noteJson(fr, frActuals, withValue(frActuals, 'Interactions', '41800'));
    golden('correction-volume-fr', note);
    expect(note).toMatchObject({
      kind: 'credit',
      subtotal: { difference: '-1330.00' },
      vat: { difference: '-266.00' },
    });
    const interactions = (note as { lines: { label: string; reason: string }[] }).lines.find(
      (l) => l.label === 'Interactions',
    );
    expect(interactions?.reason.replace(/[\u202f\u00a0]/g, ' ')).toBe(
      'Interactions : valeur corrigée de 42 500 à 41 800 : −1 330,00 €',
    );
  });
});

describe('a line whose gate was restated', () => {
  const reasonsOf = (note: unknown) =>
    (note as { lines: { label: string; difference: string; reason: string }[] }).lines
      .filter((l) => l.difference !== '0.00')
      .map((l) => `${l.label}: ${l.reason.replace(/[\u202f\u00a0]/g, ' ')}`);

  it('says the gate’s restatement, a KPI clause’s (FCR’s bonus held by CSAT ≥ 85 %)', () => {
    const note = noteJson(en, actuals, withValue(actuals, 'CSAT', '0.84'));
    expect(reasonsOf(note)).toEqual([
      'FCR: FCR: gate CSAT restated from 91.2% to 84%: −€560.00',
      'CSAT: CSAT restated from 91.2% to 84%: threshold now missed: −€5,000.00',
    ]);
    // Restated without effect on a line, the gate leaves it unchanged: FCR's is held at 86 % too.
    expect(reasonsOf(noteJson(en, actuals, withValue(actuals, 'CSAT', '0.86')))).toEqual([
      'CSAT: CSAT restated from 91.2% to 86%: threshold now missed: −€5,000.00',
    ]);
  });

  it('and a gated volume price’s, in French (contacts paid only while CSAT exceeds 85 %)', () => {
    const fr = ecommercePerformanceOnly.contract('fr');
    const frActuals = ecommercePerformanceOnly.actuals('fr');
    const september = (csat: string) =>
      buildActuals(
        actualEntries(frActuals).map((e) =>
          e.period === '2026-09' && e.name === 'CSAT' ? { ...e, value: dec(csat) } : e,
        ),
      );
    const invoice = (a: Actuals) => {
      const built = buildInvoice(fr, a, '2026-09');
      if (!built.ok) throw new Error(built.problems.join('\n'));
      return built.invoice;
    };
    const issued = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(invoice(frActuals)))));
    if (!issued.ok) throw new Error(issued.problems.join('\n'));
    const result = correctionNote(issued.value, invoice(september('0.85')), fr, { issueDate: '2026-12-15' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const [contacts] = reasonsOf(JSON.parse(JSON.stringify(correctionToJson(result.note))));
    expect(contacts).toBe('Contacts: Contacts : condition CSAT corrigée de 87,2 % à 85 % : −15 000,00 €');
  });
});

describe('a KPI aggregated over a quarterly invoice', () => {
  // The BPO contract invoiced by quarter, each KPI the average of the quarter's months.
  const quarterly = (contract: Contract): Contract => ({
    ...contract,
    frequency: 'quarterly',
    kpis: contract.kpis
      .filter((k) => k.activeMonths === undefined)
      .map((k) => ({ ...k, period: 'quarterly', aggregation: 'average' })),
  });
  const inMonth = (a: Actuals, month: string, name: string, value: string) =>
    buildActuals(
      actualEntries(a).map((e) => (e.period === month && e.name === name ? { ...e, value: dec(value) } : e)),
    );
  const reasons = (contract: Contract, issued: Actuals, restated: Actuals) => {
    const invoice = (a: Actuals) => {
      const built = buildInvoice(contract, a, '2026-10');
      if (!built.ok) throw new Error(built.problems.join('\n'));
      return built.invoice;
    };
    const read = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(invoice(issued)))));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const result = correctionNote(read.value, invoice(restated), contract, { issueDate: '2026-12-15' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    return result.note.lines
      .filter((l) => !l.difference.isZero())
      .map((l) => `${l.label}: ${l.reason.replace(/[\u202f\u00a0]/g, ' ')}`);
  };

  it('names the month restated and the quarter’s average, not the average as if it were restated', () => {
    const q = quarterly(en);
    const base = actuals;
    // November's CSAT 93 % restated to 80 %: Q4's average falls from 90.4 % to 86.0666…%, under 90 %.
    expect(reasons(q, base, inMonth(base, '2026-11', 'CSAT', '0.8'))).toEqual([
      'CSAT: CSAT restated in November 2026 from 93% to 80%: average of Q4 2026 from 90.4% to ≈ 86.0667%: threshold now missed: −€5,000.00',
    ]);
    // Two months restated are both named, and the gate of FCR (CSAT ≥ 85 %) is said the same way. With
    // November's FCR at 90 %, Q4's is 78.8 %: 2.8 pts beyond the band × €400 = €1,120.00, held by CSAT's
    // 90.4 % and bonuses €6,120.00 capped at €6,000.00 (−€120.00); CSAT's average at 82.0666…% stops both.
    const fcr = inMonth(base, '2026-11', 'FCR', '0.9');
    const twice = inMonth(inMonth(fcr, '2026-11', 'CSAT', '0.8'), '2026-12', 'CSAT', '0.75');
    expect(reasons(q, fcr, twice)).toEqual([
      'FCR: FCR: gate CSAT restated in November 2026 from 93% to 80% and in December 2026 from 87% to 75%: average of Q4 2026 from 90.4% to ≈ 82.0667%: −€1,120.00',
      'CSAT: CSAT restated in November 2026 from 93% to 80% and in December 2026 from 87% to 75%: average of Q4 2026 from 90.4% to ≈ 82.0667%: threshold now missed: −€5,000.00',
      'Cap on total bonus: Cap on total bonus no longer due: +€120.00',
    ]);
  });

  it('in French', () => {
    const q = quarterly(bpoCustomerService.contract('fr'));
    const base = bpoCustomerService.actuals('fr');
    expect(reasons(q, base, inMonth(base, '2026-11', 'CSAT', '0.8'))).toEqual([
      'CSAT: CSAT : valeur corrigée en novembre 2026 de 93 % à 80 % : moyenne de T4 2026 de 90,4 % à ≈ 86,0667 % : seuil désormais manqué : −5 000,00 €',
    ]);
  });
});

describe('a line that comes or goes', () => {
  it('is named as a line, in French whatever its gender: the bonus cap no longer applies', () => {
    const fr = bpoCustomerService.contract('fr');
    const frActuals = bpoCustomerService.actuals('fr');
    const capped = withValue(frActuals, 'FCR', '0.9');
    const reasons = (note: unknown) =>
      (note as { lines: { label: string; reason: string }[] }).lines
        .filter((l) => l.label === 'Plafond du total des bonus')
        .map((l) => l.reason.replace(/[\u202f\u00a0]/g, ' '));
    expect(reasons(noteJson(fr, capped, frActuals))).toEqual([
      'La ligne « Plafond du total des bonus » n’est plus due : +4 600,00 €',
    ]);
    // The cap's explanation ends with its amount, the difference: said once, not twice.
    expect(reasons(noteJson(fr, frActuals, capped))).toEqual([
      'La ligne « Plafond du total des bonus » est désormais due : Total des bonus 10 600,00 €, au-delà du plafond 6 000,00 € : −4 600,00 €',
    ]);
  });

  it('says a new line’s amount once, in English too', () => {
    const reasons = (note: unknown, label: string) =>
      (note as { lines: { label: string; reason: string }[] }).lines
        .filter((l) => l.label === label)
        .map((l) => l.reason);
    expect(reasons(noteJson(en, actuals, withValue(actuals, 'FCR', '0.8')), 'Cap on total bonus')).toEqual([
      'Cap on total bonus now due: Bonuses total €6,600.00, beyond the cap €6,000.00: −€600.00',
    ]);
  });
});

describe('correctionNote refuses', () => {
  const issuedJson = () => JSON.parse(JSON.stringify(invoiceToJson(invoiceOf(en, actuals))));

  it('an invoice issued under another version of the contract', () => {
    const issued = readIssuedInvoice(issuedJson());
    if (!issued.ok) throw new Error('unreadable');
    const amended = { ...en, vatRate: dec('0.21') };
    const result = correctionNote(issued.value, invoiceOf(amended, actuals), amended, {
      issueDate: '2026-12-15',
    });
    expect(!result.ok && result.problems[0]).toMatch(
      /^the invoice was issued under contract version sha256:[0-9a-f]{16}, the contract given is version sha256:[0-9a-f]{16}: /,
    );
  });

  it('an issued JSON whose line or VAT was edited so that it no longer adds up is refused, not corrected', () => {
    const problems = (edit: (json: ReturnType<typeof issuedJson>) => void) => {
      const json = issuedJson();
      edit(json);
      const issued = readIssuedInvoice(json);
      if (!issued.ok) throw new Error('unreadable');
      const result = correctionNote(issued.value, invoiceOf(en, actuals), en, { issueDate: '2026-12-15' });
      return result.ok ? [] : result.problems;
    };
    // CSAT edited from 5000.00 to 5500.00, the totals left as issued: the note would credit 500 on its
    // line and nothing in its total.
    expect(problems((json) => (json.lines[4].amount = '5500.00'))).toEqual([
      "the issued invoice's lines add up to 114490.00, its subtotal says 113990.00: edited since it was issued; correct from the invoice as issued",
    ]);
    expect(problems((json) => (json.vat.amount = '22799.00'))).toEqual([
      "the issued invoice's subtotal and VAT add up to 136789.00, its total says 136788.00: edited since it was issued; correct from the invoice as issued",
    ]);
    expect(problems(() => undefined)).toEqual([]);
  });

  it('an issued JSON whose amount was hand-edited into a number', () => {
    const json = issuedJson();
    json.lines[2].amount = 560;
    const issued = readIssuedInvoice(json);
    expect(!issued.ok && issued.problems).toEqual([expect.stringMatching(/^lines\[2\]\.amount: /)]);
  });
});
