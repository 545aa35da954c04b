import { dec } from '../money';
import { contractToJson, loadContract, parseContract, saveContract } from './json';
import { TEMPLATES } from '../templates';
import { bpoCustomerService } from '../templates/bpoCustomerService';

/** A contract document edited as loose JSON, the way a user edits a file (any field, any value). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

/** A small valid contract document, edited by each case. */
function documentWith(edit: (doc: Doc) => void = () => {}): Doc {
  const doc: Doc = {
    schema: 'outcome-fees/contract@1',
    id: 'test',
    name: 'Test contract',
    parties: { client: 'Client SA', provider: 'Provider SAS' },
    currency: 'EUR',
    language: 'en',
    vatRate: '0.20',
    frequency: 'monthly',
    firstPeriod: '2026-01',
    fixedFees: [{ label: 'Base', amount: '1000' }],
    hourly: { label: 'Hours', rate: '75', variablePay: '1000' },
    kpis: [
      {
        name: 'FCR',
        measure: 'm',
        unit: 'percent',
        direction: 'higher',
        period: 'monthly',
        model: 'bonus-malus',
        target: '0.75',
        bonusRate: '40000',
        malusRate: '40000',
      },
      {
        name: 'Conversion',
        measure: 'm',
        unit: 'percent',
        direction: 'higher',
        period: 'monthly',
        model: 'achievement-share',
        target: '0.25',
        weight: '0.6',
      },
      {
        name: 'Retention',
        measure: 'm',
        unit: 'percent',
        direction: 'higher',
        period: 'quarterly',
        model: 'achievement-share',
        target: '0.8',
        weight: '0.4',
      },
    ],
  };
  edit(doc);
  return doc;
}

function messages(value: unknown): string[] {
  const result = parseContract(value);
  return result.ok ? [] : result.issues.map((issue) => issue.message);
}

describe('saveContract / loadContract', () => {
  test.each(
    TEMPLATES.flatMap(
      (t) =>
        [
          [t.id, 'en', t],
          [t.id, 'fr', t],
        ] as const,
    ),
  )('%s (%s) survives a save and a load unchanged', (_id, lang, template) => {
    const contract = template.contract(lang);
    const text = saveContract(contract);
    expect(loadContract(text)).toEqual({ ok: true, value: contract });
  });

  test('amounts and rates are written as decimal strings, never as JSON numbers', () => {
    const text = saveContract(bpoCustomerService.contract());
    const saved = JSON.parse(text);
    expect(saved.schema).toBe('outcome-fees/contract@1');
    expect(saved.volumes[0].tiers[0]).toEqual({ upTo: '40000', unitPrice: '2.1', flatFee: '0' });
    expect(saved.kpis[0].tolerance).toBe('0.01');
    expect(saved.caps).toEqual({ bonus: { amount: '6000' }, malus: { percentOfBase: '0.01' } });
    expect(text).not.toMatch(/": -?\d/);
  });

  test('tiny and huge decimals stay in plain notation and exact', () => {
    // A price per unit may be finer than the cent; a billed amount may not (schema/minorUnitAmounts.test.ts).
    const tiny = parseContract(documentWith((d) => (d.hourly.rate = '0.00000001')));
    if (!tiny.ok) throw new Error('expected a contract');
    expect((contractToJson(tiny.value) as Doc).hourly.rate).toBe('0.00000001');
    // A price, not an amount: amounts are bounded to what a cell holds (see schema/hostMoney.test.ts).
    const doc = documentWith((d) => (d.hourly.rate = '123456789012345678901234.5'));
    const parsed = parseContract(doc);
    if (!parsed.ok) throw new Error('expected a contract');
    expect((contractToJson(parsed.value) as Doc).hourly.rate).toBe('123456789012345678901234.5');
  });

  test('defaults are applied: rounding, tolerance, flat fees, adjustment, score levels, caps', () => {
    const parsed = parseContract(
      documentWith((d) => {
        d.volumes = [{ name: 'Calls', unit: 'call', unitPrice: '1.5' }];
        d.kpis.push({
          name: 'NPS',
          measure: 'm',
          unit: 'points',
          direction: 'higher',
          period: 'monthly',
          model: 'kpi-score',
          threshold: '10',
          target: '30',
          amount: '500',
        });
      }),
    );
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
    const c = parsed.value;
    expect(c.rounding).toBe('half-away-from-zero');
    expect(c.caps).toEqual({});
    expect(c.hourly).toEqual({
      label: 'Hours',
      rate: dec('75'),
      adjustment: dec('0'),
      variablePay: dec('1000'),
    });
    expect(c.volumes[0]).toEqual({
      name: 'Calls',
      unit: 'call',
      mode: 'graduated',
      tiers: [{ upTo: null, unitPrice: dec('1.5'), flatFee: dec('0') }],
    });
    expect(c.kpis[0]).toMatchObject({ model: 'bonus-malus', tolerance: dec('0') });
    expect(c.kpis[0]).not.toHaveProperty('bonusCap');
    expect(c.kpis[1]).toMatchObject({ model: 'achievement-share', achievementCap: dec('1') });
    expect(c.kpis[3]).toMatchObject({ model: 'kpi-score', thresholdScore: dec('0'), stretchScore: dec('1') });
  });

  test('a JSON number is read as the decimal it prints as', () => {
    const parsed = parseContract(documentWith((d) => (d.vatRate = 0.1)));
    expect(parsed.ok && parsed.value.vatRate).toEqual(dec('0.1'));
  });

  test('text that is not JSON is one issue on the document', () => {
    expect(loadContract('{"schema": ')).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          path: '',
          message: expect.stringMatching(/^\(contract\): not valid JSON: /),
        }),
      ],
    });
  });

  test('another version of the format is refused by name', () => {
    expect(messages(documentWith((d) => (d.schema = 'outcome-fees/contract@2')))).toEqual([
      'schema: unsupported format "outcome-fees/contract@2": this version reads "outcome-fees/contract@1"',
    ]);
  });
});

