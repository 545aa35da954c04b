/**
 * The server functions the sidebar calls over google.script.run, in the built Code.js on the fake: they
 * check what the page sent and act on the active spreadsheet.
 */
import { loadAddon, thrownMessage } from './builtSheets';

describe('selectCell', () => {
  it('activates the sheet and selects the cell', () => {
    const addon = loadAddon({ sheetNames: ['Contract', 'KPI data'] });
    expect(addon.fn('selectCell')('KPI data', 'C4')).toBeUndefined();
    expect(addon.fake.spreadsheet.getActiveSheet().getName()).toBe('KPI data');
    expect(addon.fake.spreadsheet.getActiveRange()?.getA1Notation()).toBe('C4');
  });

  it('says which sheet is missing, and refuses what is not text', () => {
    const addon = loadAddon({ sheetNames: ['Contract'] });
    expect(thrownMessage(() => addon.fn('selectCell')('Actuals', 'C4'))).toBe(
      'There is no sheet named "Actuals".',
    );
    expect(thrownMessage(() => addon.fn('selectCell')({ name: 'Contract' }, 'C4'))).toBe(
      'The sidebar sent no sheet name.',
    );
    expect(addon.fake.spreadsheet.getActiveSheet().getName()).toBe('Contract');
  });
});

describe('hostLanguage', () => {
  it.each([
    ['fr_CA', 'fr'],
    ['en_US', 'en'],
    ['ja', 'en'],
  ])('is %s → %s', (locale, lang) => {
    expect(loadAddon({ userLocale: locale }).fn('hostLanguage')()).toBe(lang);
  });
});

describe('arguments from the page', () => {
  it('are checked before anything runs', () => {
    const addon = loadAddon();
    expect(thrownMessage(() => addon.fn('generateInvoice')(202610, 'en'))).toBe(
      'The sidebar sent no period.',
    );
    expect(thrownMessage(() => addon.fn('newContract')(null, 'en'))).toBe('The sidebar sent no template.');
    expect(addon.fake.log.count({ service: ['Spreadsheet', 'Sheet', 'Range'] })).toBe(0);
  });
});
