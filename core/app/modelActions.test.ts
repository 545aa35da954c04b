import { now, bookWithContract } from '../../test/support/syncActions';
import { workbookActions } from './actions';
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { formatPeriod } from '../i18n/periodFormat';
import { TEXT_FORMAT, type SheetPlan } from '../layout/sheetPlan';
import type { PaintRequest } from './workbookPort';

describe('Exposure of a period, over a workbook', () => {
  it('is the engine’s exposure at that period’s volumes, on a new sheet, the contract untouched', () => {
    const { book, actions } = bookWithContract();
    const before = JSON.stringify([...book.sheetMap.entries()]);

    const result = now(actions.periodExposure('2026-10', 'en'));

    // Hand-computed in test/model/exposure.test.ts: base fees 108,750.00; best KPIs reach the €6,000.00
    // bonus cap (total 137,700.00 with VAT), worst ones the malus cap of 1 % (total 129,195.00).
    expect(result.minimum).toBe('€129,195.00');
    expect(result.maximum).toBe('€137,700.00');
    expect(result.unbounded).toEqual([]);
    expect(result.message).toBe(
      `At the volumes of October 2026, the invoice total lies between ${result.minimum} and ${result.maximum} (VAT included); details on "Exposure".`,
    );
    expect(result.sheet).toBe('Exposure');
    expect(book.sheetMap.get('Exposure')!.flat()).toContain('Minimum');
    expect(JSON.stringify([...book.sheetMap.entries()].filter(([name]) => name !== 'Exposure'))).toBe(before);
    expect(now(actions.periodExposure('2026-10', 'fr')).sheet).toBe('Exposure (2)');
  });

  it('refuses a period the contract cannot invoice, writing nothing', () => {
    const { book, actions } = bookWithContract();
    expect(() => actions.periodExposure('2031-01', 'en')).toThrow('The invoice cannot be built');
    expect(book.sheetNames()).toEqual(['Contract', 'Actuals']);
  });
});

/** The Scenarios sheet's rows, as the memory workbook holds them. */
const rowsOf = (book: MemoryWorkbook, sheet: string) => book.sheetMap.get(sheet)!.slice(3);

