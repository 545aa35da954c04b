/**
 * Windows refuses to replace a workbook open in Excel (EBUSY, or EPERM at the rename): the message said
 * Node's words, naming the temporary file (`EBUSY: resource busy or locked, rename '….tmp'`), or only
 * "permission denied". It says the file is open elsewhere and what to do, the file kept, no temporary left.
 */
import { promises as fsp, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WriteFs } from '../../core/cli/outputFile';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'of-in-use-'));
const contract = join(dir, 'contract.json');
const actuals = join(dir, 'actuals.csv');
const open = join(dir, 'invoice.xlsx');

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
  writeFileSync(open, 'the workbook open in Excel');
});

/** A disk whose rename over the target fails as Windows fails it while Excel holds the file. */
function lockedBy(code: 'EBUSY' | 'EPERM'): WriteFs {
  return {
    writeFile: (path, data, options) => fsp.writeFile(path, data, options),
    rename: async (from, to) => {
      throw Object.assign(new Error(`${code}: operation not permitted, rename '${from}' -> '${to}'`), {
        code,
      });
    },
    rm: (path, options) => fsp.rm(path, options),
  };
}

it.each(['EBUSY', 'EPERM'] as const)('%s: said as a file open elsewhere, the file kept', async (code) => {
  const run = await runCli(
    ['invoice', '--contract', contract, '--actuals', actuals, '--period', '2026-10', '-o', open],
    { fs: lockedBy(code) },
  );
  expect(run).toEqual({
    code: 1,
    out: '',
    err: `cannot write ${open}: it is open in another program (Excel?): close it there and run again (the file was not changed)`,
  });
  expect(readFileSync(open, 'utf8')).toBe('the workbook open in Excel');
  expect(readdirSync(dir).sort()).toEqual(['actuals.csv', 'contract.json', 'invoice.xlsx']);
});
