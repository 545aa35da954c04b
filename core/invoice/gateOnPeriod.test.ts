/**
 * Gates on quarterly invoices (issue 11): a gate is judged on the value its KPI's clause is judged on for
 * the invoice, the quarter's average when that clause averages its months, never the closing month's
 * alone. Golden invoices worked out by hand, EN and FR, the gate exactly at its level and failing where
 * the closing month would have held it; a gate KPI that forms no one value for the quarter is an error.
 */
import { buildActuals, type ActualEntry } from '../contract/actuals';
import { ahtClause, csatClause, parsedContract, testContractJson } from '../../test/support/testContract';
import { parseContract } from '../contract/json';
import type { Contract, Language } from '../contract/types';
import { dec } from '../money';
import { feeCurve } from '../model/feeCurve';
import { buildInvoice } from './buildInvoice';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
const Q1 = ['2026-01', '2026-02', '2026-03'];

function contract(language: Language, csat: Record<string, string> = {}): Contract {
  return parsedContract(contractJson(language, csat));
}

function contractJson(language: Language, csat: Record<string, string> = {}) {
  return testContractJson({
    id: 'gate-q',
    name: 'Quarterly gate',
    language,
    frequency: 'quarterly',
    volumes: [
      {
        name: 'Contacts',
        unit: 'contact',
        unitPrice: '2.50',
        gateKpi: 'CSAT',
        gateLevel: '0.85',
        fallbackPrice: '1.00',
      },
    ],
    kpis: [
      ahtClause({ aggregation: 'average', gateKpi: 'CSAT', gateLevel: '0.85' }),
      csatClause({
        aggregation: 'average',
        model: 'bonus-malus',
        target: '0.85',
        bonusRate: '1000',
        malusRate: '1000',
        ...csat,
      }),
    ],
  });
}

/** AHT 5 min every month, 100 contacts a month, CSAT as given month by month. */
function actuals(csat: readonly string[]) {
  const entries: ActualEntry[] = Q1.flatMap((period, i): ActualEntry[] => [
    { period, kind: 'kpi', name: 'AHT', value: dec('5') },
    { period, kind: 'kpi', name: 'CSAT', value: dec(csat[i]) },
    { period, kind: 'volume', name: 'Contacts', value: dec('100') },
  ]);
  return buildActuals(entries);
}

