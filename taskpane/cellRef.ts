/**
 * The reference a user would type for a cell of another sheet: `Contract!H7`, or `'My sheet'!H7` when the
 * sheet name needs quoting (Excel and Sheets quote names that are not plain words; a quote inside a name is
 * doubled).
 */
export function cellRef(sheet: string, address: string): string {
  const plain =
    /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}
