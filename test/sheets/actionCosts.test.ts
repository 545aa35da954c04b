/**
 * What each sidebar action costs in Spreadsheet calls (SpreadsheetApp, Spreadsheet, Sheet, Range…) on the
 * built Code.js: the same whatever the number of the contract's lines, a curve's steps or a forecast's
 * months, so no action slows with the contract towards Apps Script's 6 minutes. Reconcile's count over
 * supplier lines is in reconcile.test.ts, a bare paint's and read's in actions.test.ts.
 */
import type { Bridge } from '../../core/app/bridge';
import { loadAddon, sidebarActions, type LoadedAddon } from './builtSheets';

/** The row of the Contract sheet under which the template's fee lines end (its blank row). */
function feesEnd(addon: LoadedAddon): number {
  const values = addon.fake.spreadsheet.getSheetByName('Contract')!.getDataRange().getValues();
  const header = values.findIndex((row) => row[0] === 'Type' && row[1] === 'Name');
  return header + values.slice(header).findIndex((row) => row[0] === '');
}

/**
 * The BPO template with `extra` more fixed fees, each an invoice line: as a user adds rows to the Fees
 * table, in the rows Sheets inserts under its last line.
 */
async function contractWith(extra: number): Promise<{ addon: LoadedAddon; sidebar: Bridge }> {
  const addon = loadAddon();
  const sidebar = sidebarActions(addon);
  await sidebar.newContract('bpo-customer-service', 'en');
  if (extra > 0) {
    const sheet = addon.fake.spreadsheet.getSheetByName('Contract')!;
    const last = feesEnd(addon);
    sheet.insertRowsAfter(last, extra);
    const rows = Array.from({ length: extra }, (_, i) => ['fixed', `Extra fee ${i + 1}`, '', '', '', 10 + i]);
    sheet.getRange(last + 1, 1, extra, rows[0]!.length).setValues(rows);
  }
  return { addon, sidebar };
}

/** Spreadsheet calls of `act` on `addon`, and what it answered. */
async function callsOf<T>(addon: LoadedAddon, act: () => Promise<T>): Promise<{ calls: number; result: T }> {
  const before = addon.fake.log.count({ group: 'SpreadsheetApp' });
  const result = await act();
  return { calls: addon.fake.log.count({ group: 'SpreadsheetApp' }) - before, result };
}

type Action = (sidebar: Bridge, addon: LoadedAddon) => Promise<unknown>;

/** Each action as the sidebar runs it, on a contract just created (Scenarios made first where it needs them). */
const ACTIONS: Record<string, Action> = {
  'Check contract': (s) => s.checkContract('en'),
  'Generate invoice': (s) => s.generateInvoice('2026-10', 'en'),
  'Invoice a range (a year’s months)': (s) => s.invoiceRange('2026-09', '2026-12', 'en'),
  'Performance review': (s) => s.reviewPerformance('2026-09', '2026-12', 'en'),
  'Correct an invoice': async (s, addon) => {
    const invoice = await s.generateInvoice('2026-10', 'en');
    // Restated actuals: the October interactions revised, so a note is written.
    const actuals = addon.fake.spreadsheet.getSheetByName('Actuals')!;
    actuals.getRange('E2').setValue(43000);
    return s.correctInvoice(invoice.sheet, 'en');
  },
  Scenarios: (s) => s.createScenarios('en'),
  'Reprice scenarios': async (s) => s.repriceScenarios((await s.createScenarios('en')).sheet, 'en'),
  'Exposure of a period': (s) => s.periodExposure('2026-10', 'en'),
  'Fee curve': (s) =>
    s.feeCurve(
      { kpi: 'CSAT', from: '', to: '', steps: '5', base: { kind: 'period', period: '2026-10' } },
      'en',
    ),
  'Exposure of a scenario': async (s) =>
    s.scenarioExposure((await s.createScenarios('en')).sheet, 'expected', 'en'),
  'Forecast (resampled)': (s) =>
    s.forecast({ months: '3', simulations: '50', seed: '7', method: 'resampled' }, 'en'),
  'Forecast (declared)': async (s) => {
    const scenarioSheet = (await s.createScenarios('en')).sheet;
    return s.forecast({ months: '3', simulations: '50', seed: '7', method: 'declared', scenarioSheet }, 'en');
  },
  'Compare contracts': async (s) => {
    await s.newContract('bpo-customer-service', 'en');
    return s.compareContracts('Contract', 'Contract (2)', 'en');
  },
};

describe('each sidebar action costs the same Spreadsheet calls whatever the contract’s number of lines', () => {
  it.each(Object.entries(ACTIONS))('%s', async (_name, action) => {
    const cost = async (extra: number) => {
      const { addon, sidebar } = await contractWith(extra);
      return (await callsOf(addon, () => action(sidebar, addon))).calls;
    };
    const few = await cost(0);
    expect(few).toBeGreaterThan(0);
    expect(await cost(40)).toBe(few);
  });
});

describe('a curve’s steps and a forecast’s months cost no Spreadsheet call each', () => {
  const curve = (steps: number) => (s: Bridge) =>
    s.feeCurve(
      { kpi: 'CSAT', from: '', to: '', steps: String(steps), base: { kind: 'period', period: '2026-10' } },
      'en',
    );
  const forecast = (months: number, simulations: number) => (s: Bridge) =>
    s.forecast(
      { months: String(months), simulations: String(simulations), seed: '7', method: 'resampled' },
      'en',
    );
  it.each([
    ['Fee curve of 5 and of 200 steps', curve(5), curve(200)],
    ['Forecast of 3 months × 50 draws and of 24 months × 2,000 draws', forecast(3, 50), forecast(24, 2000)],
  ] as const)('%s', async (_name, small, large) => {
    const cost = async (action: (s: Bridge) => Promise<unknown>) => {
      const { addon, sidebar } = await contractWith(0);
      return (await callsOf(addon, () => action(sidebar))).calls;
    };
    expect(await cost(large)).toBe(await cost(small));
  });
});

describe('the contract the cost tests grow', () => {
  it('bills each added fee as an invoice line, and a restated month as a correction note', async () => {
    const lines = async (extra: number) =>
      (await (await contractWith(extra)).sidebar.generateInvoice('2026-10', 'en')).lines;
    expect(await lines(40)).toBe((await lines(0)) + 40);
    const { addon, sidebar } = await contractWith(40);
    const correction = (await ACTIONS['Correct an invoice']!(sidebar, addon)) as { kind: string };
    expect(correction.kind).toBe('debit');
  });
});
