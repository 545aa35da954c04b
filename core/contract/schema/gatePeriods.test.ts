/**
 * A gate KPI evaluated on a longer period than what it gates (article 2's half-yearly NPS gating a monthly
 * bonus) has no value on the months that do not close its period: every other invoice stopped, and only
 * the check of entered actuals said so, month by month. The contract check now refuses the gate, naming
 * both clauses, the gate's period and the first invoice it would stop, in JSON and on the Contract sheet;
 * an aggregated gate (entered every month) is accepted and judged on the invoice's months.
 */
import {
  ahtClause,
  csatClause,
  csvInvoice,
  plain,
  testContractJson,
  contractProblems,
} from '../../../test/support/testContract';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { contractFromSheet } from '../fromSheet';
import { parseContract } from '../json';
import type { Language } from '../types';

const nps = (terms: Record<string, unknown> = {}) => ({
  ...csatClause({ model: 'threshold', threshold: '0.8', amount: '100', period: 'half-yearly', ...terms }),
  name: 'NPS',
});

/** The monthly AHT bonus-malus gated by the NPS at 0.85. */
const document = (npsTerms: Record<string, unknown> = {}, aht: Record<string, unknown> = {}, fields = {}) =>
  testContractJson({
    kpis: [{ ...ahtClause({ gateKpi: 'NPS', gateLevel: '0.85' }), ...aht }, nps(npsTerms)],
    ...fields,
  });

const problems = contractProblems;

