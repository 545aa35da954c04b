import { uniqueSheetName } from './uniqueSheetName';

describe('uniqueSheetName', () => {
  it('keeps a free name and numbers a taken one, case-insensitively', () => {
    expect(uniqueSheetName('Invoice 2026-10', ['Contract'])).toBe('Invoice 2026-10');
    expect(uniqueSheetName('Invoice 2026-10', ['invoice 2026-10'])).toBe('Invoice 2026-10 (2)');
    expect(uniqueSheetName('Invoice 2026-10', ['Invoice 2026-10', 'Invoice 2026-10 (2)'])).toBe(
      'Invoice 2026-10 (3)',
    );
  });

  it('makes any text a valid sheet name', () => {
    expect(uniqueSheetName('a/b:c*d?[e]\\f', [])).toBe('a-b-c-d--e--f');
    expect(uniqueSheetName("'Quoted'", [])).toBe('Quoted');
    expect(uniqueSheetName('   ', [])).toBe('Sheet');
    expect(uniqueSheetName('History', [])).toBe('History (2)');
  });

  it('stays within 31 characters, suffix included', () => {
    const long = 'Facture prestataire centre de contacts 2026-10';
    const first = uniqueSheetName(long, []);
    expect(first).toHaveLength(31);
    const second = uniqueSheetName(long, [first]);
    expect(second).toBe('Facture prestataire centre (2)');
  });
});
