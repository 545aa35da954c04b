import { uniqueSheetName } from '../layout/uniqueSheetName';

/** How `uniqueSheetName` compares names: accents composed, case aside. */
const nameKey = (name: string) => name.normalize('NFC').toLowerCase();

/**
 * The names `uniqueSheetName` gives sheets added one after another (`Invoice`, `Invoice (2)`…), in time
 * linear in their number: a portfolio writes 12,000 sheets, and measuring each name against every earlier
 * one took seconds. A base whose own name is free is taken as it is; only a collision measures it
 * against all the names given so far, as `uniqueSheetName` does.
 */
export function uniqueSheetNames(bases: readonly string[]): string[] {
  const names: string[] = [];
  const taken = new Set<string>();
  for (const base of bases) {
    const alone = uniqueSheetName(base, []);
    const name = taken.has(nameKey(alone)) ? uniqueSheetName(base, names) : alone;
    names.push(name);
    taken.add(nameKey(name));
  }
  return names;
}
