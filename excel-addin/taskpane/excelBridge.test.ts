/**
 * The Excel bridge with the core's real actions over the Excel fake: what the pane's buttons do, end to
 * end below the DOM.
 */
import { workbookActions } from '../../core/app/actions';
import type { WorkbookActions } from '../../core/app/actions';
import { createMockWorkbook, fakeExcel, useOfficeRequirements } from '../../test/fakes/excel';
import { paintFailureText } from '../../core/i18n/paintFailure';
import type { PaintError } from '../paintError';
import { createExcelBridge } from './excelBridge';
import type { ExcelHost } from './host';
import { langFromDisplayLanguage } from './language';
import { excelWorkbook } from './workbookPort';

function excel(displayLanguage?: string) {
  const fake = fakeExcel();
  const host: ExcelHost = { displayLanguage: () => displayLanguage, run: (batch) => fake.run(batch) };
  const bridge = createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) });
  const workbook = {
    sheetNames: () => fake.book.sheets.map((sheet) => sheet.name),
    selection: () => fake.book.selection,
    activate: (name: string) => (fake.book.active = name),
  };
  return { bridge, workbook, fake };
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
    await expect(excel('fr-FR').bridge.hostLanguage()).resolves.toBe('fr');
    await expect(excel('ja-JP').bridge.hostLanguage()).resolves.toBe('en');
    await expect(excel(undefined).bridge.hostLanguage()).resolves.toBe('en');
  });

  it('lists the core templates in the language asked for', async () => {
    const { bridge } = excel();
    const en = await bridge.listTemplates('en');
    const fr = await bridge.listTemplates('fr');
    expect(en.map((t) => t.id)).toContain('bpo-customer-service');
    expect(fr.map((t) => t.id)).toEqual(en.map((t) => t.id));
    expect(en.find((t) => t.id === 'bpo-customer-service')?.title).toBe('BPO customer service');
    expect(fr.find((t) => t.id === 'bpo-customer-service')?.title).toBe('Service client externalisé (BPO)');
  });

  it('creates a contract, checks it and invoices a period on the workbook', async () => {
    const { bridge, workbook } = excel();
    const created = await bridge.newContract('bpo-customer-service', 'en');
    expect(created.sheets).toEqual(['Contract', 'Actuals']);
    expect(workbook.sheetNames()).toEqual(expect.arrayContaining(['Contract', 'Actuals']));
    const check = await bridge.checkContract('en');
    expect(check).toEqual({
      ok: true,
      contractSheet: 'Contract',
      actualsSheet: 'Actuals',
      contracts: ['Contract'],
      errors: [],
      periods: ['2026-09', '2026-10', '2026-11', '2026-12'],
      periodMonths: 1,
    });
    const invoice = await bridge.generateInvoice('2026-10', 'en');
    expect(invoice).toMatchObject({
      sheet: 'Invoice 2026-10',
      total: '€136,788.00',
      currency: 'EUR',
      lines: 5,
    });
    expect(workbook.sheetNames()).toContain('Invoice 2026-10');
  });

  it('turns a synchronous failure of an action into a rejection with its message', async () => {
    const { bridge } = excel();
    await expect(bridge.newContract('no-such-template', 'en')).rejects.toThrow(/no-such-template/);
    await expect(bridge.checkContract('en')).rejects.toThrow('No contract sheet in this workbook');
  });

  it('says in the pane’s language that a listed sheet no longer exists', async () => {
    const { bridge, workbook } = excel();
    await expect(bridge.selectCell('Old contract', 'B2')).rejects.toThrow(
      'the sheet "Old contract" no longer exists. Check the contract again.',
    );
    await bridge.listTemplates('fr');
    await expect(bridge.selectCell('Old contract', 'B2')).rejects.toThrow(
      'la feuille «\u00a0Old contract\u00a0» n’existe plus. Vérifiez à nouveau le contrat.',
    );
    expect(workbook.selection()).toBeNull();
  });

  it.each([
    ['en', 'Could not mark the sheet "Contract": The workbook is busy.'],
    ['fr', 'Impossible de marquer la feuille «\u00a0Contrat\u00a0»\u00a0: The workbook is busy.'],
  ] as const)('says in the pane’s language (%s) that a new sheet could not be marked', async (lang, text) => {
    const restore = useOfficeRequirements('1.12');
    try {
      const book = createMockWorkbook({
        sheets: { Notes: [['a user’s own sheet']] },
        failWhen: (call) => (call.op === 'customProperties.add' ? 'The workbook is busy.' : undefined),
      });
      const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => batch(book.context) };
      const bridge = createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) });
      await expect(bridge.newContract('bpo-customer-service', lang)).rejects.toThrow(text);
      expect(book.sheetNames()).toEqual(['Notes']);
    } finally {
      restore();
    }
  });

  it("names the cell and passes on Excel's reason when it cannot be selected", async () => {
    const { bridge } = excel();
    await bridge.newContract('bpo-customer-service', 'en');
    await bridge.selectCell('Contract', 'B3');
    await expect(bridge.selectCell('Contract', 'not a cell')).rejects.toThrow(
      'Contract!not a cell (The argument is invalid.)',
    );
  });

  it('works on the contract of the active sheet after a second New contract (ExcelApi 1.12 tags)', async () => {
    const restore = useOfficeRequirements('1.12');
    try {
      const { bridge, workbook } = excel();
      await bridge.newContract('bpo-customer-service', 'en');
      await bridge.newContract('it-services-sla', 'en');
      await expect(bridge.listContracts()).resolves.toEqual(['Contract', 'Contract (2)']);
      workbook.activate('Actuals (2)');
      await expect(bridge.checkContract('en')).resolves.toMatchObject({
        ok: true,
        contractSheet: 'Contract (2)',
        actualsSheet: 'Actuals (2)',
      });
      workbook.activate('Sheet1');
      await expect(bridge.checkContract('en')).rejects.toThrow(/^This workbook holds 2 contracts/);
      await expect(bridge.generateInvoice('2026-10', 'en', 'Contract')).resolves.toMatchObject({
        contractSheet: 'Contract',
        total: '€136,788.00',
      });
    } finally {
      restore();
    }
  });

  it('passes other failures of the selection on unchanged', async () => {
    const failing = new Error('the workbook is busy');
    const actions = { selectCell: () => Promise.reject(failing) } as unknown as WorkbookActions;
    const host: ExcelHost = { displayLanguage: () => 'en', run: () => Promise.reject(failing) };
    await expect(createExcelBridge({ host, actions }).selectCell('Contract', 'B3')).rejects.toBe(failing);
  });
});

