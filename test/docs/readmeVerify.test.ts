/**
 * The README's `verify` example is what `verify` prints for the October invoice written by `invoice -o`
 * with CSAT's amount (F13) typed over as 5500: the difference, at its cell, and the fingerprint line (the
 * README abbreviates the hash, `6f3c…e1`; the engine version is part of it, so only its form is held).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, templateFiles } from '../cli/runCli';
import { blockStartingWith, readme } from './readmeExamples';

const ABBREVIATED = /^fingerprint [0-9a-f]+…[0-9a-f]+ (matches the contract and actuals)$/;
const FULL = /^fingerprint [0-9a-f]{64} (matches the contract and actuals)$/;

describe('the README’s verify example', () => {
  it('is what verify prints for the October invoice with CSAT’s amount typed over', async () => {
    const shown = blockStartingWith(readme(), 'Invoice 2026-10: 1 difference');
    const edit = /^'Invoice 2026-10'!(F\d+) \(CSAT, Amount\): (\d+) in the file/.exec(shown[1]);
    expect(edit).not.toBeNull();

    const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-readme-verify-'));
    const at = (name: string) => join(dir, name);
    const { contract, actuals } = await templateFiles();
    writeFileSync(at('contract.json'), contract);
    writeFileSync(at('actuals.csv'), actuals);
    const inputs = ['--contract', at('contract.json'), '--actuals', at('actuals.csv')];
    const written = await runCli(['invoice', ...inputs, '--period', '2026-10', '-o', at('invoice.xlsx')]);
    expect(written.code).toBe(0);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(at('invoice.xlsx'));
    book.getWorksheet('Invoice 2026-10')!.getCell(edit![1]).value = Number(edit![2]);
    await book.xlsx.writeFile(at('invoice.xlsx'));

    const verified = await runCli(['verify', '--invoice', at('invoice.xlsx'), ...inputs]);
    expect(verified.code).toBe(1);
    const printed = verified.out.split('\n');
    expect(printed.slice(0, -1)).toEqual(shown.slice(0, -1));
    expect(printed.at(-1)).toMatch(FULL);
    expect(shown.at(-1)).toMatch(ABBREVIATED);
  });
});
