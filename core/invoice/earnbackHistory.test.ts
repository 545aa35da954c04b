/**
 * An earnback is never dropped for want of the months it reads (issue 8: no silent wrong invoice). The IT
 * services contract credits €6,492.00 for February's availability (99.3 % < 99.5 %) and refunds it on the
 * May invoice, March to May having met 99.8 %. When the actuals lack what decides that refund — February's
 * values, from which the credit is priced again, or a month of the window — the May invoice stops naming
 * the value, as a repeat-failure escalation does; it used to go out without the refund, exit 0.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { actualsFromCsv, actualsReadingFromCsv } from '../contract/csv';
import { loadContract } from '../contract/json';
import { periodProblems } from '../contract/periodChecks';
import type { Contract } from '../contract/types';
import { buildInvoice } from './buildInvoice';

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

  it('stops when the actuals begin after the credited month (one file per quarter)', () => {
    const result = mayInvoice('en', /^2026-0[1-3],/);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatch(
      /^Actuals: no .* in 2026-02, which the earnback of the service-level credits of February 2026 needs/,
    );
  });

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