describe('while the user types in a cell', () => {
  it("says, in the pane's language, to leave the cell and try again, whatever the action, and nothing changed", async () => {
    const { bridge, workbook, fake } = excel('fr-FR');
    await bridge.listTemplates('fr');
    await bridge.newContract('bpo-customer-service', 'fr');
    const before = workbook.sheetNames();
    fake.book.editingCell = true;
    const french =
      'Excel est en train de modifier une cellule\u00a0: appuyez sur Entrée (ou Échap) pour la quitter, puis réessayez.';
    await expect(bridge.newContract('bpo-customer-service', 'fr')).rejects.toThrow(french);
    await expect(bridge.checkContract('fr')).rejects.toThrow(french);
    await expect(bridge.runDiagnostics('en')).rejects.toThrow(
      'Excel is editing a cell: press Enter (or Esc) to leave it, then try again.',
    );
    expect(workbook.sheetNames()).toEqual(before);
    // Once the cell is left, the same action works.
    fake.book.editingCell = false;
    await expect(bridge.checkContract('en')).resolves.toBeDefined();
  });
});

describe('in a workbook whose structure is protected (Review → Protect Workbook)', () => {
  it('every painting action refuses before adding a sheet, saying why and what to do in the pane’s language', async () => {
    const { bridge, workbook, fake } = excel('fr-FR');
    await bridge.listTemplates('fr');
    await bridge.newContract('bpo-customer-service', 'fr');
    const before = workbook.sheetNames();
    fake.book.structureProtected = true;
    const refused = (run: () => Promise<unknown>) =>
      run().then(
        () => 'painted',
        (error: unknown) => paintFailureText('fr', error as PaintError),
      );
    for (const run of [
      () => bridge.newContract('bpo-customer-service', 'fr'),
      () => bridge.generateInvoice('2026-10', 'fr'),
      () => bridge.runDiagnostics('fr'),
    ])
      await expect(refused(run)).resolves.toMatch(
        /^Impossible de créer .*\u00a0: la structure de ce classeur est protégée \(Révision → Protéger le classeur\).* Aucune feuille n’a été créée\.$/,
      );
    expect(workbook.sheetNames()).toEqual(before);
    // Reading still works: Check contract needs no new sheet.
    await expect(bridge.checkContract('fr')).resolves.toBeDefined();
  });
});

describe('a paint Excel refuses half-way because the user started typing in a cell', () => {
  it('asks to leave the cell, and still says the sheets built before it are left to delete', async () => {
    const fake = fakeExcel();
    let syncs = 0;
    // The user starts typing in a cell once the sheets are painted, before they are tagged (the third sync).
    const host: ExcelHost = {
      displayLanguage: () => 'en',
      run: (batch) =>
        fake.run((context) => {
          const sync = context.sync.bind(context);
          context.sync = () => {
            syncs += 1;
            if (syncs === 3) fake.book.editingCell = true;
            return sync();
          };
          return batch(context);
        }),
    };
    const bridge = createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) });
    await bridge.listTemplates('en');
    const failure = await bridge.newContract('bpo-customer-service', 'en').then(
      () => null,
      (error: unknown) => error as Error,
    );
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'Contract', 'Actuals']);
    expect(failure?.message).toBe(
      'Could not build the sheets "Contract", "Actuals": Excel is editing a cell: press Enter (or Esc) to leave it, ' +
        'then try again. What had been built could not be removed: please delete it.',
    );
  });
});
