/** The missing line an unexpected row most likely is: only a pair nothing else shares is named. */
import { dec } from '../money';
import { likelyLines } from './likelyLine';

const line = (label: string, due: string) => ({ label, due: dec(due) });
const row = (label: string, amount: string) => ({ label, amount: dec(amount) });
const named = (missing: ReturnType<typeof line>[], rows: ReturnType<typeof row>[]) =>
  [...likelyLines(missing, rows)].map(([r, likely]) => [r.label, likely.line.label, likely.by]);

describe('likelyLines', () => {
  it('by the one amount, then by a spelling nearly the same', () =>
    expect(
      named(
        [line('Average response time', '-320'), line('Interactions', '88750')],
        [row('Avg response time', '-320.00'), row('Interations', '88760'), row('Travel', '12')],
      ),
    ).toEqual([
      ['Avg response time', 'Average response time', 'amount'],
      ['Interations', 'Interactions', 'spelling'],
    ]));

  it('none where two rows bill the amount, or two rows are spelt nearly as the line', () => {
    expect(named([line('Fee', '100')], [row('Base', '100'), row('Extra', '100')])).toEqual([]);
    expect(named([line('Interactions', '1')], [row('Interations', '2'), row('Interactons', '3')])).toEqual(
      [],
    );
  });

  it('none where two missing lines are due that amount', () =>
    expect(named([line('A fee', '100'), line('B fee', '100')], [row('Base', '100')])).toEqual([]));
});
