/**
 * `-o` onto a file whose write permission is off is refused, before any work, and the file kept: the
 * atomic write renames a new file over the old one, which the folder's permission allows whatever the
 * file's, so a workbook made read-only to keep it (an issued invoice) was replaced without a word.
 */
import { chmodSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'of-read-only-'));
const contract = join(dir, 'contract.json');
const actuals = join(dir, 'actuals.csv');
const kept = join(dir, 'issued.xlsx');

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
  writeFileSync(kept, 'the issued invoice');
  chmodSync(kept, 0o444);
});

const invoice = (...more: string[]) =>
  runCli(['invoice', '--contract', contract, '--actuals', actuals, '--period', '2026-10', ...more]);

it('is refused naming the file, exit 1, and the file is kept as it was', async () => {
  expect(await invoice('-o', kept)).toEqual({
    code: 1,
    out: '',
    err: `refusing to write ${kept}: it is read-only (its write permission is off); make it writable, or give -o another file`,
  });
  expect(readFileSync(kept, 'utf8')).toBe('the issued invoice');
  expect(readdirSync(dir).sort()).toEqual(['actuals.csv', 'contract.json', 'issued.xlsx']);
});

it('says so in French with --lang fr where the command has no contract yet', async () => {
  expect((await runCli(['demo', '--lang', 'fr', '-o', kept])).err).toBe(
    `refus d’écrire ${kept}\u00a0: il est en lecture seule (son droit d’écriture est retiré)\u00a0; rendez-le modifiable, ou donnez à -o un autre fichier`,
  );
});

it('a writable file is replaced as before', async () => {
  const writable = join(dir, 'draft.xlsx');
  writeFileSync(writable, 'draft');
  expect((await invoice('-o', writable)).code).toBe(0);
  expect(readFileSync(writable).subarray(0, 2).toString()).toBe('PK');
});
