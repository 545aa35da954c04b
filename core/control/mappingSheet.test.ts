import { mappingSheetIn } from './mappingSheet';

describe('mappingSheetIn', () => {
  it('finds the workbook’s mapping sheet by name, in English or French, case and spacing ignored', () => {
    expect(mappingSheetIn(['Supplier', 'Mapping'])).toBe('Mapping');
    expect(mappingSheetIn(['Supplier', ' line  MAPPING '])).toBe(' line  MAPPING ');
    expect(mappingSheetIn(['Fournisseur', 'Correspondance'])).toBe('Correspondance');
  });

  it('finds none when no sheet goes by a mapping’s name', () => {
    expect(mappingSheetIn(['Supplier', 'Mapping notes', 'Mapping (old)'])).toBeUndefined();
    expect(mappingSheetIn([])).toBeUndefined();
  });
});
