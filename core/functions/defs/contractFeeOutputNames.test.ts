/**
 * CONTRACTFEE's `output` never reads one thing for another: a KPI or volume named as an output word
 * (`Total`, `VAT`, a line kind such as `Volume`) made `"Total"` the invoice's total and `"Volume"` the volume
 * lines and that volume's together, a plausible number for a clause's own lines.
 */
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { priceScenario } from '../../model/scenario';
import { decSum, dec, toHostNumber } from '../../money';
import { TEMPLATES } from '../../templates';
import type { Contract } from '../../contract/types';
import { evaluate } from '../evaluate';
import { findFunction } from '../registry';
import { withMargin } from '../../../test/support/rangeMargin';

const CONTRACTFEE = findFunction('CONTRACTFEE')!;
const bpo = TEMPLATES.find((t) => t.id === 'bpo-customer-service')!.contract();
const FCR = bpo.kpis.find((k) => k.name === 'FCR')!;
const VOLUME = bpo.volumes[0].name;

/** The BPO contract with its FCR clause and its volume renamed. */
function renamed(kpi: string, volume: string): Contract {
  return {
    ...bpo,
    kpis: bpo.kpis.map((k) => (k === FCR ? { ...k, name: kpi } : k)),
    volumes: bpo.volumes.map((v, i) => (i === 0 ? { ...v, name: volume } : v)),
  };
}

function call(contract: Contract, ...output: string[]) {
  const grid = withMargin(planToGrid(contractSheetPlan(contract)));
  const names = [[contract.volumes[0].name], [contract.kpis[0].name], ['Average response time'], ['CSAT']];
  // October 2026 of the template: 136,788.00.
  return evaluate(CONTRACTFEE, [grid, names, [[42500], [0.774], [3.4], [0.912]], ...output]);
}

test('the renamed clauses are the ones the test means', () => {
  expect(bpo.kpis[0]).toBe(FCR);
  expect(call(bpo)).toBe(136788);
});

test.each([
  ['Total', "the invoice's total", 'KPI "Total"'],
  ['subtotal', "the invoice's subtotal", 'KPI "Subtotal"'],
  ['VAT', "the invoice's VAT", 'KPI "VAT"'],
  ['kpi-fee', "the invoice's lines of kind kpi-fee", 'KPI "kpi-fee"'],
])('a KPI named %s is refused as output, naming both meanings', (written, meaning, clause) => {
  const kpi = clause.slice(5, -1);
  const contract = renamed(kpi, VOLUME);
  expect(call(contract, written)).toEqual({
    kind: '#VALUE!',
    message:
      `CONTRACTFEE: output ${JSON.stringify(written)} names ${meaning} and the ${clause}: ` +
      'rename that KPI or volume on the Contract sheet to ask for its lines',
  });
  // Left out, output is the total, whatever the clauses are called.
  expect(call(contract)).toBe(136788);
});

test('a volume named as a line kind is refused as output, the other line kinds and names still given', () => {
  const contract = renamed('FCR', 'Volume');
  const priced = priceScenario(contract, {
    kpis: new Map([
      ['FCR', dec('0.774')],
      ['Average response time', dec('3.4')],
      ['CSAT', dec('0.912')],
    ]),
    volumes: new Map([['Volume', dec('42500')]]),
  });
  if (!priced.ok) throw new Error(priced.problems.join('\n'));
  const sum = (kind: string) =>
    toHostNumber(decSum(priced.invoice.lines.filter((l) => l.kind === kind).map((l) => l.amount)));
  expect(call(contract, 'volume')).toMatchObject({
    kind: '#VALUE!',
    message: expect.stringContaining(`names the invoice's lines of kind volume and the volume "Volume"`),
  });
  expect(call(contract, 'fixed')).toBe(sum('fixed'));
  expect(call(contract, 'FCR')).toBe(
    toHostNumber(decSum(priced.invoice.lines.filter((l) => l.kpi === 'FCR').map((l) => l.amount))),
  );
});

test('a clause not named as an output word keeps its own lines, and a line kind its lines', () => {
  const contract = renamed('First contact', VOLUME);
  const own = call(contract, 'First contact');
  expect(typeof own).toBe('number');
  expect(call(bpo, 'FCR')).toBe(own);
});

test('said in French on a French contract sheet', () => {
  const fr = TEMPLATES.find((t) => t.id === 'bpo-customer-service')!.contract('fr');
  const first = fr.kpis[0];
  const contract = { ...fr, kpis: fr.kpis.map((k) => (k === first ? { ...k, name: 'Total' } : k)) };
  const grid = withMargin(planToGrid(contractSheetPlan(contract)));
  const names = [[contract.volumes[0].name], ['Total'], [fr.kpis[1].name], [fr.kpis[2].name]];
  const result = evaluate(CONTRACTFEE, [grid, names, [[42500], [0.774], [3.4], [0.912]], 'total']);
  expect(result).toMatchObject({ kind: '#VALUE!' });
  // French spacing (no-break spaces before : and inside « ») aside.
  expect((result as { message: string }).message.replace(/[\u00a0\u202f]/g, ' ')).toBe(
    'CONTRACTFEE : output « total » désigne le total de la facture et le KPI « Total » : ' +
      'renommez ce KPI ou ce volume dans la feuille Contrat pour obtenir ses lignes',
  );
});
