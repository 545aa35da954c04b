import { cellRef } from './cellRef';

describe('cellRef', () => {
  test('leaves a plain sheet name bare', () => {
    expect(cellRef('Contract', 'H7')).toBe('Contract!H7');
    expect(cellRef('Réalisé', 'B2')).toBe('Réalisé!B2');
    expect(cellRef('Invoice_2026.10', 'A1')).toBe('Invoice_2026.10!A1');
  });

  test('quotes names with spaces, punctuation or a leading digit', () => {
    expect(cellRef('KPI data', 'C4')).toBe("'KPI data'!C4");
    expect(cellRef('Invoice 2026-10 (2)', 'A1')).toBe("'Invoice 2026-10 (2)'!A1");
    expect(cellRef('2026', 'A1')).toBe("'2026'!A1");
  });

  test('quotes names that read as a cell address', () => {
    expect(cellRef('AB12', 'A1')).toBe("'AB12'!A1");
  });

  test('doubles a quote inside the name', () => {
    expect(cellRef("Client's KPIs", 'D3')).toBe("'Client''s KPIs'!D3");
  });

  test('keeps markup as characters', () => {
    expect(cellRef('<img src=x>', 'A1')).toBe("'<img src=x>'!A1");
  });
});
