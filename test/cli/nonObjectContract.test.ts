/**
 * A contract file holding JSON that is no object (`null`, a list, a number, a string, `true`) is one line
 * saying so: `null` crashed the cross-checks ('unexpected error: Cannot read properties of null'), and a
 * list or `true` went on to say the contract had no fees, of a file that is no contract at all.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-not-object-'));
const actuals = join(dir, 'actuals.csv');

beforeAll(async () => writeFileSync(actuals, (await templateFiles()).actuals));

test.each([
  ['null', 'null'],
  ['[]', 'a list'],
  ['1', '1'],
  ['"x"', '"x"'],
  // As JSON writes it: "TRUE" is a spreadsheet's word for a cell.
  ['true', 'true'],
])('%s', async (json, got) => {
  const contract = join(dir, 'contract.json');
  writeFileSync(contract, `${json}\n`);
  const run = await runCli(['invoice', '--contract', contract, '--actuals', actuals, '--period', '2026-10']);
  expect(run).toEqual({ code: 1, out: '', err: `contract.json: (contract): expected an object, got ${got}` });
});