function invoice(c: Contract, csat: readonly string[]) {
  const result = buildInvoice(c, actuals(csat), '2026-01');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

const amounts = (inv: ReturnType<typeof invoice>) => inv.lines.map((l) => `${l.kind} ${l.amount.toFixed(2)}`);

describe('gates on quarterly invoices', () => {
  // CSAT 88 %, 88 %, 79 %: average (0.88 + 0.88 + 0.79) / 3 = 2.55 / 3 = 85 %, exactly the gate's level:
  // held (March's 79 % alone would have failed it). Contacts 3 × 100 = 300 × €2.50 = €750.00. AHT average
  // 5 min, 1 under the 6-min target × €500 = +€500.00. CSAT 85 % on its 85 % target: 0.
  // 750.00 + 500.00 + 0 = 1,250.00; VAT 20 % = 250.00; total 1,500.00.
  test.each<[Language, string, string]>([
    ['en', 'gate CSAT 85% (average of Q1 2026) ≥ 85%: held', 'CSAT 85% (average of Q1 2026) ≥ 85%'],
    [
      'fr',
      'condition CSAT 85 % (moyenne de T1 2026) ≥ 85 % : remplie',
      'CSAT 85 % (moyenne de T1 2026) ≥ 85 %',
    ],
  ])('the quarter average exactly at the level holds the gate (%s)', (lang, kpiText, volumeText) => {
    const inv = invoice(contract(lang), ['0.88', '0.88', '0.79']);
    expect(amounts(inv)).toEqual(['volume 750.00', 'kpi-adjustment 500.00', 'kpi-adjustment 0.00']);
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed(2))).toEqual([
      '1250.00',
      '250.00',
      '1500.00',
    ]);
    expect(plain(inv.lines[1].explanation)).toContain(kpiText);
    expect(plain(inv.lines[0].explanation)).toContain(volumeText);
  });

  // CSAT 80 %, 82 %, 90 %: average 2.52 / 3 = 84 % < 85 %: failed (March's 90 % alone would have held it).
  // AHT's +€500.00 is withheld: 0. Contacts 300 at the fallback €1.00 = €300.00. CSAT 1 point under its
  // target × €1,000 = −€10.00. 300.00 + 0 − 10.00 = 290.00; VAT 58.00; total 348.00.
  test.each<[Language, string]>([
    ['en', 'gate CSAT 84% (average of Q1 2026) < 85%: failed, €500.00 not paid: €0.00'],
    ['fr', 'condition CSAT 84 % (moyenne de T1 2026) < 85 % : non remplie, 500,00 € non versés : 0,00 €'],
  ])('the quarter average under the level fails the gate (%s)', (lang, text) => {
    const inv = invoice(contract(lang), ['0.80', '0.82', '0.90']);
    expect(amounts(inv)).toEqual(['volume 300.00', 'kpi-adjustment 0.00', 'kpi-adjustment -10.00']);
    expect(inv.total.toFixed(2)).toBe('348.00');
    expect(plain(inv.lines[1].explanation)).toContain(text);
  });

  // Evaluated each month, CSAT has no one value for the quarter to judge a gate on: the contract check
  // refuses the clause gate and the volume gate, each on its Gate KPI, naming what it gates and the first
  // invoice it would stop (it was said only once actuals were entered, and every quarter's invoice stopped).
  test.each<[Language, string, string]>([
    [
      'en',
      'kpis[0].gateKpi: gate "CSAT" is evaluated each month on its own (each-month), never as one value over several months, but "AHT" is evaluated every quarter: its invoice of Q1 2026 would have no one value of "CSAT" to judge, and stop; give "CSAT" an aggregation that forms one value (average, minimum…)',
      'volumes[0].gateKpi: gate "CSAT" is evaluated each month on its own (each-month), never as one value over several months, but the volume "Contacts" is priced on every invoice: its invoice of Q1 2026 would have no one value of "CSAT" to judge, and stop; give "CSAT" an aggregation that forms one value (average, minimum…), or gate the volume on a KPI evaluated on every invoice',
    ],
    [
      'fr',
      'kpis[0].gateKpi : la condition « CSAT » est évaluée chaque mois séparément (chaque-mois), jamais en une valeur sur plusieurs mois, mais « AHT » est évalué chaque trimestre : sa facture de T1 2026 n’aurait aucune valeur de « CSAT » à juger, et s’arrêterait ; donnez à « CSAT » une agrégation qui forme une valeur (moyenne, minimum…)',
      'volumes[0].gateKpi : la condition « CSAT » est évaluée chaque mois séparément (chaque-mois), jamais en une valeur sur plusieurs mois, mais le volume « Contacts » est facturé à chaque facture : sa facture de T1 2026 n’aurait aucune valeur de « CSAT » à juger, et s’arrêterait ; donnez à « CSAT » une agrégation qui forme une valeur (moyenne, minimum…), ou conditionnez le volume à un indicateur évalué à chaque facture',
    ],
  ])('a gate KPI evaluated each month is refused by the contract check (%s)', (lang, kpiText, volumeText) => {
    const result = parseContract(contractJson(lang, { aggregation: 'each-month' }), { lang });
    expect(result.ok ? [] : result.issues.map((i) => plain(i.message))).toEqual([kpiText, volumeText]);
  });

  // The model prices a scenario's CSAT as the quarter's value, every month at it, so its curve agrees with
  // the invoices above: at 84 % 300.00 + 0 − 10.00 = 290.00, at 85 % 750.00 + 500.00 + 0 = 1,250.00.
  test('a fee curve of the gate KPI agrees with the quarterly invoices', () => {
    const base = { kpis: new Map([['AHT', dec('5')]]), volumes: new Map([['Contacts', dec('300')]]) };
    const curve = feeCurve(contract('en'), base, 'CSAT', [dec('0.84'), dec('0.85')]);
    expect(curve.ok && curve.points.map((p) => p.subtotal.toFixed(2))).toEqual(['290.00', '1250.00']);
  });
});
