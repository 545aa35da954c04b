/**
 * The pane's Reconcile help names the headers the supplier's invoice must have: the ones the reader asks
 * for when a column is missing, in each language, so the help cannot name a header the reader refuses.
 */
import type { Grid } from '../../core/contract/sheet/cells';
import type { Language } from '../../core/contract/types';
import { readSupplierInvoice } from '../../core/control/supplierInvoice';
import { sectionTexts } from '../../core/i18n/sections';

const MISSING: Record<Language, RegExp> = {
  en: /^no "(.+)" column$/,
  fr: /^pas de colonne «[\s\u00a0\u202f](.+?)[\s\u00a0\u202f]»$/,
};

/** The headers the reader requires, found as a user would: adding each column it says is missing. */
function requiredHeaders(lang: Language): string[] {
  const headers: string[] = [];
  for (;;) {
    const grid: Grid = [
      [...headers, lang === 'fr' ? 'Quantité' : 'Quantity'],
      [...headers.map(() => '10'), '1'],
    ];
    const read = readSupplierInvoice(grid, { sheet: 'supplier.csv', lang });
    if (read.ok) return headers;
    const missing = read.issues
      .map((i) => MISSING[lang].exec(i.message.split(': ').at(-1)!)?.[1])
      .filter((h) => h !== undefined);
    expect({ headers, issues: read.issues.map((i) => i.message) }).toEqual({
      headers,
      issues: [expect.any(String)],
    });
    expect(missing).toHaveLength(1);
    headers.push(missing[0]!);
  }
}

describe("the Reconcile help names the supplier invoice's required headers", () => {
  it.each([
    ['en', (a: string, b: string) => `a header row with ${a} and ${b},`],
    ['fr', (a: string, b: string) => `une ligne d’en-tête avec ${a} et ${b},`],
  ] as const)('%s', (lang, says) => {
    const required = requiredHeaders(lang);
    expect(required).toHaveLength(2);
    expect(sectionTexts(lang).reconcileHint).toContain(says(required[0]!, required[1]!));
    // A sheet whose first row names no column at all is told the same two.
    const none = readSupplierInvoice([['Total'], ['10']], { sheet: 'supplier.csv', lang });
    expect(none.ok ? [] : none.issues.map((i) => i.message)).toEqual([
      expect.stringContaining(`(${required[0]!}, ${required[1]!}…)`),
    ]);
  });
});
