import type { ExcelWorkbookPort } from './workbookPort';
import { excelWorkbookActions } from './workbookActions';

const untouched: ExcelWorkbookPort = {
  sheetNames: () => Promise.reject(new Error('read')),
  readSheet: () => Promise.reject(new Error('read')),
  paintSheets: () => Promise.reject(new Error('painted')),
};

describe('excelWorkbookActions (until core/app/actions.ts lands)', () => {
  it('tells the user, in their language, that the actions are not available, and touches nothing', async () => {
    const actions = excelWorkbookActions(untouched);
    await expect(actions.newContract('bpo-customer-service', 'fr')).rejects.toThrow(/ne sait pas encore/);
    await expect(actions.checkContract('en')).rejects.toThrow(/cannot build contracts and invoices yet/);
    await expect(actions.generateInvoice('2026-10', 'en')).rejects.toThrow(/cannot build contracts/);
  });
});
