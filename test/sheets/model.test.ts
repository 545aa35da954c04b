/**
 * The sidebar's Model section: the core's actions over the google.script.run port to the built Code.js.
 * Google Sheets has no CONTRACTFEE (Code.js leaves it out), so the Scenarios sheet holds values only and
 * Reprice scenarios prices the edited sheet onto a new one; curves, exposures, forecasts and comparisons
 * are new sheets; the contract is never written.
 */
import { loadAddon, sidebarActions } from './builtSheets';

describe('Model section in the Sheets sidebar', () => {
  it('makes a Scenarios sheet of values, and reprices it as edited', async () => {
    const addon = loadAddon();
    const sidebar = sidebarActions(addon);
    await sidebar.newContract('bpo-customer-service', 'en');
    const values = (name: string) => addon.fake.spreadsheet.getSheetByName(name)!.getDataRange().getValues();
    const before = ['Contract', 'Actuals'].map(values);

    const made = await sidebar.createScenarios('en');
    expect(made).toEqual({
      sheet: 'Scenarios',
      live: false,
      message:
        'Scenarios on "Scenarios" (totals now: worst €129,195.00, expected €130,620.00, best €137,700.00). Edit the values, then Reprice scenarios.',
    });
    const sheet = addon.fake.spreadsheet.getSheetByName('Scenarios')!;
    expect(values('Scenarios')[3].slice(0, 5)).toEqual([
      'Scenario',
      'Interactions',
      'FCR',
      'Average response time',
      'CSAT',
    ]);
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
    await expect(sidebar.listScenarios('Scenarios', 'en')).resolves.toEqual(['worst', 'expected', 'best']);

    // The user sets the expected FCR to 80 % (75.2 % was inside the neutral band), then reprices: 4 points
    // beyond the band × €400 = €1,600 more before VAT, €1,920 with it: €130,620.00 becomes €132,540.00.
    sheet.getRange('C6').setValue(0.8);
    const repriced = await sidebar.repriceScenarios('Scenarios', 'en');
    expect(repriced).toEqual({
      sheet: 'Scenarios priced',
      message: '3 scenarios priced on "Scenarios priced".',
    });
    const priced = values('Scenarios priced');
    const total = priced[3].indexOf('Total');
    const totals = priced.slice(4, 7).map((row) => [row[0], row[2], row[total]]);
    expect(totals).toEqual([
      ['worst', 0.69, 129195],
      ['expected', 0.8, 132540],
      ['best', 0.81, 137700],
    ]);
    expect(['Contract', 'Actuals'].map(values)).toEqual(before);
  });

  it('names the cell of an edit that is no value', async () => {
    const addon = loadAddon();
    const sidebar = sidebarActions(addon);
    await sidebar.newContract('bpo-customer-service', 'fr');
    await sidebar.createScenarios('fr');
    const sheet = addon.fake.spreadsheet.getSheetByName('Scénarios')!;
    sheet.getRange('C5').setValue(77.4);
    await expect(sidebar.repriceScenarios('Scénarios', 'fr')).rejects.toThrow(
      /^Scénarios!C5 \(FCR\)\u00a0: 77,4 .*vouliez-vous dire 0,774\u00a0\?$/,
    );
    expect(addon.fake.spreadsheet.getSheetByName('Scénarios valorisés')).toBeNull();
  });

  it('writes the curve, the exposure of a scenario, a forecast and a comparison on new sheets', async () => {
    const addon = loadAddon();
    const sidebar = sidebarActions(addon);
    await sidebar.newContract('bpo-customer-service', 'en');
    await sidebar.createScenarios('en');
    const exposure = await sidebar.scenarioExposure('Scenarios', 'expected', 'en');
    expect(exposure).toMatchObject({ sheet: 'Exposure', minimum: '€129,195.00', maximum: '€137,700.00' });
    const base = { kind: 'scenario', sheet: 'Scenarios', scenario: 'worst' } as const;
    const curve = await sidebar.feeCurve({ kpi: 'CSAT', from: '', to: '', steps: '5', base }, 'en');
    expect(curve.sheet).toBe('Curve CSAT');
    const forecast = await sidebar.forecast(
      { months: '3', simulations: '50', seed: '7', method: 'declared', scenarioSheet: 'Scenarios' },
      'en',
    );
    expect(forecast.sheet).toBe('Forecast');
    // Their charts, drawn by the sidebar's painter: the curve's two lines, the forecast's histogram.
    const charts = (name: string) => addon.fake.spreadsheet.getSheetByName(name)!.getCharts().length;
    expect([charts('Curve CSAT'), charts('Forecast')]).toEqual([2, 1]);
    await sidebar.newContract('bpo-customer-service', 'en');
    const comparison = await sidebar.compareContracts('Contract', 'Contract (2)', 'en');
    expect(comparison.message).toMatch(/on 4 periods: €0\.00 in all/);
    // On a forecast, as the command line's compare --from --to: both priced on the same draws.
    const onForecast = await sidebar.compareContracts('Contract', 'Contract (2)', 'en', {
      kind: 'forecast',
      months: '3',
      simulations: '50',
      seed: '7',
    });
    expect(onForecast.message).toBe(
      '"Contract" vs "Contract (2)" on the mean invoices of 3 forecast periods: €0.00 in all (second − first), from €0.00 (P10) to €0.00 (P90) across the simulations; details on "Comparison (2)".',
    );
    const sheet = addon.fake.spreadsheet.getSheetByName('Comparison (2)')!;
    expect(sheet.getDataRange().getValues()[1][0]).toBe(
      'Means of 50 simulations, seed 7, resampled from the actuals of Actuals: every contract priced on the same draws.',
    );
    const names = addon.fake.spreadsheet.getSheets().map((s) => s.getName());
    expect(names).toEqual([
      'Sheet1',
      'Contract',
      'Actuals',
      'Scenarios',
      'Exposure',
      'Curve CSAT',
      'Forecast',
      'Contract (2)',
      'Actuals (2)',
      'Comparison',
      'Comparison (2)',
    ]);
  });
});
