/**
 * compare's one file (actuals, or scenarios) read against every contract compared at once: a KPI or volume
 * none of them knows is said with each one's names (foreignRows.ts), before any contract's own reader says
 * it with its names alone. A portfolio's file (a Contract column) gives each contract its own rows, which
 * its reader checks; a workbook that does not open is left to that reader, which says why.
 */
import { readCsv } from '../contract/csv';
import type { Language } from '../contract/types';
import { hasContractColumn } from '../control/actualsByContract';
import { unknownToEvery, type ComparedContract } from '../model/foreignRows';
import { readContractWorkbook } from '../xlsx/readContractWorkbook';
import { CliError } from './cliError';
import { inputName, isWorkbook, readBytes, textOf } from './inputFile';

/** Throws every such row, one a line, in `lang` (the comparison's). */
export async function checkNamesForAll(
  file: string,
  compared: readonly ComparedContract[],
  lang: Language,
): Promise<void> {
  const bytes = await readBytes(file);
  const name = inputName(file);
  let problems: string[];
  if (isWorkbook(bytes)) {
    const sheet = await readContractWorkbook(bytes).then(
      (book) => book.actuals,
      () => undefined,
    );
    if (!sheet) return;
    problems = unknownToEvery(sheet.grid, compared, sheet.name, lang).map((i) => `${name}: ${i.message}`);
  } else {
    const text = textOf(bytes, file);
    if (hasContractColumn(text)) return;
    problems = unknownToEvery(readCsv(text, name, lang).grid, compared, name, lang).map((i) => i.message);
  }
  if (problems.length > 0) throw new CliError(problems.join('\n'));
}
