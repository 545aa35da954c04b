/**
 * An earnback is never dropped for want of the months it reads (issue 8: no silent wrong invoice). The IT
 * services contract credits €6,492.00 for February's availability (99.3 % < 99.5 %) and refunds it on the
 * May invoice, March to May having met 99.8 %. When the actuals lack what decides that refund — February's
 * values, from which the credit is priced again, or a month of the window — the May invoice stops naming
 * the value, as a repeat-failure escalation does; it used to go out without the refund, exit 0.
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildActuals, type ActualEntry } from '../contract/actuals';
import { actualsFromCsv, actualsReadingFromCsv } from '../contract/csv';
import { loadContract } from '../contract/json';
import { periodProblems } from '../contract/periodChecks';
import type { Contract } from '../contract/types';
import { dec } from '../money';
import { buildInvoice } from './buildInvoice';
import type { InvoiceLine } from './types';

const DIR = join(__dirname, '..', 'contract', 'fixtures', 'contract1');
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');

function contractOf(language: 'en' | 'fr'): Contract {
  const loaded = loadContract(read(`it-services-sla.${language}.contract.json`));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

/** The fixture's actuals without the lines `drop` matches. */
function csvWithout(language: 'en' | 'fr', drop: RegExp): string {
  const lines = read(`it-services-sla.${language}.actuals.csv`).split('\n');
  return lines.filter((line) => !drop.test(line)).join('\n');
}

function mayInvoice(language: 'en' | 'fr', drop: RegExp) {
  const contract = contractOf(language);
  const actuals = actualsFromCsv(csvWithout(language, drop), contract);
  if (!actuals.ok) throw new Error(JSON.stringify(actuals.issues));
  return buildInvoice(contract, actuals.value, '2026-05');
}

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('an earnback reads the months it needs, or the invoice stops', () => {
  it('refunds February’s credit on the May invoice with the whole history', () => {
    const result = mayInvoice('en', /^$/);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const refund = result.invoice.lines.filter((l) => l.kind === 'earnback');
    expect(refund.map((l) => l.amount.toFixed(2))).toEqual(['6492.00']);
  });

  it.each([
    [
      'en',
      /^2026-02,volume/,
      'Actuals: no quantity for "Managed workstations" in 2026-02, which the earnback of the service-level credits of February 2026 needs: this invoice may refund them',
    ],
    [
      'fr',
      /^2026-02,volume/,
      'Réalisé : aucune quantité pour « Postes de travail gérés » en 2026-02, dont la récupération des pénalités de février 2026 a besoin : cette facture peut les restituer',
    ],
  ] as const)(
    'stops when February’s invoice cannot be priced again (%s, its volume missing)',
    (language, drop, problem) => {
      const result = mayInvoice(language, drop);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.map(plain)).toEqual([problem]);
    },
  );

  // Said once for the month, not once for each of its values (five lines per invoice of the file).
  it.each([
    [
      'en',
      'Actuals: nothing is entered for February 2026, whose service-level credits this invoice may refund (the earnback prices that invoice again): enter its values',
    ],
    [
      'fr',
      'Réalisé : rien n’est saisi pour février 2026, dont cette facture peut restituer les pénalités (la récupération recalcule cette facture) : saisissez ses valeurs',
    ],
  ] as const)(
    'stops when the actuals begin after the credited month (one file per quarter, %s)',
    (language, problem) => {
      const result = mayInvoice(language, /^2026-0[1-3],/);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.map(plain)).toEqual([problem]);
    },
  );

  it.each([
    [
      'en',
      'Actuals: no value for KPI "Availability" in 2026-03, which the earnback of the credit of February 2026 on Availability needs: enter it, or mark the month excluded',
    ],
    [
      'fr',
      'Réalisé : aucune valeur pour le KPI « Disponibilité » en 2026-03, dont la récupération de la pénalité de février 2026 sur Disponibilité a besoin : saisissez-la, ou marquez le mois exclu',
    ],
  ] as const)('stops when a month of the earnback’s window has no value (%s)', (language, problem) => {
    const kpi = language === 'en' ? 'Availability' : 'Disponibilité';
    const result = mayInvoice(language, new RegExp(`^2026-03,[^,]+,${kpi},`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(plain)).toEqual([problem]);
  });

  it('is said by check on the cell to fill in, not only by the invoice', () => {
    const contract = contractOf('en');
    const reading = actualsReadingFromCsv(csvWithout('en', /^2026-03,kpi,Availability,/), contract);
    const may = periodProblems(contract, reading, 'en').filter((i) => i.message.includes('2026-05'));
    expect(may.map((i) => i.message)).toEqual([
      expect.stringContaining('which the earnback of the credit of February 2026 on Availability needs'),
    ]);
  });
});

describe('an earnback is never silently different for want of a month', () => {
  const contract = contractOf('en');
  const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];
  /** Each service level missing or meeting its levels around them, as the months go. */
  const levelValue = (name: string) =>
    ({
      Availability: fc.constantFrom('0.99', '0.996', '0.999'),
      'P1 resolution time': fc.constantFrom('2.5', '3.5', '5'),
      'First-time fix rate': fc.constantFrom('0.6', '0.72', '0.8'),
      'Speed to answer': fc.constantFrom('0.5', '1.5', '2.5'),
    })[name] ?? fc.constant('240000');
  const month = fc.tuple(fc.integer({ min: 0, max: 1500 }), ...contract.kpis.map((k) => levelValue(k.name)));
  const history = fc.tuple(...MONTHS.map(() => month));

  function actualsOf(
    rows: (typeof history extends fc.Arbitrary<infer T> ? T : never)[number][],
    gone: number,
  ) {
    const entries: ActualEntry[] = [];
    rows.forEach(([workstations, ...values], m) => {
      if (m === gone) return;
      const period = MONTHS[m];
      entries.push({ period, kind: 'volume', name: 'Managed workstations', value: dec(workstations) });
      contract.kpis.forEach((k, i) => {
        if (k.name !== 'Infrastructure run cost' || ['2026-03', '2026-06'].includes(period))
          entries.push({ period, kind: 'kpi', name: k.name, value: dec(values[i]) });
      });
    });
    return buildActuals(entries);
  }

  // The May invoice refunds February's credits: without one of February to April it stops, or it is
  // the invoice of the whole history; never an invoice with a refund left out or a different one.
  it('stops, or refunds what the whole history refunds', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 3 }), (rows, gone) => {
        const whole = buildInvoice(contract, actualsOf(rows, -1), '2026-05');
        if (!whole.ok) throw new Error(whole.problems.join('\n'));
        const short = buildInvoice(contract, actualsOf(rows, gone), '2026-05');
        if (!short.ok) return;
        const refunds = (lines: readonly InvoiceLine[]) =>
          lines.filter((l) => l.kind === 'earnback').map((l) => `${l.kpi} ${l.amount.toFixed(2)}`);
        expect(refunds(short.invoice.lines)).toEqual(refunds(whole.invoice.lines));
      }),
      { numRuns: 200 },
    );
  });
});
