/**
 * Check lists a gate that can judge no one value on an invoice the actuals hold, on the gate KPI's cell of
 * that invoice (or on what it gates), in EN and FR, as invoicing would stop on it: a gate KPI evaluated
 * each month on quarterly invoices, a quarterly gate KPI read by a monthly clause before its quarter closes.
 */
import { buildInvoice } from '../invoice/buildInvoice';
import { now } from '../../test/support/syncActions';
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { ahtClause, csatClause, parsedContract, testContractJson } from '../../test/support/testContract';
import { dec } from '../money';
import { parseContract } from './json';
import { workbookActions } from '../app/actions';
import { actualsSheetPlan } from '../layout/actualsSheet';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { actualsFromCsv } from './csv';
import { contractProblems } from './check';
import { actualsForInvoice } from './invoiceActuals';
import type { Contract, Language } from './types';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

const document = (
  language: Language,
  frequency: string,
  csat: Record<string, string>,
  aht: Record<string, string> = {},
) =>
  testContractJson({
    id: 'gate-check',
    name: 'Gate check',
    language,
    frequency,
    volumes: [{ name: 'Contacts', unit: 'contact', unitPrice: '2.50' }],
    kpis: [
      ahtClause({ gateKpi: 'CSAT', gateLevel: '0.85', ...aht }),
      csatClause({ model: 'threshold', threshold: '0.8', amount: '100', ...csat }),
    ],
  });

/**
 * The contract with AHT gated by CSAT. The contract check now refuses a gate that forms no one value on
 * some invoice (schema/gatePeriods.ts); these tests keep the actuals' check and the invoice's own refusal of
 * it, so the gate is laid on the contract parsed without it.
 */
function contract(
  language: Language,
  frequency: string,
  csat: Record<string, string>,
  aht: Record<string, string> = {},
): Contract {
  const doc = document(language, frequency, csat, aht);
  const [owner, gate] = doc.kpis as readonly Record<string, unknown>[];
  const { gateKpi, gateLevel, ...ungated } = owner;
  const parsed = parsedContract({ ...doc, kpis: [ungated, gate] });
  const gated = { gateKpi, gateLevel: dec(gateLevel as string) };
  const kpis = parsed.kpis.map((k) => (k.name === 'AHT' ? { ...k, ...gated } : k));
  return { ...parsed, kpis } as Contract;
}

const MONTHS = ['2026-01', '2026-02', '2026-03'];
const csv = (csat: readonly (string | undefined)[]) =>
  [
    'Period,Kind,Name,Value',
    ...MONTHS.flatMap((m, i) => [
      `${m},volume,Contacts,100`,
      `${m},kpi,AHT,5`,
      ...(csat[i] === undefined ? [] : [`${m},kpi,CSAT,${csat[i]}`]),
    ]),
  ].join('\n');

const messages = (c: Contract, input: Parameters<typeof contractProblems>[1]) =>
  contractProblems({ ok: true, value: c }, input, { lang: c.language }).map((i) => plain(i.message));

