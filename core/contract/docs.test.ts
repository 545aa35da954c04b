/** docs/contract-format.md stays true: its examples are read by the code they describe. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { evaluateFormula } from '../formula/evaluateFormula';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { onlineBusinessManager } from '../templates/onlineBusinessManager';
import { actualsFromCsv } from './csv';
import { contractFromSheet } from './fromSheet';
import { loadContract } from './json';

const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'contract-format.md'), 'utf8');
const fence = (lang: string) => {
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(doc);
  if (!match) throw new Error(`no ${lang} block in docs/contract-format.md`);
  return match[1];
};

describe('docs/contract-format.md', () => {
  // Every "check by hand" the docs give as `FORMULA` = N: the worksheet functions return N (the tests of
  // each term check that it is the invoice line's amount).
  test('every check-by-hand formula returns the amount the docs give', () => {
    const prose = doc.replace(/\s*\n\s*/g, ' ');
    const claims = [...prose.matchAll(/`([^`]*\([^`]*)` = (-?\d[\d.]*\d|\d)/g)];
    expect(claims.length).toBeGreaterThanOrEqual(24);
    for (const [, formula, amount] of claims)
      expect([formula, evaluateFormula(formula)]).toEqual([formula, Number(amount)]);
  });

  test('the complete example is the BPO template', () => {
    expect(loadContract(fence('json'))).toEqual({ ok: true, value: bpoCustomerService.contract() });
  });

  test('the CSV example reads as the October actuals of the BPO template', () => {
    const result = actualsFromCsv(fence('csv'), bpoCustomerService.contract());
    expect(result.ok && result.value.periods.get('2026-10')).toEqual(
      bpoCustomerService.actuals().periods.get('2026-10'),
    );
  });

  test('the sheet problems it shows are the ones the reader gives', () => {
    const shown = fence('text').trim().split('\n');
    const bpo = planToGrid(contractSheetPlan(bpoCustomerService.contract())) as unknown[][];
    bpo[33][7] = 'n/a';
    bpo[34][7] = null;
    bpo[35][0] = 'FCR';
    bpo[11] = [];
    const obm = planToGrid(contractSheetPlan(onlineBusinessManager.contract('en')));
    obm[31][9] = 0.9;
    const messages = [bpo, obm].flatMap((grid) => {
      const result = contractFromSheet(grid as never);
      return result.ok ? [] : result.issues.map((issue) => issue.message);
    });
    expect(messages.sort()).toEqual([...shown].sort());
  });
});