describe('a gate KPI forms one value on every invoice that judges it', () => {
  test.each<[Language, string]>([
    [
      'en',
      'kpis[0].gateKpi: gate "NPS" is evaluated half-yearly with no aggregation: it has a value only on the month closing each half-year, but "AHT" is evaluated every month: its invoice of January 2026 would have no one value of "NPS" to judge, and stop; give "NPS" an aggregation (average, minimum…), so that it is entered every month and the gate reads the invoice\'s months, or gate only a clause evaluated half-yearly or less often',
    ],
    [
      'fr',
      'kpis[0].gateKpi : la condition « NPS » est semestrielle, sans agrégation : elle n’a de valeur que le mois qui clôt chaque semestre, mais « AHT » est évalué chaque mois : sa facture de janvier 2026 n’aurait aucune valeur de « NPS » à juger, et s’arrêterait ; donnez à « NPS » une agrégation (moyenne, minimum…), pour qu’elle soit saisie chaque mois et que la condition lise les mois de la facture, ou ne conditionnez qu’une clause semestrielle ou moins fréquente',
    ],
  ])('a half-yearly NPS gating a monthly bonus is refused at its Gate KPI (%s)', (language, message) => {
    expect(problems(document({}, {}, { language }), language)).toEqual([message]);
  });

  test('the first invoice it would stop counts from the first period; a clause as long as the gate is fine', () => {
    // From 2026-05, half-years close in October and April: May's invoice is the first without a value.
    expect(problems(document({}, {}, { firstPeriod: '2026-05' }))[0]).toContain('its invoice of May 2026');
    // A half-yearly clause it gates is judged on the months closing the half-year, where it has a value.
    expect(problems(document({}, { period: 'half-yearly' }))).toEqual([]);
    // A clause gated time-boxed to a month not closing the half-year, beyond the first two years.
    expect(problems(document({ period: 'quarterly' }, { activeMonths: ['2028-11'] }))).toEqual([
      expect.stringContaining(
        'gate "NPS" is evaluated quarterly with no aggregation: it has a value only on the month closing each quarter, but "AHT" is evaluated in November 2028: its invoice of November 2028',
      ),
    ]);
    expect(problems(document({ period: 'quarterly' }, { activeMonths: ['2028-12'] }))).toEqual([]);
  });

  test('quarterly invoices: a half-yearly average does not judge Q1; a half-yearly clause it may gate', () => {
    const quarterly = (aht: Record<string, unknown>) =>
      document({ aggregation: 'average' }, { aggregation: 'average', ...aht }, { frequency: 'quarterly' });
    expect(problems(quarterly({}))).toEqual([
      'kpis[0].gateKpi: gate "NPS" is evaluated half-yearly, on the invoices closing a half-year only, but "AHT" is evaluated every quarter: its invoice of Q1 2026 would have no one value of "NPS" to judge, and stop; evaluate "NPS" over each invoice\'s months, or gate only a clause evaluated half-yearly or less often',
    ]);
    expect(problems(quarterly({ period: 'half-yearly' }))).toEqual([]);
  });

  // A volume is priced on every invoice: a gate KPI of a longer period is already refused there, once;
  // one judged month by month on quarterly invoices is this check's (gateOnPeriod.test.ts).
  test('a volume gated by a half-yearly KPI is refused once at the volume Gate KPI', () => {
    const doc = testContractJson({
      volumes: [{ name: 'Contacts', unit: 'contact', unitPrice: '2.50', gateKpi: 'NPS', gateLevel: '0.85' }],
      kpis: [nps()],
    });
    expect(problems(doc)).toEqual([
      'volumes[0].gateKpi: the gate KPI "NPS" is half-yearly with no aggregation: a gated price needs a KPI evaluated on every invoice (monthly), or one with an aggregation (average, minimum…)',
    ]);
  });

  // Invoicing reads an aggregated gate on a volume as on a clause: on the month, on the period when it closes.
  test('a volume gated by an aggregated half-yearly NPS is accepted and judged as a clause is (golden)', () => {
    const doc = testContractJson({
      volumes: [{ name: 'Contacts', unit: 'contact', unitPrice: '2.50', gateKpi: 'NPS', gateLevel: '0.85' }],
      kpis: [nps({ aggregation: 'average' })],
    });
    expect(problems(doc)).toEqual([]);
    const result = parseContract(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
    const values = ['0.9', '0.84', '0.8', '0.8', '0.8', '0.9'];
    const rows = months.map((m, i) => `${m},volume,Contacts,100\n${m},kpi,NPS,${values[i]}`);
    const csv = `Period,Kind,Name,Value\n${rows.join('\n')}\n`;
    // January: 100 × €2.50 = €250.00, gate on January's NPS 90 % ≥ 85 %: held.
    const january = csvInvoice(result.value, '2026-01', csv);
    expect(january.lines.map((l) => l.amount.toFixed(2))).toEqual(['250.00']);
    expect(plain(january.lines[0].explanation)).toBe('100 × €2.50 = €250.00; gate NPS 90% ≥ 85%: held');
    // June: H1 average 5.04 / 6 = 84 % < 85 %: every contact at the fallback 0: €0.00; NPS 84 % ≥ 80 %: €100.00.
    const june = csvInvoice(result.value, '2026-06', csv);
    expect(june.lines.map((l) => l.amount.toFixed(2))).toEqual(['0.00', '100.00']);
    expect(plain(june.lines[0].explanation)).toContain('gate NPS 84% (average of H1 2026) < 85%: failed');
  });

  test('an aggregated half-yearly gate is judged on the month, and on the half-year when it closes (golden)', () => {
    const result = parseContract(document({ aggregation: 'average' }));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const rows = (m: string, nps: string) => `${m},kpi,AHT,5\n${m},kpi,NPS,${nps}`;
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
    const values = ['0.9', '0.84', '0.8', '0.8', '0.8', '0.9'];
    const csv = `Period,Kind,Name,Value\n${months.map((m, i) => rows(m, values[i])).join('\n')}\n`;
    // January: AHT 5 vs 6 min, +1 × €500 = €500.00, gate on January's NPS 90 % ≥ 85 %: held. No NPS line
    // (due in June).
    const january = csvInvoice(result.value, '2026-01', csv);
    expect(january.lines.map((l) => l.amount.toFixed(2))).toEqual(['500.00']);
    expect(plain(january.lines[0].explanation)).toContain('; gate NPS 90% ≥ 85%: held');
    // February: NPS 84 % < 85 %: the €500.00 bonus is withheld.
    expect(csvInvoice(result.value, '2026-02', csv).lines.map((l) => l.amount.toFixed(2))).toEqual(['0.00']);
    // June closes the half-year: (0.9 + 0.84 + 0.8 + 0.8 + 0.8 + 0.9) / 6 = 5.04 / 6 = 84 % < 85 %,
    // the gate fails on the half-year's average though June's 90 % would hold it; NPS 84 % ≥ 80 %: €100.00.
    const june = csvInvoice(result.value, '2026-06', csv);
    expect(june.lines.map((l) => l.amount.toFixed(2))).toEqual(['0.00', '100.00']);
    expect(plain(june.lines[0].explanation)).toContain('gate NPS 84% (average of H1 2026) < 85%: failed');
  });

  test('the Contract sheet: refused on the Gate KPI cell, in French', () => {
    const ok = parseContract(document({ aggregation: 'average' }, {}, { language: 'fr' }));
    if (!ok.ok) throw new Error('contract');
    const grid = planToGrid(contractSheetPlan(ok.value));
    const row = grid.findIndex((r) => r[0] === 'NPS');
    const header = grid.slice(0, row).filter((r) => r.includes('Agrégation'));
    grid[row][header[header.length - 1].indexOf('Agrégation')] = null;
    const result = contractFromSheet(grid, { lang: 'fr' });
    const gateRow = grid.findIndex((r) => r[0] === 'AHT');
    expect(result.ok ? [] : result.issues.map((i) => [i.row, plain(i.message)])).toEqual([
      [
        gateRow,
        expect.stringMatching(
          /^Contrat!\w+\d+ \(Indicateur de condition\) : la condition « NPS » est semestrielle, sans agrégation/,
        ),
      ],
    ]);
  });
});
