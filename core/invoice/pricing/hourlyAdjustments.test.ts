/**
 * The hourly line names every KPI clause that adjusts its rate, whether it moved the rate or not: a graded
 * scale and a step adjustment alike, one that changed nothing (+0 %), one a gate withheld, one not
 * evaluated. A buyer reading the hourly line sees every adjustment that applied or did not, each with the
 * rate it gives; the amounts are on the clauses' own lines. Golden, EN and FR, worked out by hand.
 */
import fc from 'fast-check';
import { buildActuals, type ActualEntry } from '../../contract/actuals';
import type { Contract, Language } from '../../contract/types';
import { dec } from '../../money';
import { parsedContract, plain, testContractJson } from '../../../test/support/testContract';
import { cell } from '../../../test/support/buyerFixture';
import { buildInvoice } from '../buildInvoice';

const KPI = { measure: 'm', period: 'monthly', model: 'rate-adjustment' };

function contract(language: Language, complexity?: string): Contract {
  return parsedContract(
    testContractJson({
      language,
      hourly: { label: 'Hours', rate: '80', ...(complexity === undefined ? {} : { adjustment: complexity }) },
      kpis: [
        // Graded: −10 % at 8 % cancellations or more, +10 % at 3 % or less.
        {
          name: 'Cancellations',
          ...KPI,
          unit: 'percent',
          direction: 'lower',
          grading: 'linear',
          threshold: '0.08',
          target: '0.03',
          malusRate: '0.10',
          bonusRate: '0.10',
        },
        // Step: +3 % of the hourly pay at 4 h or less, −5 % beyond 8 h, unchanged between.
        {
          name: 'Response time',
          ...KPI,
          unit: 'hours',
          direction: 'lower',
          threshold: '8',
          target: '4',
          malusRate: '0.05',
          bonusRate: '0.03',
        },
        // Step, gated: +2 % when complexity is handled (score ≥ 0.9), only if CSAT reaches 85 %.
        {
          name: 'Complexity',
          ...KPI,
          unit: 'points',
          direction: 'higher',
          target: '0.9',
          malusRate: '0',
          bonusRate: '0.02',
          gateKpi: 'CSAT',
          gateLevel: '0.85',
        },
        {
          name: 'CSAT',
          measure: 'm',
          unit: 'percent',
          direction: 'higher',
          period: 'monthly',
          model: 'threshold',
          threshold: '0.99',
          amount: '0',
        },
      ],
    }),
  );
}

