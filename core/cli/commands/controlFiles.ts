/**
 * What `reconcile` and `verify` share: they answer as `diff` does (0 same, 1 different, 2 trouble), so every
 * failure to read or compute (an unreadable file, a problem in the contract or the actuals, an invoice
 * that cannot be built) is exit 2, never mistaken for a difference.
 */
import { readFile } from 'node:fs/promises';
import type { Actuals, Contract } from '../../contract/types';
import { buildInvoice } from '../../invoice/buildInvoice';
import type { Invoice } from '../../invoice/types';
import { CliError, oneLine } from '../cliError';
import type { ExitCode } from '../io';
import { inputProblems, readInputs } from '../inputs';
import { fileErrorReason } from '../outputFile';

/** Runs a comparing command; any failure becomes exit 2 with its one line. */
export async function comparing(run: () => Promise<ExitCode>): Promise<ExitCode> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CliError) throw error.exitCode === 2 ? error : new CliError(error.message, 2);
    throw new CliError(`outcome-fees: unexpected error: ${oneLine(error)}`, 2);
  }
}

/** A file's bytes, or exit 2 naming it. */
export async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${fileErrorReason(error)}`, 2);
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** An .xlsx file is a zip: known by its content, whatever its name. */
export function isWorkbook(bytes: Buffer): boolean {
  return bytes.subarray(0, 4).equals(ZIP_MAGIC);
}

/** The contract and actuals, or exit 2 with every problem of both. */
export async function contractAndActuals(
  contractFile: string,
  actualsFile: string,
): Promise<{ contract: Contract; actuals: Actuals }> {
  const inputs = await readInputs(contractFile, actualsFile);
  if (!inputs.contract.ok || !inputs.actuals.ok) throw new CliError(inputProblems(inputs).join('\n'), 2);
  return { contract: inputs.contract.value, actuals: inputs.actuals.value };
}

/** The invoice of `period`, or exit 2 with every reason it cannot be built. */
export function invoiceOf(contract: Contract, actuals: Actuals, period: string): Invoice {
  const result = buildInvoice(contract, actuals, period);
  if (!result.ok) throw new CliError(result.problems.join('\n'), 2);
  return result.invoice;
}

/** Issues as printed lines, exit 2. */
export function problemsError(problems: readonly string[]): CliError {
  return new CliError(problems.join('\n'), 2);
}
