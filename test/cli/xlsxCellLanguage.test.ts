/**
 * A cell the .xlsx reader refuses (`core/xlsx/readCells.ts`) is said in the run's language: the command
 * line printed its English text in a French run, as it printed every workbook failure as thrown.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-cell-language-'));

/** The French demo with its Actuals sheet's October FCR (E3) holding `0x10` in a number cell. */
async function frenchDemoWithHexCell(): Promise<{ demo: string; hex: string }> {
  const demo = join(dir, 'demo-fr.xlsx');
  expect((await runCli(['demo', '--lang', 'fr', '-o', demo])).code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(demo));
  const part = 'xl/worksheets/sheet2.xml';
  const xml = await zip.file(part)!.async('string');
  const edited = xml.replace(/<c r="E3"[^>]*?(?:\/>|>.*?<\/c>)/, '<c r="E3" s="7"><v>0x10</v></c>');
  expect(edited).not.toBe(xml);
  zip.file(part, edited);
  const hex = join(dir, 'hex-fr.xlsx');
  writeFileSync(hex, await zip.generateAsync({ type: 'nodebuffer' }));
  return { demo, hex };
}

it('a French run says a refused cell in French, on one line', async () => {
  const { demo, hex } = await frenchDemoWithHexCell();
  const run = await runCli(['invoice', '--contract', demo, '--actuals', hex, '--period', '2026-10']);
  expect(run.code).toBe(1);
  const lines = run.err.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/!E3\s: une cellule nombre contenant «\s0x10\s», qui n’est pas un nombre décimal/);
  expect(lines[0]).not.toContain('which is not a decimal number');
});
