/**
 * An amount a contract bills as stated (a fixed fee, a rebate, a minimum fee, a tier's flat fee, a KPI's
 * amount, a neutral fee, an amended fixed fee) has at most the currency's minor unit digits: 1000.005 EUR
 * was rounded silently on every invoice. So has every limit or base the contract states as an amount (a
 * cap, a clause's cap or floor, the amount at risk, the variable pay): a cap of €500.005 let through
 * €500.00, a figure neither party wrote. Prices per unit (unit prices, the hourly rate, bonus and malus
 * rates, shares) keep their digits: €0.0821 an item is a price, not an amount; a cap stated as a share of
 * the fees is computed exactly and lets through its value rounded toward zero (README "Caps are exact").
 */
import { contractFromSheet } from '../fromSheet';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { TEMPLATES } from '../../templates';
import { contractToJson, parseContract } from '../json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

const template = (id: string) => TEMPLATES.find((t) => t.id === id)!;
const documentOf = (id: string, edit: (doc: Doc) => void): Doc => {
  const doc = contractToJson(template(id).contract('en')) as Doc;
  edit(doc);
  return doc;
};
const messages = (doc: Doc, lang: 'en' | 'fr' = 'en') => {
  const result = parseContract(doc, { lang });
  return result.ok ? [] : result.issues.map((i) => i.message.replace(/[\u00a0\u202f]/g, ' '));
};
const EUR_CENTS = 'must have at most 2 decimals, as EUR amounts do (3 here): an invoice would round it';

test.each([
  [
    'a fixed fee',
    'bpo-customer-service',
    (d: Doc) => (d.fixedFees[0].amount = '20000.005'),
    'fixedFees[0].amount',
  ],
  [
    'a fixed fee as a JSON number',
    'bpo-customer-service',
    (d: Doc) => (d.fixedFees[0].amount = 20000.005),
    'fixedFees[0].amount',
  ],
  [
    'a rebate',
    'bpo-customer-service',
    (d: Doc) => (d.rebates = [{ label: 'Volume rebate', amount: '500.125' }]),
    'rebates[0].amount',
  ],
  ['a KPI amount', 'bpo-customer-service', (d: Doc) => (d.kpis[2].amount = '5000.001'), 'kpis[2].amount'],
  [
    'a tier flat fee',
    'bpo-customer-service',
    (d: Doc) => (d.volumes[0].tiers[0].flatFee = '10.005'),
    'volumes[0].tiers[0].flatFee',
  ],
  [
    'a minimum fee',
    'credit-processing',
    (d: Doc) => (d.volumes[0].minimumFee = '15000.015'),
    'volumes[0].minimumFee',
  ],
  [
    'an amended fixed fee',
    'bpo-customer-service',
    (d: Doc) => (d.amendments = [{ from: '2026-07', fee: d.fixedFees[0].label, amount: '21000.005' }]),
    'amendments[0].amount',
  ],
  ['a bonus cap', 'bpo-customer-service', (d: Doc) => (d.kpis[0].bonusCap = '500.005'), 'kpis[0].bonusCap'],
  ['a malus cap', 'bpo-customer-service', (d: Doc) => (d.kpis[0].malusCap = '500.005'), 'kpis[0].malusCap'],
  [
    'a gain-share floor',
    'it-services-sla',
    (d: Doc) => {
      const share = d.kpis.findIndex((k: Doc) => k.model === 'gain-share');
      d.kpis[share].floor = '-100.005';
    },
    'kpis[4].floor',
  ],
  [
    'an invoice bonus cap',
    'bpo-customer-service',
    (d: Doc) => (d.caps = { bonus: { amount: '6000.999' } }),
    'caps.bonus.amount',
  ],
  [
    'an invoice malus cap',
    'bpo-customer-service',
    (d: Doc) => (d.caps = { malus: { amount: '6000.999' } }),
    'caps.malus.amount',
  ],
  [
    'the amount at risk',
    'it-services-sla',
    (d: Doc) => (d.sla.atRisk = { amount: '12000.125' }),
    'sla.atRisk.amount',
  ],
  [
    'the variable pay',
    'online-business-manager',
    (d: Doc) => (d.hourly.variablePay = '1000.001'),
    'hourly.variablePay',
  ],
])('%s with a tenth of a cent is refused at its field', (_, id, edit, path) => {
  expect(messages(documentOf(id, edit))).toEqual([`${path}: ${EUR_CENTS}`]);
});

