/** `demo` without -o writes to out/, created if needed: where it cannot be, one line says why. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';

function inFolder<T>(folder: string, run: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(folder);
  return run().finally(() => process.chdir(cwd));
}

it('a file named out where the folder goes is said, not an unexpected EEXIST, and kept', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'of-demo-out-'));
  writeFileSync(join(folder, 'out'), 'my notes');
  for (const lang of ['en', 'fr']) {
    const run = await inFolder(folder, () => runCli(['demo', '--lang', lang]));
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toBe(
      lang === 'en'
        ? `cannot write out/outcome-fees-demo-bpo-customer-service-en.xlsx: out is not a folder`
        : `impossible d’écrire out/outcome-fees-demo-bpo-customer-service-fr.xlsx\u00a0: out n’est pas un dossier`,
    );
  }
  expect(readFileSync(join(folder, 'out'), 'utf8')).toBe('my notes');
});
