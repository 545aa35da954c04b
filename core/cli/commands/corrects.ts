/**
 * `invoice … --corrects ISSUED.json`: the correction note of an issued invoice whose actuals were restated.
 * The invoice command builds the period's invoice from the restated actuals as usual; this turns it, with
 * the invoice as issued, into a credit or debit note: JSON on stdout, or a sheet with `-o`.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Contract } from '../../contract/types';
import { correctionNote, correctionToJson } from '../../control/correction';
import { readIssuedInvoice } from '../../control/issuedInvoice';
import { formatAmount } from '../../i18n/numberFormat';
import type { Invoice } from '../../invoice/types';
import { correctionSheetPlan } from '../../layout/correctionSheet';
import { workbookBuffer } from '../../xlsx/writeWorkbook';
import { CliError } from '../cliError';
import type { CliIo, ExitCode } from '../io';
import { fileErrorReason, writeFileAtomic } from '../outputFile';

/** Writes the correction note of `issuedFile` given `recomputed`, the period's invoice from restated actuals. */
export async function writeCorrection(
  issuedFile: string,
  contract: Contract,
  recomputed: Invoice,
  target: { readonly path: string; readonly name: string } | undefined,
  io: CliIo,
): Promise<ExitCode> {
  const name = basename(issuedFile);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(issuedFile, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : fileErrorReason(error);
    throw new CliError(`cannot read ${issuedFile} as an issued invoice JSON: ${reason}`);
  }
  const issued = readIssuedInvoice(json);
  if (!issued.ok) throw new CliError(issued.problems.map((p) => `${name}: ${p}`).join('\n'));
  const today = new Date().toISOString().slice(0, 10);
  const result = correctionNote(issued.value, recomputed, contract, { issueDate: today });
  if (!result.ok) throw new CliError(result.problems.map((p) => `${name}: ${p}`).join('\n'));
  const { note } = result;
  if (target === undefined) {
    io.out(JSON.stringify(correctionToJson(note), null, 2));
    return 0;
  }
  await writeFileAtomic(target.path, await workbookBuffer([correctionSheetPlan(note)]), io.fs);
  const { currency } = recomputed.contract;
  const kind = {
    credit: 'credit note',
    debit: 'debit note',
    none: 'correction (nothing to pay back or due)',
  };
  io.out(
    `Wrote ${target.name}: ${kind[note.kind]} ${note.number} correcting ${note.corrects.number}, ` +
      `total ${formatAmount(note.total.difference, currency, 'en')} ${currency}`,
  );
  return 0;
}