test('a currency without minor unit takes whole amounts, one of three decimals its thousandths', () => {
  const yen = documentOf('bpo-customer-service', (d) => {
    d.currency = 'JPY';
    d.fixedFees[0].amount = '20000.5';
  });
  expect(messages(yen)).toEqual([
    'fixedFees[0].amount: must be a whole amount, as JPY has no minor unit: an invoice would round it',
  ]);
  const dinar = (amount: string) =>
    documentOf('bpo-customer-service', (d) => {
      d.currency = 'KWD';
      d.fixedFees[0].amount = amount;
    });
  expect(messages(dinar('20000.005'))).toEqual([]);
  expect(messages(dinar('20000.0005'))).toEqual([
    'fixedFees[0].amount: must have at most 3 decimals, as KWD amounts do (4 here): an invoice would round it',
  ]);
});

test('prices per unit, limits at the cent, shares of the fees and trailing zeros keep their digits', () => {
  expect(
    messages(
      documentOf('it-services-sla', (d) => {
        d.sla.atRisk = { amount: '12000.12' };
        d.caps = { bonus: { amount: '6000.990' }, malus: { percentOfBase: '0.0525' } };
      }),
    ),
  ).toEqual([]);
  const doc = documentOf('bpo-customer-service', (d) => {
    d.kpis[0].bonusCap = '500.00';
    d.fixedFees[0].amount = '20000.000';
    d.volumes[0].tiers[0].unitPrice = '2.1025';
    d.kpis[0].bonusRate = '40000.125';
    d.amendments = [{ from: '2026-07', fee: d.volumes[0].name, amount: '0.0821' }];
  });
  expect(messages(doc)).toEqual([]);
});

test('said in French', () => {
  expect(
    messages(
      documentOf('bpo-customer-service', (d) => (d.fixedFees[0].amount = '20000.005')),
      'fr',
    ),
  ).toEqual([
    'fixedFees[0].amount : doit avoir au plus 2 décimales, comme un montant en EUR (3 ici) : une facture l’arrondirait',
  ]);
});

test('on the Contract sheet, at the cell', () => {
  const grid = planToGrid(contractSheetPlan(template('bpo-customer-service').contract('en')));
  const row = grid.findIndex((r) => r.includes(20000));
  const col = grid[row].indexOf(20000);
  const edited = grid.map((r, i) => (i === row ? r.map((c, j) => (j === col ? 20000.005 : c)) : r));
  const read = contractFromSheet(edited, { sheet: 'Contract', lang: 'en' });
  expect(read.ok).toBe(false);
  if (read.ok) return;
  expect(read.issues).toEqual([
    expect.objectContaining({
      row,
      col,
      problem: expect.stringContaining('at most 2 decimals, as EUR amounts do'),
    }),
  ]);
});

test('a fixed fee indexed to 4 decimals may be stated to 4, not 5; other amounts stay to the cent', () => {
  const indexed = (edit: (doc: Doc) => void) =>
    documentOf('it-services-sla', (d) => {
      d.indexation = { ...d.indexation, decimals: 4 };
      edit(d);
    });
  expect(messages(indexed((d) => (d.fixedFees[0].amount = '100000.1234')))).toEqual([]);
  expect(messages(indexed((d) => (d.fixedFees[0].amount = '100000.12345')))).toEqual([
    "fixedFees[0].amount: must have at most 4 decimals, the revised prices' decimals of the indexation (5 here): an invoice would round it",
  ]);
  expect(messages(indexed((d) => (d.volumes[0].tiers[0].flatFee = '10.005')))).toEqual([
    `volumes[0].tiers[0].flatFee: ${EUR_CENTS}`,
  ]);
});