function invoiceAt(
  values: { cancellations: string; response: string; complexity: string; csat: string },
  language: Language = 'en',
  options: { excluded?: string; complexity?: string } = {},
) {
  const month = '2026-03';
  const entries: ActualEntry[] = [
    { period: month, kind: 'hours', name: '', value: dec(100) },
    { period: month, kind: 'kpi', name: 'Cancellations', value: dec(values.cancellations) },
    { period: month, kind: 'kpi', name: 'Response time', value: dec(values.response) },
    { period: month, kind: 'kpi', name: 'Complexity', value: dec(values.complexity) },
    { period: month, kind: 'kpi', name: 'CSAT', value: dec(values.csat) },
    ...(options.excluded === undefined
      ? []
      : [{ period: month, kind: 'excluded' as const, name: 'Response time', reason: options.excluded }]),
  ];
  const result = buildInvoice(contract(language, options.complexity), buildActuals(entries), month);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

const hourlyText = (invoice: ReturnType<typeof invoiceAt>) =>
  plain(invoice.lines.find((l) => l.kind === 'hourly')!.explanation);
const amounts = (invoice: ReturnType<typeof invoiceAt>) =>
  invoice.lines.map((l) => `${l.label} ${l.amount.toFixed(2)}`);

describe('the hourly line names every rate adjustment', () => {
  // 100 h × €80 = 8,000.00. Cancellations 5 %: score (8 − 5) / 5 = 0.6, −10 % + 0.6 × 20 % = +2 %: 160.00
  // (€81.60/h). Response 3.5 h ≤ 4 h: +3 % = 240.00 (€82.40/h). Complexity 0.95 ≥ 0.9 and CSAT 90 % ≥ 85 %:
  // +2 % = 160.00 (€81.60/h). CSAT 90 % < 99 %: 0. Subtotal 8,560.00.
  test.each<[Language, string]>([
    [
      'en',
      '100 h × €80 = €8,000.00; rate adjusted by the KPIs: Cancellations +2% (€81.60/h), Response time +3% (€82.40/h), Complexity +2% (€81.60/h)',
    ],
    [
      'fr',
      '100 h × 80 € = 8 000,00 € ; taux ajusté par les KPI : Cancellations +2 % (81,60 €/h) ; Response time +3 % (82,40 €/h) ; Complexity +2 % (81,60 €/h)',
    ],
  ])('graded and step adjustments that moved the rate (%s)', (language, text) => {
    const invoice = invoiceAt(
      { cancellations: '0.05', response: '3.5', complexity: '0.95', csat: '0.9' },
      language,
    );
    expect(amounts(invoice)).toEqual([
      'Hours 8000.00',
      'Cancellations 160.00',
      'Response time 240.00',
      'Complexity 160.00',
      'CSAT 0.00',
    ]);
    expect(invoice.subtotal.toFixed(2)).toBe('8560.00');
    expect(hourlyText(invoice)).toBe(text);
  });

  // Response 6 h, between 4 h and 8 h: unchanged, +0 %. Complexity 0.95 but CSAT 80 % < 85 %: the gate
  // withholds the +2 %: +0 %. Cancellations 9 %, worse than 8 %: −10 % = −800.00 (€72/h).
  // Subtotal 8,000 − 800 = 7,200.00.
  test.each<[Language, string]>([
    [
      'en',
      '100 h × €80 = €8,000.00; rate adjusted by the KPIs: Cancellations −10% (€72/h), Response time +0% (€80/h), Complexity +0% (€80/h)',
    ],
    [
      'fr',
      '100 h × 80 € = 8 000,00 € ; taux ajusté par les KPI : Cancellations −10 % (72 €/h) ; Response time +0 % (80 €/h) ; Complexity +0 % (80 €/h)',
    ],
  ])('adjustments that left the rate as it was, a gate that withheld one (%s)', (language, text) => {
    const invoice = invoiceAt(
      { cancellations: '0.09', response: '6', complexity: '0.95', csat: '0.8' },
      language,
    );
    expect(amounts(invoice)).toEqual([
      'Hours 8000.00',
      'Cancellations -800.00',
      'Response time 0.00',
      'Complexity 0.00',
      'CSAT 0.00',
    ]);
    expect(hourlyText(invoice)).toBe(text);
  });

  // Response time excluded in March (client-caused outage): not evaluated, the rate unchanged by it.
  // Response 9 h would have cut 5 %; it gives 0.00. Cancellations 3 %: +10 % = 800.00 (€88/h).
  test.each<[Language, string]>([
    [
      'en',
      '100 h × €80 = €8,000.00; rate adjusted by the KPIs: Cancellations +10% (€88/h), Response time not evaluated (rate unchanged), Complexity +2% (€81.60/h)',
    ],
    [
      'fr',
      '100 h × 80 € = 8 000,00 € ; taux ajusté par les KPI : Cancellations +10 % (88 €/h) ; Response time non évalué (taux inchangé) ; Complexity +2 % (81,60 €/h)',
    ],
  ])('an adjustment not evaluated is said so (%s)', (language, text) => {
    const invoice = invoiceAt(
      { cancellations: '0.03', response: '9', complexity: '0.95', csat: '0.9' },
      language,
      { excluded: 'client-caused outage' },
    );
    expect(amounts(invoice).slice(0, 3)).toEqual([
      'Hours 8000.00',
      'Cancellations 800.00',
      'Response time 0.00',
    ]);
    expect(hourlyText(invoice)).toBe(text);
  });

  // A complexity adjustment of the hourly terms (+10 %): the rate is €88/h, and each KPI moves that rate.
  // 100 h × €80 × 1.1 = 8,800.00. Cancellations 5 %: +2 % = 176.00 (€88 × 1.02 = €89.76/h); the graded line's
  // rate change starts from €88/h too.
  test('the rates shown start from the hourly rate as the hourly terms adjust it', () => {
    const invoice = invoiceAt(
      { cancellations: '0.05', response: '6', complexity: '0.5', csat: '0.9' },
      'en',
      { complexity: '0.1' },
    );
    expect(amounts(invoice).slice(0, 2)).toEqual(['Hours 8800.00', 'Cancellations 176.00']);
    expect(hourlyText(invoice)).toBe(
      '100 h × €80 × (1 + 10%) = €8,800.00; rate adjusted by the KPIs: Cancellations +2% (€89.76/h), Response time +0% (€88/h), Complexity +0% (€88/h)',
    );
    expect(plain(invoice.lines[1].explanation)).toContain('€88/h → €89.76/h');
    // Complexity 0.5 misses 0.9, and the contract takes no cut for it: +0 %, never a "−0 %" cut.
    expect(plain(invoice.lines[3].explanation)).toBe(
      'Complexity 0.5 pts misses 0.9 pts: +0% of hourly pay €8,800.00 = €0.00; gate CSAT 90% ≥ 85%: held',
    );
    // By hand: the hourly line and the graded line together.
    expect(cell('HOURLYFEE(100, 80, 0.1) * (1 + (-0.1 + KPISCORE(0.05, 0.08, 0.03, "lower") * 0.2))')).toBe(
      Number(invoice.lines[0].amount.plus(invoice.lines[1].amount)),
    );
  });

  test('an hourly fee without rate-adjustment clauses says nothing more', () => {
    const plainHours = parsedContract(testContractJson({ hourly: { label: 'Hours', rate: '80' } }));
    const result = buildInvoice(
      plainHours,
      buildActuals([{ period: '2026-03', kind: 'hours', name: '', value: dec(10) }]),
      '2026-03',
    );
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(plain(result.invoice.lines[0].explanation)).toBe('10 h × €80 = €800.00');
  });
});

describe('property: the hourly line says what each adjustment line adds', () => {
  // Whatever the values, every rate-adjustment clause is named once, and the share it prints, applied to the
  // hourly pay and rounded to the cent, is its own line's amount: the hourly line never tells another story.
  const percent = fc.integer({ min: 0, max: 1000 }).map((n) => (n / 1000).toString());
  test('for any KPI values', () => {
    fc.assert(
      fc.property(
        percent,
        fc.integer({ min: 0, max: 120 }),
        percent,
        percent,
        (cancellations, tenths, complexity, csat) => {
          const invoice = invoiceAt({ cancellations, response: (tenths / 10).toString(), complexity, csat });
          const text = hourlyText(invoice);
          const pay = invoice.lines[0].amount;
          for (const name of ['Cancellations', 'Response time', 'Complexity']) {
            const said = new RegExp(`${name} ([+−])([\\d.]+)% \\(€[\\d.,]+/h\\)`).exec(text);
            expect(said).not.toBeNull();
            const share = dec(said![2])
              .times(said![1] === '−' ? -1 : 1)
              .dividedBy(100);
            const line = invoice.lines.find((l) => l.label === name)!;
            expect(pay.times(share).toDecimalPlaces(2).toFixed(2)).toBe(line.amount.toFixed(2));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