describe('check: a gate that forms no one value on an invoice', () => {
  // Quarterly invoices, CSAT evaluated each month: no one value for Q1 to judge AHT's gate on. Said on
  // CSAT's March cell (the quarter's closing month): the CSV's line 10, column D.
  test.each<[Language, string]>([
    [
      'en',
      'actuals.csv!D10 (Value): "AHT", Gate KPI "CSAT": its clause forms no one value over 2026-01 – 2026-03',
    ],
    [
      'fr',
      'actuals.csv!D10 (Value) : « AHT », Indicateur de condition « CSAT » : sa clause ne forme pas une valeur unique sur 2026-01 – 2026-03',
    ],
  ])('each month on quarterly invoices, in a CSV file (%s)', (lang, message) => {
    const c = contract(lang, 'quarterly', { aggregation: 'each-month' }, { aggregation: 'average' });
    const found = messages(c, { csv: csv(['0.9', '0.9', '0.9']), file: 'actuals.csv' });
    expect(found).toHaveLength(1);
    expect(found[0].startsWith(message)).toBe(true);
    // The invoice stops on the same words.
    const read = actualsFromCsv(csv(['0.9', '0.9', '0.9']), c);
    const built = read.ok ? buildInvoice(c, read.value, '2026-01') : undefined;
    expect(built?.ok === false && built.problems.map(plain)).toContain(found[0].split(/\(Value\) ?: /)[1]);
    // Not a problem of the cells: the actuals still read, for the invoice to stop on it itself.
    expect(actualsForInvoice({ csv: csv(['0.9', '0.9', '0.9']) }, c, '2026-01').ok).toBe(true);
  });

  // The same on the Actuals sheet: CSAT's row, the 2026-03 column.
  test('each month on quarterly invoices, on the Actuals sheet', () => {
    const c = contract('en', 'quarterly', { aggregation: 'each-month' }, { aggregation: 'average' });
    const read = actualsFromCsv(csv(['0.9', '0.9', '0.9']), c);
    if (!read.ok) throw new Error('actuals');
    const grid = planToGrid(actualsSheetPlan(c, read.value));
    const row = grid.findIndex((r) => r[0] === 'kpi' && r[1] === 'CSAT');
    const col = grid.findIndex((r) => r.includes('2026-03'));
    const issues = contractProblems({ ok: true, value: c }, { grid, sheet: 'Actuals' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: 'Actuals', row, column: '2026-03' });
    expect(grid[col]?.[issues[0].col!]).toBe('2026-03');
  });

  // The task pane's Check reads the Contract sheet first: the gate is refused on its Gate KPI cell there
  // (schema/gatePeriods.ts), before any actuals.
  test('in the task pane Check', () => {
    const c = contract('en', 'quarterly', { aggregation: 'each-month' }, { aggregation: 'average' });
    const read = actualsFromCsv(csv(['0.9', '0.9', '0.9']), c);
    if (!read.ok) throw new Error('actuals');
    const book = new MemoryWorkbook();
    book.addSheet('Contract', planToGrid(contractSheetPlan(c)) as never);
    book.addSheet('Actuals', planToGrid(actualsSheetPlan(c, read.value)) as never);
    const check = now(workbookActions(book).checkContract('en'));
    expect(check.errors).toEqual([
      {
        sheet: 'Contract',
        address: expect.stringMatching(/^[A-Z]+\d+$/),
        column: 'Gate KPI',
        message:
          'gate "CSAT" is evaluated each month on its own (each-month), never as one value over several months, but "AHT" is evaluated every quarter: its invoice of Q1 2026 would have no one value of "CSAT" to judge, and stop; give "CSAT" an aggregation that forms one value (average, minimum…)',
      },
    ]);
  });

  // Monthly invoices, CSAT quarterly (one value on March): January's and February's AHT have no CSAT to be
  // gated by. CSAT has no cell those months, so each is said on AHT's cell of the month (lines 3 and 5).
  test('a quarterly gate KPI read by a monthly clause before its quarter closes', () => {
    const c = contract('en', 'monthly', { period: 'quarterly' });
    const found = messages(c, { csv: csv([undefined, undefined, '0.9']), file: 'actuals.csv' });
    expect(found.map((m) => m.split(': its clause')[0])).toEqual([
      'actuals.csv!D3 (Value): "AHT", Gate KPI "CSAT"',
      'actuals.csv!D5 (Value): "AHT", Gate KPI "CSAT"',
    ]);
    expect(found[0]).toContain('over 2026-01 (');
  });

  // Quarterly invoices, CSAT averaged over half-years: Q1 does not close its half-year, so it has no one
  // value to judge Q1's AHT on (said on CSAT's March cell, line 10); Q2 closes it and judges on the
  // half-year's average (no problem).
  test('a gate KPI aggregated over a longer period than the invoice, on the invoice not closing it', () => {
    const c = contract(
      'en',
      'quarterly',
      { aggregation: 'average', period: 'half-yearly' },
      { aggregation: 'average' },
    );
    const half = ['2026-04', '2026-05', '2026-06']
      .map((m) => `${m},volume,Contacts,100\n${m},kpi,AHT,5\n${m},kpi,CSAT,0.9`)
      .join('\n');
    const found = messages(c, { csv: `${csv(['0.9', '0.9', '0.9'])}\n${half}`, file: 'actuals.csv' });
    expect(found.map((m) => m.split(': its clause')[0])).toEqual([
      'actuals.csv!D10 (Value): "AHT", Gate KPI "CSAT"',
    ]);
    expect(found[0]).toContain('over 2026-01 – 2026-03');
  });

  test.each<[string, Record<string, string>, Record<string, string>]>([
    ['a quarter averaged on quarterly invoices', { aggregation: 'average' }, { aggregation: 'average' }],
    ['a quarterly gate KPI gating a quarterly clause', { period: 'quarterly' }, { period: 'quarterly' }],
  ])('no problem when the gate forms one value: %s', (_, csat, aht) => {
    const frequency = csat.aggregation ? 'quarterly' : 'monthly';
    const c = contract('en', frequency, csat, aht);
    const values = csat.aggregation ? ['0.9', '0.9', '0.9'] : [undefined, undefined, '0.9'];
    const text = csat.aggregation
      ? csv(values)
      : csv(values).replace('2026-01,kpi,AHT,5\n', '').replace('2026-02,kpi,AHT,5\n', '');
    expect(messages(c, { csv: text })).toEqual([]);
  });
});

