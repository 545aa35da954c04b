import type { CheckResult } from '../../core/app/bridge';
import { checkSummary } from './triggers';

const issue = (n: number) => ({ sheet: 'KPI data', address: `C${n}`, column: 'Value', message: `bad ${n}.` });

describe('the Check contract alert', () => {
  it('says the contract is valid', () => {
    expect(checkSummary({ ok: true, errors: [], periods: [] }, 'en')).toBe('The contract is valid.');
  });

  it('lists problems with their cells, in the user’s language', () => {
    const result: CheckResult = {
      ok: false,
      errors: [issue(4), { sheet: 'Contract', address: 'A2', column: '', message: 'no currency.' }],
      periods: [],
    };
    expect(checkSummary(result, 'fr')).toBe(
      "2 problèmes trouvés dans le contrat.\n\n• 'KPI data'!C4 (Value) : bad 4.\n• Contract!A2 : no currency.",
    );
    expect(checkSummary({ ok: false, errors: [issue(1)], periods: [] }, 'en')).toBe(
      "1 problem found in the contract.\n\n• 'KPI data'!C1 (Value): bad 1.",
    );
  });

  it('lists the first ten and says there are more', () => {
    const errors = Array.from({ length: 12 }, (_, i) => issue(i + 1));
    const lines = checkSummary({ ok: false, errors, periods: [] }, 'en').split('\n');
    expect(lines[0]).toBe('12 problems found in the contract.');
    expect(lines.filter((line) => line.startsWith('•'))).toHaveLength(10);
    expect(lines.at(-1)).toBe('…');
  });

  it('says the contract is not valid when the check listed nothing', () => {
    expect(checkSummary({ ok: false, errors: [], periods: [] }, 'en')).toBe('The contract is not valid.');
  });
});