describe('contract errors, all reported at once with their field path', () => {
  test('missing target, unknown model, weights not summing to 1, negative rate, a KPI named twice', () => {
    const doc = documentWith((d) => {
      delete d.kpis[0].target;
      d.kpis[0].malusRate = '-400';
      d.kpis[1].weight = '0.5';
      d.kpis[2].name = 'fcr';
      d.kpis.push({
        name: 'CSAT',
        measure: 'm',
        unit: 'percent',
        direction: 'higher',
        period: 'monthly',
        model: 'perf-fee',
        amount: '1',
      });
    });
    expect(messages(doc)).toEqual([
      'kpis[0].malusRate: must be ≥ 0',
      'kpis[0].target: required by the bonus-malus model',
      'kpis[3].model: expected one of threshold, bonus-malus, kpi-score, achievement-share, rate-adjustment, sla-credit, gain-share, got "perf-fee"',
      'kpis[2].name: KPI name "fcr" is used twice',
      'kpis[1].weight: the weights of the achievement-share clauses must sum to 1 (100 %), they sum to 0.9',
    ]);
  });

  test('fields: required, wrong types, unknown fields, currency, VAT range', () => {
    const doc = documentWith((d) => {
      delete d.name;
      d.currency = 'euro';
      d.vatRate = '1.2';
      d.language = 'de';
      d.firstPeriod = '2026-13';
      d.parties = 'Client SA';
      d.kpis[0].treshold = '0.7';
    });
    expect(messages(doc)).toEqual([
      'name: required',
      'parties: expected an object, got "Client SA"',
      'currency: expected an ISO 4217 currency code of 3 upper-case letters (EUR), got "euro"',
      'language: expected one of en, fr, got "de"',
      'vatRate: must be ≤ 1: did you mean 0.012?',
      'firstPeriod: expected a month YYYY-MM (2026-10), got "2026-13"',
      'kpis[0]: unknown field "treshold"',
    ]);
  });

  test('a rate of at most 1 typed as its percentage gets the fraction as a hint; beyond 100 the bound alone', () => {
    expect(messages(documentWith((d) => (d.vatRate = '20')))).toEqual([
      'vatRate: must be ≤ 1: did you mean 0.2?',
    ]);
    expect(messages(documentWith((d) => (d.vatRate = '2000')))).toEqual(['vatRate: must be ≤ 1']);
  });

  test.each(['JYP', 'EUE', 'XYZ', 'XXX'])(
    'a currency of three capitals that ISO 4217 does not know (%s) is an error, not a 2-decimal currency',
    (code) => {
      expect(messages(documentWith((d) => (d.currency = code)))).toEqual([
        `currency: "${code}" is no ISO 4217 currency code: check its spelling (EUR, USD, JPY)`,
      ]);
    },
  );

  test('every ISO 4217 currency the runtime knows reads, with its minor unit; French says it in French', () => {
    for (const code of Intl.supportedValuesOf('currency'))
      expect([code, messages(documentWith((d) => (d.currency = code)))]).toEqual([code, []]);
    for (const code of ['CLF', 'UYW', 'CHE'])
      expect(messages(documentWith((d) => (d.currency = code)))).toEqual([]);
    const french = loadContract(JSON.stringify(documentWith((d) => (d.currency = 'JYP'))), { lang: 'fr' });
    expect(french.ok ? [] : french.issues.map((i) => i.message)).toEqual([
      'currency\u00a0: «\u00a0JYP\u00a0» n’est pas un code devise ISO 4217\u00a0: vérifiez son orthographe (EUR, USD, JPY)',
    ]);
  });

  test('levels out of order for the direction, and parameters a model does not use', () => {
    const doc = documentWith((d) => {
      d.kpis[0] = {
        name: 'AHT',
        measure: 'm',
        unit: 'minutes',
        direction: 'lower',
        period: 'monthly',
        model: 'kpi-score',
        threshold: '5',
        target: '6',
        stretch: '7',
        amount: '100',
        tolerance: '0.5',
      };
    });
    expect(messages(doc)).toEqual([
      'kpis[0].tolerance: not used by the kpi-score model: leave it blank',
      'kpis[0].target: must be ≤ the threshold (5) for a KPI where lower is better',
      'kpis[0].stretch: must be ≤ the target (6) for a KPI where lower is better',
    ]);
  });

  test('terms a model needs elsewhere in the contract', () => {
    const doc = documentWith((d) => {
      delete d.hourly.variablePay;
      d.frequency = 'quarterly';
      d.kpis.push({
        name: 'Uptime',
        measure: 'm',
        unit: 'percent',
        direction: 'higher',
        period: 'quarterly',
        model: 'sla-credit',
        threshold: '0.99',
        allocation: '0.5',
      });
      d.earnback = { periods: 3 };
      d.lastPeriod = '2025-12';
    });
    expect(messages(doc)).toEqual([
      'lastPeriod: must not be before the first period (2026-01)',
      'kpis[0].period: a monthly KPI cannot be evaluated on quarterly invoices: choose quarterly or longer, or give it an aggregation (average, sum…)',
      "kpis[1].model: the achievement-share model needs the hourly fee's variable pay",
      'kpis[1].period: a monthly KPI cannot be evaluated on quarterly invoices: choose quarterly or longer, or give it an aggregation (average, sum…)',
      "kpis[2].model: the achievement-share model needs the hourly fee's variable pay",
      'kpis[3].model: the sla-credit model needs the SLA at-risk amount or percentage',
    ]);
  });

  test('an earnback without service-level clauses, caps given twice, an SLA without its at-risk amount', () => {
    const doc = documentWith((d) => {
      d.earnback = { periods: 0 };
      d.caps = { bonus: { amount: '100', percentOfBase: '0.1' } };
      d.sla = { basis: 'base-fees' };
    });
    expect(messages(doc)).toEqual([
      'caps.bonus.percentOfBase: give either an amount or a percentage, not both',
      'earnback.periods: expected a whole number from 1 to 24, got 0',
      'sla.atRisk: required: give the SLA at-risk amount or percentage',
    ]);
    expect(messages(documentWith((d) => (d.earnback = { periods: 3 })))).toEqual([
      'earnback.periods: an earnback needs sla-credit clauses',
    ]);
  });

  test('price tiers: ascending, only the last open-ended', () => {
    const doc = documentWith((d) => {
      d.volumes = [
        {
          name: 'Calls',
          unit: 'call',
          tiers: [
            { upTo: '1000', unitPrice: '2' },
            { upTo: null, unitPrice: '1.5' },
            { upTo: '500', unitPrice: '1' },
          ],
        },
        { name: 'calls', unit: 'call', tiers: [] },
      ];
    });
    expect(messages(doc)).toEqual([
      'volumes[0].tiers[1].upTo: only the last tier may be open-ended (a blank "up to")',
      'volumes[0].tiers[2].upTo: the last tier must be open-ended: leave "up to" blank',
      'volumes[1].tiers: a volume needs at least one price tier',
      'volumes[1].name: volume name "calls" is used twice',
    ]);
  });

  test('a contract without any fee', () => {
    expect(
      messages(
        documentWith((d) => {
          d.fixedFees = [];
          delete d.hourly;
          d.kpis = [];
        }),
      ),
    ).toEqual([
      'fixedFees: the contract has no fees: add a fixed fee, an hourly fee, a volume or a KPI clause',
    ]);
  });

  test('messages in French', () => {
    const result = parseContract(
      documentWith((d) => delete d.kpis[0].target),
      { lang: 'fr' },
    );
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'kpis[0].target\u00a0: obligatoire pour le modèle bonus-malus',
    ]);
  });
});

