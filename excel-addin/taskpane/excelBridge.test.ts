import type { CheckResult, InvoiceResult, NewContractResult } from '../../core/app/bridge';
import { createExcelBridge, type ExcelHost, type TemplateSource, type WorkbookActions } from './excelBridge';
import { createMockWorkbook } from '../testing/mockWorkbook';
import { langFromDisplayLanguage } from './language';

const TEMPLATES: readonly TemplateSource[] = [
  {
    id: 'bpo',
    title: { en: 'BPO customer service', fr: 'Service client externalisé' },
    description: { en: 'Fixed fee and bonus/malus.', fr: 'Fixe et bonus/malus.' },
  },
];

/** A host over a mock workbook holding `sheets` (office-addin-mock: writes apply at sync, as in Excel). */
function fakeHost(sheets: readonly string[], displayLanguage?: string) {
  const workbook = createMockWorkbook({ sheets: Object.fromEntries(sheets.map((name) => [name, [['x']]])) });
  const host: ExcelHost = {
    displayLanguage: () => displayLanguage,
    run: (batch) => batch(workbook.context),
  };
  return { host, workbook };
}

const NEW: NewContractResult = { sheets: ['Contract', 'Actuals'], message: 'done' };
const CHECK: CheckResult = { ok: true, errors: [], periods: ['2026-10'] };
const INVOICE: InvoiceResult = {
  sheet: 'Invoice 2026-10',
  total: '1.00',
  currency: 'EUR',
  lines: 1,
  message: '',
};

function recordingActions() {
  const calls: unknown[][] = [];
  const actions: WorkbookActions = {
    newContract: async (...args) => (calls.push(['newContract', ...args]), NEW),
    checkContract: async (...args) => (calls.push(['checkContract', ...args]), CHECK),
    generateInvoice: async (...args) => (calls.push(['generateInvoice', ...args]), INVOICE),
  };
  return { actions, calls };
}

describe('langFromDisplayLanguage', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['FR', 'fr'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['fri', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (display, lang) => {
    expect(langFromDisplayLanguage(display)).toBe(lang);
  });
});

describe('createExcelBridge', () => {
  it("answers Office's display language, narrowed to English or French", async () => {
    const { actions } = recordingActions();
    const bridge = (display?: string) =>
      createExcelBridge({ host: fakeHost([], display).host, templates: [], actions });
    await expect(bridge('fr-FR').hostLanguage()).resolves.toBe('fr');
    await expect(bridge('ja-JP').hostLanguage()).resolves.toBe('en');
    await expect(bridge(undefined).hostLanguage()).resolves.toBe('en');
  });

  it('lists the templates in the language asked for', async () => {
    const bridge = createExcelBridge({
      host: fakeHost([]).host,
      templates: TEMPLATES,
      actions: recordingActions().actions,
    });
    await expect(bridge.listTemplates('fr')).resolves.toEqual([
      { id: 'bpo', title: 'Service client externalisé', description: 'Fixe et bonus/malus.' },
    ]);
    await expect(bridge.listTemplates('en')).resolves.toEqual([
      { id: 'bpo', title: 'BPO customer service', description: 'Fixed fee and bonus/malus.' },
    ]);
  });

  it('hands contracts, checks and invoices to the workbook actions unchanged', async () => {
    const { actions, calls } = recordingActions();
    const bridge = createExcelBridge({ host: fakeHost([]).host, templates: TEMPLATES, actions });
    await expect(bridge.newContract('bpo', 'fr')).resolves.toEqual(NEW);
    await expect(bridge.checkContract()).resolves.toEqual(CHECK);
    await expect(bridge.generateInvoice('2026-10', 'en')).resolves.toEqual(INVOICE);
    await expect(bridge.checkContract()).resolves.toEqual(CHECK);
    // The check speaks the language the pane last asked for.
    expect(calls).toEqual([
      ['newContract', 'bpo', 'fr'],
      ['checkContract', 'fr'],
      ['generateInvoice', '2026-10', 'en'],
      ['checkContract', 'en'],
    ]);
  });

  it('activates the sheet and selects the cell in one sync', async () => {
    const fake = fakeHost(['Contract']);
    const bridge = createExcelBridge({ host: fake.host, templates: [], actions: recordingActions().actions });
    await bridge.selectCell('Contract', 'H7');
    expect(fake.workbook.activeSheet()).toBe('Contract');
    expect(fake.workbook.selection()).toEqual({ sheet: 'Contract', address: 'H7' });
    expect(fake.workbook.syncs()).toBe(1);
  });

  it('says in the pane’s language that a sheet no longer exists', async () => {
    const fake = fakeHost(['Contract']);
    const bridge = createExcelBridge({
      host: fake.host,
      templates: TEMPLATES,
      actions: recordingActions().actions,
    });
    await expect(bridge.selectCell('Old contract', 'B2')).rejects.toThrow(
      'the sheet “Old contract” no longer exists. Check the contract again.',
    );
    await bridge.listTemplates('fr');
    await expect(bridge.selectCell('Old contract', 'B2')).rejects.toThrow(
      'la feuille « Old contract » n’existe plus. Vérifiez à nouveau le contrat.',
    );
    expect(fake.workbook.selection()).toBeNull();
  });

  it("names the cell and passes on Excel's reason when it cannot be selected", async () => {
    const fake = fakeHost(['My contract']);
    const bridge = createExcelBridge({ host: fake.host, templates: [], actions: recordingActions().actions });
    await expect(bridge.selectCell('My contract', 'not a cell')).rejects.toThrow(
      "'My contract'!not a cell (Bad address not a cell)",
    );
    expect(fake.workbook.selection()).toBeNull();
  });
});