describe('Scenarios sheet, over a workbook without CONTRACTFEE', () => {
  it('prefills worst, expected and best from the history, values only, and says the totals', () => {
    const { book, actions } = bookWithContract();
    const before = JSON.stringify([...book.sheetMap.entries()]);
    const result = now(actions.createScenarios('en'));
    expect(result.live).toBe(false);
    // The history (2026-09 to 2026-12): Interactions 39,200 / 42,500 / 44,100 / 47,800 (median 42,500);
    // FCR 0.752 / 0.774 / 0.81 / 0.69; response time 2.9 / 3.4 / 2.4 / 4.1 min, lower is better; CSAT
    // 0.895 / 0.912 / 0.93 / 0.87. Worst and best by direction, expected the (lower) median.
    // The template's first four measures (a KPI it adds later comes after them).
    expect(rowsOf(book, 'Scenarios').map((row) => row.slice(0, 5))).toEqual([
      ['Scenario', 'Interactions', 'FCR', 'Average response time', 'CSAT'],
      ['worst', 42500, 0.69, 4.1, 0.87],
      ['expected', 42500, 0.752, 2.9, 0.895],
      ['best', 42500, 0.81, 2.4, 0.93],
    ]);
    // Worst and best reach the malus and bonus caps: the exposure's bounds at these volumes.
    expect(result.message).toBe(
      'Scenarios on "Scenarios" (totals now: worst €129,195.00, expected €130,620.00, best €137,700.00). Edit the values, then Reprice scenarios.',
    );
    expect(JSON.stringify([...book.sheetMap.entries()].filter(([name]) => name !== 'Scenarios'))).toBe(
      before,
    );
    expect(now(actions.listScenarios('Scenarios', 'en'))).toEqual(['worst', 'expected', 'best']);
  });

  it('reprices the sheet as edited, and refuses an edit that is no value, naming its cell', () => {
    const { book, actions } = bookWithContract();
    now(actions.createScenarios('fr'));
    const sheet = book.sheetMap.get('Scenarios')!;
    sheet[5][2] = 0.8;
    const extra = [...sheet[5]];
    [extra[0], extra[2], extra[3], extra[4]] = ['=HYPERLINK("x")', 0.75, 3, 0.9];
    sheet.push(extra);
    const result = now(actions.repriceScenarios('Scenarios', 'fr'));
    expect(result).toEqual({
      sheet: 'Scenarios priced',
      message: '4 scénarios valorisés dans «\u00a0Scenarios priced\u00a0».',
    });
    expect(
      rowsOf(book, 'Scenarios priced')
        .slice(1, 5)
        .map((row) => [row[0], row[book.sheetMap.get('Scenarios priced')![3].indexOf('Total')]]),
    ).toEqual([
      ['worst', 129195],
      ['expected', 132540],
      ['best', 137700],
      // FCR and response time at target, CSAT at its 90 % threshold: the €5,000 fee on €108,750 of base.
      ['=HYPERLINK("x")', 136500],
    ]);

    const refused = (edit: () => void, message: string | RegExp) => {
      const copy = book.sheetMap.get('Scenarios')!.map((row) => [...row]);
      edit();
      const names = book.sheetNames();
      expect(() => actions.repriceScenarios('Scenarios', 'en')).toThrow(message);
      expect(book.sheetNames()).toEqual(names);
      book.sheetMap.set('Scenarios', copy);
    };
    const at = book.sheetMap.get('Scenarios')!;
    refused(() => (book.sheetMap.get('Scenarios')![4][2] = 77.4), /^Scenarios!C5 \(FCR\): .*0\.774/);
    refused(
      () => (book.sheetMap.get('Scenarios')![4][3] = null),
      'Scenarios!D5 (Average response time): the cell is empty; give a value.',
    );
    refused(
      () => (book.sheetMap.get('Scenarios')![4][4] = '=0.9'),
      'Scenarios!E5 (CSAT): expected a number, got "=0.9".',
    );
    refused(() => (book.sheetMap.get('Scenarios')![4][1] = -1), 'Scenarios!B5 (Interactions): must be ≥ 0.');
    refused(
      () => (book.sheetMap.get('Scenarios')![3][2] = 'FRC'),
      /^Scenarios!C4: unknown column "FRC"; the contract has: Interactions, FCR, Average response time, CSAT/,
    );
    refused(
      () => (book.sheetMap.get('Scenarios')![6][0] = 'worst'),
      'Scenarios!A7: the scenario "worst" is given twice.',
    );
    expect(at).toBeDefined();
    expect(() => actions.listScenarios('Contract', 'en')).toThrow(
      '"Contract" is not a Scenarios sheet: no header row starting with "Scenario" (or "Scénario") in column A.',
    );
  });

  it('keeps a scenario name that looks like a formula as text', () => {
    const { book, actions } = bookWithContract();
    now(actions.createScenarios('en'));
    book.sheetMap.get('Scenarios')![4][0] = '@SUM(A1)';
    const plans: SheetPlan[] = [];
    const paint = book.paint.bind(book);
    book.paint = (requests: readonly PaintRequest[]) => (
      plans.push(...requests.map((r) => r.plan)),
      paint(requests)
    );
    now(actions.repriceScenarios('Scenarios', 'en'));
    const table = plans[0].blocks[1];
    expect(table.values[1][0]).toBe('@SUM(A1)');
    expect(table.numberFormats![1][0]).toBe(TEXT_FORMAT);
    expect(table.formulas).toBeUndefined();
  });
});

