import { EXCEL_ASSUMPTIONS } from './excelAssumptions';
import type { HostAssumption } from './hostAssumption';
import { SHEETS_ASSUMPTIONS } from './sheetsAssumptions';

/**
 * What the test fakes (test/fakes/excel, test/fakes/appsScript) assume of the real hosts, each with the
 * check of this self-test that proves it in the user's host, or says it cannot (`notChecked`). A fake
 * behaviour added without a line here is an assumption nobody checks.
 */
export const HOST_ASSUMPTIONS: readonly (HostAssumption & { readonly host: 'Excel' | 'Sheets' })[] = [
  ...EXCEL_ASSUMPTIONS.map((a) => ({ host: 'Excel' as const, ...a })),
  ...SHEETS_ASSUMPTIONS.map((a) => ({ host: 'Sheets' as const, ...a })),
];