describe('check and invoicing agree on every gate', () => {
  // Every invoicing frequency, gate KPI and gated clause period, with or without an aggregation, on a
  // year of complete actuals: Check lists an invoice exactly when that invoice stops on its gate.
  const FREQUENCIES = ['monthly', 'quarterly', 'half-yearly'] as const;
  const MONTHS_OF = { monthly: 1, quarterly: 3, 'half-yearly': 6 } as const;
  const AGGREGATIONS = [undefined, 'average', 'each-month'] as const;
  const cases = FREQUENCIES.flatMap((frequency) =>
    FREQUENCIES.flatMap((gatePeriod) =>
      AGGREGATIONS.flatMap((gateAggregation) =>
        FREQUENCIES.flatMap((ownerPeriod) =>
          AGGREGATIONS.map((ownerAggregation) => ({
            frequency,
            gatePeriod,
            gateAggregation,
            ownerPeriod,
            ownerAggregation,
          })),
        ),
      ),
    ),
  ).filter(
    (k) =>
      // The schema: a KPI without an aggregation is never evaluated on a period shorter than the invoice's.
      (k.gateAggregation !== undefined || MONTHS_OF[k.gatePeriod] >= MONTHS_OF[k.frequency]) &&
      (k.ownerAggregation !== undefined || MONTHS_OF[k.ownerPeriod] >= MONTHS_OF[k.frequency]),
  );

  test(`${cases.length} combinations`, () => {
    const year = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    let flagged = 0;
    for (const k of cases) {
      const terms = (period: string, aggregation: string | undefined) => ({
        period,
        ...(aggregation === undefined ? {} : { aggregation }),
      });
      const c = contract(
        'en',
        k.frequency,
        terms(k.gatePeriod, k.gateAggregation),
        terms(k.ownerPeriod, k.ownerAggregation),
      );
      // Aggregated KPIs every month, others on the months closing their period.
      const entered = (period: string, aggregated: boolean) =>
        year.filter((_, i) => aggregated || (i + 1) % MONTHS_OF[period as keyof typeof MONTHS_OF] === 0);
      const lines = [
        'Period,Kind,Name,Value',
        ...year.map((m) => `${m},volume,Contacts,100`),
        ...entered(k.ownerPeriod, k.ownerAggregation !== undefined).map((m) => `${m},kpi,AHT,5`),
        ...entered(k.gatePeriod, k.gateAggregation !== undefined).map((m) => `${m},kpi,CSAT,0.9`),
      ];
      const text = lines.join('\n');
      const listed = new Set(
        contractProblems({ ok: true, value: c }, { csv: text }).map((i) => /over (\S+)/.exec(i.problem)![1]),
      );
      const read = actualsFromCsv(text, c);
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      const starts = year.filter((_, i) => i % MONTHS_OF[k.frequency] === 0);
      // The contract check refuses the gate exactly when some invoice would stop on it.
      const refused = !parseContract(
        document(
          'en',
          k.frequency,
          terms(k.gatePeriod, k.gateAggregation),
          terms(k.ownerPeriod, k.ownerAggregation),
        ),
      ).ok;
      expect([k, refused]).toEqual([k, listed.size > 0]);
      for (const start of starts) {
        const built = buildInvoice(c, read.value, start);
        const stops = !built.ok && built.problems.some((p) => p.includes('forms no one value'));
        if (!built.ok && !stops)
          throw new Error(`${JSON.stringify(k)} ${start}: ${built.problems.join('\n')}`);
        expect([k, start, listed.has(start)]).toEqual([k, start, stops]);
        if (stops) flagged++;
      }
    }
    // Some combinations do stop, or the test would prove nothing.
    expect(flagged).toBeGreaterThan(20);
  });
});
