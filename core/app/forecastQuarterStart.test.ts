/**
 * A blank First month starts the pane's Forecast the month after the latest actuals. On a quarterly
 * contract whose actuals end in the middle of a quarter that month cuts the quarter: the refusal says where
 * the forecast starts from
 * (the Actuals sheet's latest month, First month being blank) and which month to type in First month
 * instead, the quarter's first; or the next quarter once the quarter is measured.
 * Months ending inside a quarter name the Months field and the counts that end on a quarter.
 */
import { now, bookWithContract } from '../../test/support/syncActions';
import { forecast } from '../model/forecast';
import { readWorkbook, usableInputs } from './actions';

/** The BPO workbook invoiced quarterly, its KPIs the quarter's average of the months measured. */
function quarterlyBook() {
  const { book, actions } = bookWithContract();
  const contract = book.sheetMap.get('Contract')!;
  expect(contract[12].slice(0, 2)).toEqual(['Invoicing frequency', 'monthly']);
  contract[12] = ['Invoicing frequency', 'quarterly', ...contract[12].slice(2)];
  const header = contract[32];
  const aggregation = header.indexOf('Aggregation');
  expect([header[4], aggregation > 0]).toEqual(['Period', true]);
  for (let row = 33; contract[row]?.[0]; row++) {
    contract[row] = [...contract[row]];
    [contract[row][4], contract[row][aggregation]] = ['quarterly', 'average'];
  }
  return { book, actions };
}

/** `quarterlyBook`, its actuals ending at 2026-11 (the middle of 2026-Q4). */
function quarterlyBookEndingMidQuarter() {
  const { book, actions } = quarterlyBook();
  const actuals = book.sheetMap.get('Actuals')!;
  expect(actuals[0][6]).toBe('2026-12');
  book.sheetMap.set(
    'Actuals',
    actuals.map((row) => row.slice(0, 6)),
  );
  return { book, actions };
}

const request = { months: '12', simulations: '20', seed: '1', method: 'resampled' } as const;

describe('Pane Forecast from the middle of a quarter', () => {
  it('names the Actuals sheet’s latest month and the quarter’s first month, in English, writing nothing', () => {
    const { book, actions } = quarterlyBookEndingMidQuarter();
    const before = book.sheetNames();
    expect(() => now(actions.forecast(request, 'en'))).toThrow(
      "Forecast: the actuals end at 2026-11, so the forecast would start at 2026-12, in the middle of the invoicing period 2026-Q4 (2026-10..2026-12): start it at 2026-10, the period's first month (type it in First month), or enter the actuals of 2026-12 to start at 2027-01.",
    );
    expect(book.sheetNames()).toEqual(before);
    // The advice holds: 2026-10 typed in First month forecasts the whole quarter, as forecast --from does.
    expect(now(actions.forecast({ ...request, firstMonth: '2026-10' }, 'en')).sheet).toBe('Forecast');
    const { contract, actuals } = usableInputs(now(readWorkbook(book, 'en', undefined)), 'en');
    const from2026Q4 = forecast(contract, {
      from: '2026-10',
      to: '2027-09',
      simulations: 20,
      seed: 1,
      history: actuals,
    });
    expect(from2026Q4.ok && from2026Q4.forecast.periods.map((p) => p.period)).toEqual([
      '2026-10',
      '2027-01',
      '2027-04',
      '2027-07',
    ]);
  });

  it('says the same in French', () => {
    const { actions } = quarterlyBookEndingMidQuarter();
    expect(() => now(actions.forecast(request, 'fr'))).toThrow(
      'Prévision\u00a0: le réalisé s’arrête à 2026-11, la prévision commencerait donc à 2026-12, au milieu de la période de facturation 2026-Q4 (2026-10..2026-12)\u00a0: commencez-la à 2026-10, premier mois de la période (tapez-le dans Premier mois), ou saisissez le réalisé de 2026-12 pour commencer à 2027-01.',
    );
  });

  it('forecasts once the quarter is measured: actuals to 2026-12 start at 2027-01', () => {
    const { actions } = quarterlyBook();
    expect(now(actions.forecast(request, 'en')).sheet).toBe('Forecast');
  });
});

describe('Pane Forecast whose Months end in the middle of a quarter', () => {
  it('names the Months field and the counts that end on a quarter, in English, writing nothing', () => {
    const { book, actions } = quarterlyBook();
    const before = book.sheetNames();
    expect(() => now(actions.forecast({ ...request, months: '4' }, 'en'))).toThrow(
      'Months: 4 months from 2027-01 end at 2027-04, in the middle of the invoicing period 2027-Q2 (2027-04..2027-06), and a forecast holds whole invoicing periods: type 3 or 6.',
    );
    expect(() => now(actions.forecast({ ...request, months: '2' }, 'en'))).toThrow(
      'Months: 2 months from 2027-01 end at 2027-02, in the middle of the invoicing period 2027-Q1 (2027-01..2027-03), and a forecast holds whole invoicing periods: type 3.',
    );
    expect(book.sheetNames()).toEqual(before);
    expect(now(actions.forecast({ ...request, months: '6' }, 'en')).sheet).toBe('Forecast');
  });

  it('says the same in French', () => {
    const { actions } = quarterlyBook();
    expect(() => now(actions.forecast({ ...request, months: '4' }, 'fr'))).toThrow(
      'Mois\u00a0: 4 mois à partir de 2027-01 finissent en 2027-04, au milieu de la période de facturation 2027-Q2 (2027-04..2027-06), et une prévision contient des périodes de facturation entières\u00a0: indiquez 3 ou 6.',
    );
  });
});

describe('Pane Forecast whose First month is in the middle of a quarter', () => {
  it('names the First month field and the months that start a quarter, writing nothing', () => {
    const { book, actions } = quarterlyBook();
    const before = book.sheetNames();
    expect(() => now(actions.forecast({ ...request, firstMonth: '2027-02' }, 'en'))).toThrow(
      'First month: 2027-02 is in the middle of the invoicing period 2027-Q1 (2027-01..2027-03), and a forecast holds whole invoicing periods: type 2027-01 or 2027-04.',
    );
    expect(() => now(actions.forecast({ ...request, firstMonth: '2027-02' }, 'fr'))).toThrow(
      'Premier mois\u00a0: 2027-02 est au milieu de la période de facturation 2027-Q1 (2027-01..2027-03), et une prévision contient des périodes de facturation entières\u00a0: indiquez 2027-01 ou 2027-04.',
    );
    expect(book.sheetNames()).toEqual(before);
    // The quarter named as its invoice is, or its first month, starts it.
    expect(now(actions.forecast({ ...request, firstMonth: '2027-Q1' }, 'en')).sheet).toBe('Forecast');
  });
});
