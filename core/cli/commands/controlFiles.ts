/**
 * What `reconcile` and `verify` share: they answer as `diff` does (0 same, 1 different, 2 trouble), so every
 * failure to read or compute (an unreadable file, a problem in the contract or the actuals, an invoice
 * that cannot be built) is exit 2, never mistaken for a difference.
 */
import { cliTexts } from '../../i18n/cli';
import type { Invoice } from '../../invoice/types';
import { CliError, oneLine } from '../cliError';
import type { CliIo, ExitCode } from '../io';
import { inputProblems, invoiceOf, readInputs, type Inputs } from '../inputs';

/** Runs a comparing command; any failure becomes exit 2 with its one line. */
export async function comparing(run: () => Promise<ExitCode>): Promise<ExitCode> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CliError) throw error.exitCode === 2 ? error : error.withExitCode(2);
    throw new CliError((t) => t.unexpected(oneLine(error)), 2);
  }
}

/** The contract and actuals as read; exit 2 with every problem when the contract has one. */
export async function readControlInputs(
  contractFile: string,
  actualsFile: string,
  io: CliIo,
): Promise<Inputs> {
  const inputs = await readInputs(contractFile, actualsFile, io);
  if (!inputs.contract.ok) throw new CliError(inputProblems(inputs).join('\n'), 2);
  return inputs;
}

/**
 * The invoice of `period`, as `invoice` builds it (problems in months it does not read do not block it and
 * are noted on stderr), or exit 2 with every reason it cannot be built.
 */
export function invoiceFor(inputs: Inputs, period: string, io: CliIo): Invoice {
  const outcome = invoiceOf(inputs, period);
  if (!outcome.ok) throw new CliError(outcome.problems.join('\n'), 2);
  if (outcome.elsewhere.length > 0) {
    const lang = outcome.invoice.contract.language;
    io.err(cliTexts(lang).elsewhere(outcome.elsewhere.length, outcome.elsewhere[0], period));
  }
  return outcome.invoice;
}

/** Issues as printed lines, exit 2. */
export function problemsError(problems: readonly string[]): CliError {
  return new CliError(problems.join('\n'), 2);
}
