import { uniqueTableName } from './tableName';

describe('uniqueTableName', () => {
  it('keeps a valid free name', () => {
    expect(uniqueTableName('Lines', [])).toBe('Lines');
    expect(uniqueTableName('Écarts_KPI.v2', [])).toBe('Écarts_KPI.v2');
  });

  it('numbers a taken name, case-insensitively', () => {
    expect(uniqueTableName('Lines', ['lines'])).toBe('Lines_2');
    expect(uniqueTableName('Lines', ['Lines', 'LINES_2'])).toBe('Lines_3');
  });

  it('replaces characters Excel refuses and guards the start', () => {
    expect(uniqueTableName('KPI clauses (Q1)', [])).toBe('KPI_clauses__Q1_');
    expect(uniqueTableName('2026 lines', [])).toBe('_2026_lines');
    expect(uniqueTableName('   ', [])).toBe('Table');
  });

  it('never returns something Excel reads as a cell reference', () => {
    expect(uniqueTableName('A1', [])).toBe('_A1');
    expect(uniqueTableName('XFD1048576', [])).toBe('_XFD1048576');
    expect(uniqueTableName('R1C1', [])).toBe('_R1C1');
    expect(uniqueTableName('c', [])).toBe('_c');
    expect(uniqueTableName('Tbl1', [])).toBe('_Tbl1'); // column TBL, row 1
    expect(uniqueTableName('Table1', [])).toBe('Table1');
    expect(uniqueTableName('KPI1', [])).toBe('_KPI1'); // column KPI, row 1
    expect(uniqueTableName('R2C3', [])).toBe('_R2C3');
    expect(uniqueTableName('rc', [])).toBe('_rc');
  });

  it('never returns a logical value, which Excel refuses as a name', () => {
    expect(uniqueTableName('TRUE', [])).toBe('_TRUE');
    expect(uniqueTableName('false', [])).toBe('_false');
    expect(uniqueTableName('True', ['_true'])).toBe('_True_2');
    expect(uniqueTableName('Trueness', [])).toBe('Trueness');
  });

  it('stays within 255 characters when numbered', () => {
    const long = 'x'.repeat(300);
    expect(uniqueTableName(long, [])).toHaveLength(255);
    const second = uniqueTableName(long, ['x'.repeat(255)]);
    expect(second).toHaveLength(255);
    expect(second.endsWith('_2')).toBe(true);
  });
});
