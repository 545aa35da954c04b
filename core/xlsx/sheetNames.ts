import { freeSheetName, sheetNameCollisionKey } from '../layout/uniqueSheetName';

/**
 * The names `uniqueSheetName` gives sheets added one after another (`Invoice`, `Invoice (2)`…), against one
 * growing set of the names given so far: a portfolio writes 12,000 sheets, and measuring each name against
 * every earlier one took seconds.
 */
export function uniqueSheetNames(bases: readonly string[]): string[] {
  const taken = new Set<string>();
  return bases.map((base) => {
    const name = freeSheetName(base, taken);
    taken.add(sheetNameCollisionKey(name));
    return name;
  });
}
