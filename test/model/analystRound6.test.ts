/**
 * Issue 12, sixth round, as a procurement analyst: contracts in different currencies are refused naming
 * which contract is in which currency (with three contracts, a list of currencies alone did not say which
 * one differs); a fee curve asked of a contract with no KPI says it has none (it said "the contract has: "
 * and nothing); a contract with no KPI has an exposure of one value, its fixed and volume fees; CONTRACTFEE
 * asked for a line kind the scenario's invoice has no line of (a cap that does not bind) gives 0, where it
 * said #VALUE! "output must be … a line kind", so a Scenarios sheet's column of it broke on some rows.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTRACTFEE } from '../../core/functions/defs/contractFee';
import { evaluate } from '../../core/functions/evaluate';
import { contractSheetPlan } from '../../core/layout/contractSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { feeCurve } from '../../core/model/feeCurve';
import { exposure } from '../../core/model/exposure';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';
import { now, bookWithContract } from '../support/syncActions';
import { runCli, templateFiles } from '../cli/runCli';
import { withMargin } from '../support/rangeMargin';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-round6-'));
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  const { contract, actuals } = await templateFiles();
  const json = JSON.parse(contract);
  writeFileSync(file('bpo.json'), contract);
  writeFileSync(file('proposal.json'), JSON.stringify({ ...json, id: 'proposal' }));
  writeFileSync(file('usd.json'), JSON.stringify({ ...json, id: 'usd', currency: 'USD' }));
  writeFileSync(file('fixed.json'), JSON.stringify({ ...json, id: 'fixed', kpis: [], caps: {} }));
  writeFileSync(file('actuals.csv'), actuals);
  writeFileSync(file('a.csv'), 'Scenario,Kind,Name,Value\na,volume,Interactions,42500\n');
});

describe('contracts in different currencies', () => {
  it('on the command line: each file named with its currency, exit 1, one line', async () => {
    const contracts = ['bpo.json', 'proposal.json', 'usd.json'].flatMap((f) => ['--contract', file(f)]);
    expect(await runCli(['compare', ...contracts, '--actuals', file('actuals.csv')])).toEqual({
      code: 1,
      out: '',
      err: 'the contracts are in different currencies (bpo.json in EUR, proposal.json in EUR, usd.json in USD): their totals do not compare',
    });
  });

  it('in the pane: each contract sheet named with its currency, in English and in French, nothing written', () => {
    const { book, actions } = bookWithContract();
    now(actions.newContract('bpo-customer-service', 'en'));
    const second = book.sheetMap.get('Contract (2)')!;
    const currency = second.findIndex((row) => row[1] === 'EUR');
    expect(currency).toBeGreaterThan(0);
    second[currency][1] = 'USD';
    const names = book.sheetNames();
    expect(() => actions.compareContracts('Contract', 'Contract (2)', 'en')).toThrow(
      'The contracts are in different currencies ("Contract" in EUR, "Contract (2)" in USD): their totals do not compare.',
    );
    expect(() => actions.compareContracts('Contract', 'Contract (2)', 'fr')).toThrow(
      'Les contrats sont dans des devises différentes («\u00a0Contract\u00a0» en EUR, «\u00a0Contract (2)\u00a0» en USD)\u00a0: leurs totaux ne se comparent pas.',
    );
    expect(book.sheetNames()).toEqual(names);
  });
});

describe('a contract with no KPI', () => {
  const contract = { ...bpoCustomerService.contract('en'), kpis: [], caps: {} };
  const values = { kpis: new Map(), volumes: new Map([['Interactions', dec(42500)]]) };

  it('has no fee curve, and says it has no KPI rather than an empty list', async () => {
    expect(feeCurve(contract, values, 'FCR', [dec('0.8')])).toEqual({
      ok: false,
      problems: ['unknown KPI "FCR"; the contract has no KPI'],
    });
    const fr = { ...bpoCustomerService.contract('fr'), kpis: [], caps: {} };
    expect(feeCurve(fr, values, 'FCR', [dec('0.8')])).toEqual({
      ok: false,
      problems: ['indicateur inconnu «\u00a0FCR\u00a0»\u00a0; le contrat n’a aucun indicateur'],
    });
    const run = await runCli([
      'curve',
      '--contract',
      file('fixed.json'),
      '--kpi',
      'FCR',
      '--scenarios',
      file('a.csv'),
      '--scenario',
      'a',
    ]);
    expect(run).toEqual({ code: 1, out: '', err: 'unknown KPI "FCR"; the contract has no KPI' });
  });

  it('has an exposure of one value: its fixed and volume fees, nothing unbounded', () => {
    // 20,000.00 fixed + 40,000 × 2.10 + 2,500 × 1.90 = 108,750.00; VAT 20 % 21,750.00; 130,500.00.
    const result = exposure(contract, values);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { min, max, unbounded } = result.exposure;
    expect([min!.total.toFixed(2), max!.total.toFixed(2)]).toEqual(['130500.00', '130500.00']);
    expect(unbounded).toEqual([]);
  });
});

describe('CONTRACTFEE asked for a line kind', () => {
  const grid = withMargin(planToGrid(contractSheetPlan(bpoCustomerService.contract('en'))));
  const names = [['Interactions'], ['FCR'], ['Average response time'], ['CSAT']];
  const kinds = [['bonus-cap', 'malus-cap', 'kpi-adjustment', 'sla-credit', 'earnback', 'fixed']];

  it('gives 0 for a kind the invoice has no line of, and the lines where it has', () => {
    // October 2026: no cap binds; FCR +560.00 and response time −320.00 adjust the fee.
    const october = [[42500], [0.774], [3.4], [0.912]];
    expect(evaluate(CONTRACTFEE, [grid, names, october, kinds])).toEqual([[0, 0, 240, 0, 0, 20000]]);
    // Best values: bonuses 9,600 + 3,000 + 5,000 (fee), the €6,000.00 bonus cap takes 11,600.00 back.
    const best = [[42500], [1], [0], [1]];
    expect(evaluate(CONTRACTFEE, [grid, names, best, kinds])).toEqual([[-11600, 0, 12600, 0, 0, 20000]]);
  });

  it('still refuses what is no output', () => {
    expect(
      evaluate(CONTRACTFEE, [grid, names, [[42500], [0.774], [3.4], [0.912]], 'bonus cap']),
    ).toMatchObject({
      kind: '#VALUE!',
      message: expect.stringMatching(/output must be total, subtotal, vat, a line kind/),
    });
  });
});
