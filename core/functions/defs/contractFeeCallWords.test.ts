/**
 * The runner's refusals of a whole CONTRACTFEE call (an argument too many, a table argument missing, a range
 * that is not rectangular) come before impl reads the contract: they were English on a French Contract
 * sheet. They follow the contract's language when its range is there to tell it (FunctionSpec.callWords),
 * and stay English without one (no contract, no language to read) and for every other function.
 */
import { bpoCustomerService } from '../../templates';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { englishWordIn } from '../../../test/support/englishWords';
import { withMargin } from '../../../test/support/rangeMargin';
import { loadFunctionsBundle, thrownError } from '../../../test/excel/loadFunctionsBundle';
import { evaluate } from '../evaluate';
import type { HostArg, HostMatrix } from '../hostValues';
import { findFunction } from '../registry';
import { CONTRACTFEE } from './contractFee';

const grid = (lang: 'en' | 'fr'): HostMatrix =>
  withMargin(planToGrid(contractSheetPlan(bpoCustomerService.contract(lang))));
const names: HostMatrix = [['Interactions']];
const values: HostMatrix = [[42500]];
const ragged = [['Interactions'], ['FCR', 'CSAT']] as HostMatrix;

/** Each refusal, its call on a sheet, and its message on the English and on the French sheet. */
const CASES: readonly [string, (contract: HostMatrix) => HostArg[], string, string][] = [
  [
    'an argument too many',
    (c) => [c, names, values, 'total', 'extra'],
    'CONTRACTFEE: takes at most 4 arguments (got 5)',
    'CONTRACTFEE\u00a0: prend au plus 4 arguments (5 donnés)',
  ],
  [
    'names missing',
    (c) => [c, null, values],
    'CONTRACTFEE: names is required and must be a range of names',
    'CONTRACTFEE\u00a0: names est obligatoire et doit être une plage de noms',
  ],
  [
    'values missing',
    (c) => [c, names, ''],
    'CONTRACTFEE: values is required and must be a range of numbers',
    'CONTRACTFEE\u00a0: values est obligatoire et doit être une plage de nombres',
  ],
  [
    'names not rectangular',
    (c) => [c, ragged, values],
    'CONTRACTFEE: names must be a rectangular, non-empty range',
    'CONTRACTFEE\u00a0: names doit être une plage rectangulaire non vide',
  ],
];

describe.each(CASES)('%s', (_, call, english, french) => {
  test('English on the English sheet, French on the French one, with no English word', () => {
    expect(evaluate(CONTRACTFEE, call(grid('en')))).toEqual({ kind: '#VALUE!', message: english });
    expect(evaluate(CONTRACTFEE, call(grid('fr')))).toEqual({ kind: '#VALUE!', message: french });
    // Function and argument names are the function's own, not words of a language.
    expect(englishWordIn(french.replace(/CONTRACTFEE|names|values/g, ''))).toBeUndefined();
  });
});

test('through the built functions.js: names left out of a call on the French sheet (run `npm run build`)', () => {
  // Excel hands every declared argument, null for an omitted one; it enforces the count itself.
  expect(
    thrownError(() => loadFunctionsBundle().call('CONTRACTFEE', [grid('fr'), null, values, null])),
  ).toEqual({
    code: '#VALUE!',
    message: 'CONTRACTFEE\u00a0: names est obligatoire et doit être une plage de noms',
  });
});

test('without a contract range there is no language to read: the runner’s English', () => {
  expect(evaluate(CONTRACTFEE, [null, names, values])).toEqual({
    kind: '#VALUE!',
    message: 'CONTRACTFEE: contract is required and must be the range of a Contract sheet',
  });
  expect(evaluate(CONTRACTFEE, [ragged, names, values])).toEqual({
    kind: '#VALUE!',
    message: 'CONTRACTFEE: contract must be a rectangular, non-empty range',
  });
});

test('the other functions keep the runner’s English words', () => {
  expect(evaluate(findFunction('TIEREDFEE')!, [650, null])).toEqual({
    kind: '#VALUE!',
    message: expect.stringMatching(/^TIEREDFEE: tiers is required and must be /),
  });
  expect(evaluate(findFunction('ACHIEVEMENT')!, [1, 2, 'higher', 4])).toEqual({
    kind: '#VALUE!',
    message: 'ACHIEVEMENT: takes at most 3 arguments (got 4)',
  });
});
