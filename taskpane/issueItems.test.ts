import type { ContractIssue } from '../core/app/bridge';
import { REPEATS_SHOWN } from '../core/contract/foldRepeats';
import { TASKPANE_STRINGS } from '../core/i18n/taskpane';
import { issueItems } from './issueItems';

/** French typography's no-break spaces as plain ones, to compare with what a reader sees. */
const seen = (label: string) => label.replace(/[\u00a0\u202f]/g, ' ');

/** An Actuals value refused on row `row` (1-based), as Check reports it. */
const atRow = (
  row: number,
  message = 'expected a number, got "0,774"',
  sheet = 'Actuals',
): ContractIssue => ({
  sheet,
  address: `D${row}`,
  column: 'Value',
  message,
});

describe('the pane’s problem list', () => {
  test('70,000 rows with one mistake list as ten items and one folded item with the count and the ranges', () => {
    const issues = [
      ...Array.from({ length: 70_000 }, (_, i) => atRow(i + 2)),
      { sheet: 'Contract', address: 'H7', column: 'Target', message: 'required' },
    ];
    const items = issueItems(issues, TASKPANE_STRINGS.en, 'en');
    expect(items).toHaveLength(REPEATS_SHOWN + 2);
    expect(items.slice(0, REPEATS_SHOWN).map((i) => i.issue)).toEqual(issues.slice(0, REPEATS_SHOWN));
    expect(items[0].label).toBe('Actuals!D2 (Value): expected a number, got "0,774"');
    expect(items[REPEATS_SHOWN]).toEqual({
      label: '… and 69,990 more with the same problem ("expected a number, got "0,774""): Actuals!D12:D70001',
    });
    expect(issueItems(issues, TASKPANE_STRINGS.fr, 'fr')[REPEATS_SHOWN].label).toMatch(
      /^… et 69\u202f990 autres /,
    );
    // Another problem after the folded one is listed as it is, its cell selectable.
    expect(items[REPEATS_SHOWN + 1].issue).toBe(issues[70_000]);
  });

  test('ranges break where rows do, a quoted sheet keeps its quotes, French says it in French', () => {
    const rows = [...Array.from({ length: 12 }, (_, i) => i + 2), 20, 21, 30];
    const issues = rows.map((r) => atRow(r, 'nombre attendu', 'KPI data'));
    const items = issueItems(issues, TASKPANE_STRINGS.fr, 'fr');
    expect(items).toHaveLength(REPEATS_SHOWN + 1);
    expect(items.at(-1)?.issue).toBeUndefined();
    expect(seen(items.at(-1)!.label)).toBe(
      `… et 5 autres avec le même problème (« nombre attendu ») : 'KPI data'!D12:D13, D20:D21, D30`,
    );
    expect(seen(items[0].label)).toBe(`'KPI data'!D2 (Value) : nombre attendu`);
  });

  test('ten repeats or fewer are all listed, each selecting its cell', () => {
    const issues = Array.from({ length: REPEATS_SHOWN }, (_, i) => atRow(i + 2));
    expect(issueItems(issues, TASKPANE_STRINGS.en, 'en').map((i) => i.issue)).toEqual(issues);
  });
});