describe('Fee curve, exposure of a scenario, forecast and comparison, over a workbook', () => {
  it('draws the curve of a KPI at the period’s values, numbers read in the pane’s language', () => {
    const { book, actions } = bookWithContract();
    const base = { kind: 'period', period: '2026-10' } as const;
    const result = now(actions.feeCurve({ kpi: 'FCR', from: '0,70', to: '0,85', steps: '7', base }, 'fr'));
    expect(result).toEqual({
      sheet: 'Curve FCR',
      // 7 evenly spaced and 4 breakpoints between them: the malus cap reached (0.7208125), the band's
      // edges (0.74, 0.76) and the bonus cap reached (0.785); the target 0.75 is on the grid.
      message: 'Courbe d’honoraires de FCR, 11 points, dans «\u00a0Curve FCR\u00a0».',
    });
    // README: the neutral band around 75 %, the malus cap below, the €6,000 bonus cap above 80 %; the
    // sheet is in the contract's language (English here), whatever the pane's.
    expect(
      rowsOf(book, 'Curve FCR')
        .slice(1)
        .map((row) => row.slice(0, 5)),
    ).toEqual([
      [0.7, -1600, 832.5, 135195, ''],
      [0.7208125, -767.5, 0, 135195, 'cap on total malus reached'],
      [0.725, -600, 0, 135396, ''],
      [0.74, 0, 0, 136116, 'edge of the neutral band'],
      [0.75, 0, 0, 136116, 'target'],
      [0.76, 0, 0, 136116, 'edge of the neutral band'],
      [0.775, 600, 0, 136836, ''],
      [0.785, 1000, 0, 137316, 'cap on total bonus reached'],
      [0.8, 1600, -600, 137316, ''],
      [0.825, 2600, -1600, 137316, ''],
      [0.85, 3600, -2600, 137316, ''],
    ]);
    expect(() => actions.feeCurve({ kpi: 'FCR', from: '0.70', to: '', steps: '7', base }, 'fr')).toThrow(
      'Plus basse\u00a0: «\u00a00.70\u00a0» n’est pas un nombre (virgule décimale).',
    );
    expect(() => actions.feeCurve({ kpi: 'FCR', from: '70', to: '', steps: '7', base }, 'en')).toThrow(
      /^FCR: .*0\.7/,
    );
    expect(() => actions.feeCurve({ kpi: 'FCR', from: '', to: '', steps: '1', base }, 'en')).toThrow(
      'Points: give a whole number from 2 to 201 (got "1").',
    );
    expect(book.sheetNames()).toEqual(['Contract', 'Actuals', 'Curve FCR']);
  });

  it('refuses a curve whose Lowest is above its Highest, naming both fields in the pane’s language', () => {
    const { book, actions } = bookWithContract();
    const base = { kind: 'period', period: '2026-10' } as const;
    // Typed the wrong way round: the curve is not drawn from 0.7 to 0.85 instead, it is refused.
    expect(() => actions.feeCurve({ kpi: 'FCR', from: '0.85', to: '0.7', steps: '7', base }, 'en')).toThrow(
      'Lowest 0.85 is above Highest 0.7: the curve goes from Lowest up to Highest.',
    );
    expect(() => actions.feeCurve({ kpi: 'FCR', from: '0,85', to: '0,7', steps: '7', base }, 'fr')).toThrow(
      'Plus basse 0,85 est au-dessus de Plus haute 0,7\u00a0: la courbe va de Plus basse à Plus haute.',
    );
    // Minutes have no upper end: a blank Highest is as far beyond the clause's last breakpoint again.
    expect(() =>
      actions.feeCurve({ kpi: 'Average response time', from: '50', to: '', steps: '7', base }, 'en'),
    ).toThrow(/^Lowest 50 is above Highest \d+(\.\d+)? \(blank: its default\): the curve goes/);
    expect(book.sheetNames()).toEqual(['Contract', 'Actuals']);
  });

  it('gives the exposure at a scenario’s volumes: the bounds do not depend on its KPI values', () => {
    const { actions } = bookWithContract();
    now(actions.createScenarios('en'));
    const result = now(actions.scenarioExposure('Scenarios', 'best', 'en'));
    expect(result.message).toBe(
      'At the volumes of scenario "best" of "Scenarios", the invoice total lies between €129,195.00 and €137,700.00 (VAT included); details on "Exposure".',
    );
    expect(() => actions.scenarioExposure('Scenarios', 'likely', 'en')).toThrow(
      'There is no scenario "likely" on "Scenarios" (it has: worst, expected, best).',
    );
  });

  it('forecasts the months after the actuals, the same for the same seed, percentiles in order', () => {
    const { book, actions } = bookWithContract();
    const request = { months: '12', simulations: '300', seed: '42', method: 'resampled' } as const;
    const first = now(actions.forecast(request, 'en'));
    const again = now(actions.forecast(request, 'en'));
    expect([first.sheet, again.sheet]).toEqual(['Forecast', 'Forecast (2)']);
    const table = (sheet: string) => rowsOf(book, sheet);
    expect(table('Forecast (2)')).toEqual(table('Forecast'));
    const rows = table('Forecast').slice(1, 14);
    expect(rows.map((row) => row[0])).toEqual([
      ...Array.from({ length: 12 }, (_, i) => formatPeriod(`2027-${String(i + 1).padStart(2, '0')}`, 'en')),
      'Total',
    ]);
    for (const [, , p10, p50, p90] of rows.map((row) => row.map(Number)))
      expect([p10 <= p50, p50 <= p90]).toEqual([true, true]);
    expect(book.sheetMap.get('Forecast')![1][0]).toBe(
      'January 2027 to December 2027: 300 simulations, seed 42; resampled from the actuals history.',
    );
    expect(() => actions.forecast({ ...request, method: 'declared' }, 'en')).toThrow(
      'Triangular draws need the Scenarios sheet: choose it above.',
    );
    expect(() => actions.forecast({ ...request, simulations: '10001' }, 'en')).toThrow(
      'Simulations: give a whole number from 1 to 10,000 (got "10001").',
    );
    // An empty field is said to be one, not quoted as "".
    expect(() => actions.forecast({ ...request, simulations: ' ' }, 'en')).toThrow(
      'Simulations: give a whole number from 1 to 10,000 (the field is empty).',
    );
    expect(() => actions.forecast({ ...request, simulations: '' }, 'fr')).toThrow(
      'Simulations\u00a0: indiquez un nombre entier de 1 à 10\u202f000 (le champ est vide).',
    );
  });

  it('refuses months past the contract’s last period, as forecast --to does, writing nothing', () => {
    const { book, actions } = bookWithContract();
    const contract = book.sheetMap.get('Contract')!;
    expect(contract[14][0]).toBe('Last period');
    contract[14] = [...contract[14]];
    contract[14][1] = '2027-06';
    const before = book.sheetNames();
    const request = { simulations: '20', seed: '1', method: 'resampled' } as const;
    expect(() => now(actions.forecast({ ...request, months: '12' }, 'en'))).toThrow(
      /2027-07.*bpo-customer-service.*\(2026-01 to 2027-06\)/,
    );
    expect(book.sheetNames()).toEqual(before);
    expect(now(actions.forecast({ ...request, months: '6' }, 'en')).sheet).toBe('Forecast');
  });

  it('draws declared values from the worst, expected and best rows: collapsed rows give the invoice', () => {
    const { book, actions } = bookWithContract();
    now(actions.createScenarios('en'));
    const sheet = book.sheetMap.get('Scenarios')!;
    // Every row the expected one: each triangular distribution collapses to its value.
    sheet[4] = ['worst', ...sheet[5].slice(1)];
    sheet[6] = ['best', ...sheet[5].slice(1)];
    const result = now(
      actions.forecast(
        { months: '1', simulations: '20', seed: '1', method: 'declared', scenarioSheet: 'Scenarios' },
        'en',
      ),
    );
    expect(result.message).toBe(
      'Forecast on "Forecast": mean €130,620.00, P10 €130,620.00, P90 €130,620.00; budget at risk €0.00.',
    );
    sheet[5] = [...sheet[5]];
    sheet[5][2] = 0.9;
    sheet[6] = [...sheet[5]];
    [sheet[6][0], sheet[6][2]] = ['best', 0.8];
    expect(() =>
      actions.forecast(
        { months: '1', simulations: '20', seed: '1', method: 'declared', scenarioSheet: 'Scenarios' },
        'en',
      ),
    ).toThrow('KPI FCR: the likely value must lie between pessimistic and optimistic');
  });

  it('a first contract without actuals is named as such, with which to choose first', () => {
    const { book, actions } = bookWithContract();
    now(actions.newContract('bpo-customer-service', 'en'));
    book.sheetMap.delete('Actuals (2)');
    expect(() => now(actions.compareContracts('Contract (2)', 'Contract', 'en'))).toThrow(
      `"Contract (2)" has no Actuals sheet beside it, and both contracts are priced on the first one's actuals: choose "Contract" first.`,
    );
    expect(() => now(actions.compareContracts('Contract (2)', 'Contract', 'fr'))).toThrow(
      /^«\sContract \(2\)\s» n’a pas de feuille Réalisé associée, .* choisissez «\sContract\s» en premier\.$/,
    );
  });

  it('compares two contracts of the workbook on the first one’s actuals: a copy differs by nothing', () => {
    const { book, actions } = bookWithContract();
    now(actions.newContract('bpo-customer-service', 'en'));
    const result = now(actions.compareContracts('Contract', 'Contract (2)', 'en'));
    expect(result.message).toBe(
      '"Contract" vs "Contract (2)" on 4 periods: €0.00 in all (second − first); details on "Comparison".',
    );
    const rows = rowsOf(book, 'Comparison')
      .slice(0, 5)
      .map((row) => row.slice(0, 4));
    expect(rows[0]).toEqual(['Period', 'Contract', 'Contract (2)', 'Difference (last − first)']);
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      'September 2026',
      'October 2026',
      'November 2026',
      'December 2026',
    ]);
    for (const [, a, b, difference] of rows.slice(1)) expect([b, difference]).toEqual([a, 0]);
    // October 2026 is the golden invoice.
    expect(rows[2][1]).toBe(136788);
    expect(() => actions.compareContracts('Contract', 'Contract', 'en')).toThrow(
      'Choose two different contracts.',
    );
  });

  it('says which contract an invoice cannot be built for, with French typography in French', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    now(actions.newContract('bpo-customer-service', 'fr'));
    now(actions.newContract('ecommerce-performance-only', 'fr'));
    // The e-commerce contract's Contacts are not on the BPO contract's Réalisé sheet.
    const S = '\u00a0';
    expect(() => now(actions.compareContracts('Contrat', 'Contrat (2)', 'fr'))).toThrow(
      `La facture ne peut pas être établie${S}: contrat «${S}Contrat (2)${S}»${S}: Réalisé${S}: aucune quantité pour «${S}Contacts${S}» en 2026-09`,
    );
    // The pane's language frames it; the problem is said in the contract's.
    expect(() => now(actions.compareContracts('Contrat', 'Contrat (2)', 'en'))).toThrow(
      /^The invoice cannot be built: contract "Contrat \(2\)": Réalisé\u00a0: aucune quantité/,
    );
  });
});