describe('input trust: what a plausible mistake gives is an error at its place, never a number', () => {
  const bonusMalus = (edit: Doc) => ({
    name: 'FCR',
    measure: 'm',
    unit: 'percent',
    direction: 'higher',
    period: 'monthly',
    model: 'bonus-malus',
    target: '0.75',
    bonusRate: '40000',
    malusRate: '40000',
    ...edit,
  });
  const withKpi = (kpi: Doc) =>
    documentWith((d) => {
      d.kpis = [kpi];
      delete d.hourly;
    });

  test('a key given twice is an error at its path, wherever it is (JSON.parse keeps the last silently)', () => {
    const text = JSON.stringify(documentWith(), null, 2)
      .replace('"vatRate": "0.20",', '"vatRate": "0.20",\n  "vatRate": "0.055",')
      .replace('"target": "0.75",', '"target": "0.75",\n "target": "0.5",');
    const result = loadContract(text);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'vatRate: "vatRate" is given twice',
      'kpis[0].target: "target" is given twice',
    ]);
    expect(loadContract(JSON.stringify(documentWith())).ok).toBe(true);
  });

  test('a key given twice is reported with the schema problems of the same document', () => {
    const text = JSON.stringify(documentWith((d) => (d.currency = 'eur'))).replace(
      '"id":"test"',
      '"id":"test","id":"other"',
    );
    const result = loadContract(text, { lang: 'fr' });
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'id\u00a0: «\u00a0id\u00a0» est donné deux fois',
      'currency\u00a0: code devise ISO 4217 de 3 lettres majuscules attendu (EUR), reçu «\u00a0eur\u00a0»',
    ]);
  });

  test.each([
    ['threshold', 'bonus-malus', { threshold: '0.7' }],
    ['stretch', 'bonus-malus', { stretch: '0.8' }],
    ['threshold', 'achievement-share', { threshold: '0.2' }],
    ['threshold', 'gain-share', { threshold: '30' }],
    ['target', 'threshold', { target: '0.95' }],
  ])('a %s on a %s clause is not used, hence an error', (level, model, extra) => {
    const bases: Record<string, Doc> = {
      'bonus-malus': bonusMalus({}),
      'achievement-share': bonusMalus({
        model: 'achievement-share',
        bonusRate: undefined,
        malusRate: undefined,
        weight: '1',
      }),
      'gain-share': bonusMalus({
        unit: 'count',
        model: 'gain-share',
        target: undefined,
        bonusRate: undefined,
        malusRate: undefined,
        baseline: '40',
        share: '25',
      }),
      threshold: bonusMalus({
        model: 'threshold',
        target: undefined,
        bonusRate: undefined,
        malusRate: undefined,
        threshold: '0.9',
        amount: '5000',
      }),
    };
    const base = bases[model];
    const doc = documentWith((d) => (d.kpis = [JSON.parse(JSON.stringify({ ...base, ...extra }))]));
    expect(messages(doc)).toEqual([`kpis[0].${level}: not used by the ${model} model: leave it blank`]);
  });

  test('a percent level typed as a percentage is outside the valid range, with the fraction as a hint', () => {
    expect(messages(withKpi(bonusMalus({ target: '75' })))).toEqual([
      'kpis[0].target: 75 is outside the valid range of a percent KPI (0 to 1): did you mean 0.75?',
    ]);
    expect(messages(withKpi(bonusMalus({ unit: 'minutes', direction: 'lower', target: '-3' })))).toEqual([
      'kpis[0].target: -3 is outside the valid range of a minutes KPI (≥ 0); the contract may declare another range (Valid min, Valid max)',
    ]);
  });

  test('a level outside the valid range is that one mistake: the order of the levels says nothing more', () => {
    // Threshold 70 typed for 70 %: not also "the target must be ≥ the threshold (70)".
    const score = bonusMalus({
      model: 'kpi-score',
      threshold: '70',
      target: '0.8',
      amount: '1000',
      bonusRate: undefined,
      malusRate: undefined,
    });
    expect(messages(withKpi(score))).toEqual([
      'kpis[0].threshold: 70 is outside the valid range of a percent KPI (0 to 1): did you mean 0.7?',
    ]);
  });

  test('a clause may declare its own range (a growth rate above 100 %), which must not be empty', () => {
    const growth = bonusMalus({ name: 'Growth', target: '1.5', validMin: '-1', validMax: '5' });
    const result = parseContract(withKpi(growth));
    expect(result.ok && result.value.kpis[0]).toMatchObject({ validMin: dec(-1), validMax: dec(5) });
    expect(result.ok && JSON.parse(saveContract(result.value)).kpis[0]).toMatchObject({
      validMin: '-1',
      validMax: '5',
    });
    expect(messages(withKpi(bonusMalus({ target: '6', validMax: '5' })))).toEqual([
      'kpis[0].target: 6 is outside the valid range the contract declares (0 to 5): did you mean 0.06?',
    ]);
    expect(messages(withKpi(bonusMalus({ validMin: '2' })))).toEqual(['kpis[0].validMin: must be ≤ 1']);
  });

  test('points default to −100…100 (NPS), scores to ≥ 0; the baseline of a gain share is a value too', () => {
    const nps = bonusMalus({ name: 'NPS', unit: 'points', target: '30', bonusRate: '10', malusRate: '10' });
    expect(messages(withKpi(nps))).toEqual([]);
    expect(messages(withKpi({ ...nps, target: '130' }))).toEqual([
      'kpis[0].target: 130 is outside the valid range of a points KPI (-100 to 100); the contract may declare another range (Valid min, Valid max)',
    ]);
    const gain = bonusMalus({
      unit: 'percent',
      model: 'gain-share',
      target: undefined,
      bonusRate: undefined,
      malusRate: undefined,
      baseline: '40',
      share: '25',
    });
    expect(messages(withKpi(JSON.parse(JSON.stringify(gain))))).toEqual([
      'kpis[0].baseline: 40 is outside the valid range of a percent KPI (0 to 1): did you mean 0.4?',
    ]);
  });

  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    '%j is no direction, unit, model, frequency or tier mode',
    (word) => {
      const doc = documentWith((d) => {
        d.kpis[0].direction = word;
        d.volumes = [{ name: 'Calls', unit: 'call', mode: word, unitPrice: '1' }];
        d.frequency = word;
      });
      expect(messages(doc)).toEqual([
        `frequency: expected one of monthly, quarterly, half-yearly, yearly, got "${word}"`,
        `volumes[0].mode: expected one of graduated, volume, got "${word}"`,
        `kpis[0].direction: expected one of higher, lower, got "${word}"`,
      ]);
    },
  );

  test('a "__proto__" key is an unknown field, not the prototype', () => {
    const result = loadContract(
      JSON.stringify(documentWith()).replace('{"schema"', '{"__proto__":{},"schema"'),
    );
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      '(contract): unknown field "__proto__"',
    ]);
  });
});

describe('an invoice JSON given as a contract', () => {
  // It listed a dozen problems: schema, id, name… required, then every invoice field unknown.
  const invoice = { number: 'bpo-2026-10', period: '2026-10', lines: [], total: '136788.00' };
  test.each([
    [
      'en',
      '(contract): this is the invoice "bpo-2026-10", not a contract: give the contract file it was computed from',
    ],
    [
      'fr',
      '(contrat)\u00a0: c’est la facture «\u00a0bpo-2026-10\u00a0», pas un contrat\u00a0: donnez le fichier du contrat dont elle est calculée',
    ],
  ] as const)('is said to be one, in one line (%s)', (lang, message) => {
    const result = loadContract(JSON.stringify(invoice), { lang });
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([message]);
  });

  test('a contract with a field named total is still read as a contract', () => {
    const result = loadContract(JSON.stringify({ ...documentWith(), lines: [], total: '1' }));
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      '(contract): unknown field "lines"; unknown field "total"',
    ]);
  });
});
