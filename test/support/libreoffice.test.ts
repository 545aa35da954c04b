/**
 * The helpers that run LibreOffice and poppler for the read-back tests fail in words: a program missing
 * names its package, one that fails or hangs says so, and a conversion LibreOffice could not do (it exits 0
 * then) is a failure, not a test reading an old or absent file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTool } from './externalTool';
import { convertWithLibreOffice } from './libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-lo-helper-'));
const SH = { command: 'sh', debianPackage: 'dash' };

test('a program not installed is named with the package to install', () => {
  expect(() => runTool({ command: 'outcome-fees-no-such-tool', debianPackage: 'some-package' }, [])).toThrow(
    'outcome-fees-no-such-tool is not installed, and this test needs it: apt-get install some-package (bash .ci/run installs it)',
  );
});

test('a program that fails says its exit code and its own words', () => {
  expect(() => runTool(SH, ['-c', 'echo cannot open >&2; exit 3'])).toThrow(
    'sh -c echo cannot open >&2; exit 3 exited 3: cannot open\n',
  );
  expect(runTool(SH, ['-c', 'echo fine'])).toBe('fine\n');
});

test('a program that does not finish in time is stopped and said so', () => {
  expect(() => runTool(SH, ['-c', 'sleep 5'], 200)).toThrow('sh did not finish within 0.2 s (SIGTERM)');
});

test('a file LibreOffice cannot load is a failure naming the file it did not write; one it can is converted', () => {
  writeFileSync(join(dir, 'broken.xlsx'), 'not a workbook');
  writeFileSync(join(dir, 'table.csv'), 'a,b\n1,2\n');
  expect(() => convertWithLibreOffice([join(dir, 'broken.xlsx')], 'pdf', join(dir, 'out'))).toThrow(
    `soffice wrote no ${join(dir, 'out', 'broken.pdf')}`,
  );
  const [xlsx] = convertWithLibreOffice([join(dir, 'table.csv')], 'xlsx', join(dir, 'out'));
  expect(xlsx).toBe(join(dir, 'out', 'table.xlsx'));
  expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
}, 300_000);
