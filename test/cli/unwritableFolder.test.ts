/**
 * `-o` into a folder the user cannot write is refused before any work, as a missing folder is: it was
 * found only at the write, after every input was read and every invoice (or 10,000 simulated years) priced.
 * /proc/sys is such a folder on Linux, for root too; elsewhere the test has nothing to run on.
 */
import { accessSync, constants } from 'node:fs';
import { runCli } from './runCli';

const FOLDER = '/proc/sys';
function unwritable(): boolean {
  try {
    accessSync(FOLDER, constants.W_OK);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EACCES';
  }
}

(unwritable() ? it : it.skip)('is said before any input is read, naming the file, exit 1', async () => {
  const out = `${FOLDER}/invoice.xlsx`;
  const run = await runCli([
    'invoice',
    '--contract',
    'no-such-contract.json',
    '--actuals',
    'no-such-actuals.csv',
    '--period',
    '2026-10',
    '-o',
    out,
  ]);
  expect(run).toEqual({ code: 1, out: '', err: `cannot write ${out}: permission denied` });
  expect((await runCli(['demo', '--lang', 'fr', '-o', out])).err).toBe(
    `impossible d’écrire ${out}\u00a0: permission refusée`,
  );
});
