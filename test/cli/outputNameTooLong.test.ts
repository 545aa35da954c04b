/**
 * An -o name the file system cannot hold (longer than 255 bytes) is refused before any input is read, as
 * a missing folder is: it was found only at the write, after the work.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';

it('is said before the inputs are read, naming the file, exit 1', async () => {
  const out = join(tmpdir(), `${'x'.repeat(300)}.xlsx`);
  expect(
    await runCli([
      'invoice',
      '--contract',
      'no-such-contract.json',
      '--actuals',
      'no-such-actuals.csv',
      '--period',
      '2026-10',
      '-o',
      out,
    ]),
  ).toEqual({ code: 1, out: '', err: `cannot write ${out}: the name is too long` });
});
