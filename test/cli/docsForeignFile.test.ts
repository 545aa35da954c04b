/**
 * `docs` replaces only a function reference it wrote: run in a project of the user's (no --root: the
 * current folder), it overwrote their own docs/functions.md without a word. A reference it wrote, stale
 * or not, is replaced as before; anything else is refused, naming it, and nothing is written.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';

function rootWith(functionsMd: string): string {
  const root = mkdtempSync(join(tmpdir(), 'of-docs-foreign-'));
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'docs', 'functions.md'), functionsMd);
  return root;
}

it('a docs/functions.md of the user is kept, and nothing is written', async () => {
  const root = rootWith('# Our spreadsheet functions\n\nNotes of the finance team.\n');
  const file = join(root, 'docs', 'functions.md');
  expect(await runCli(['docs', '--root', root])).toEqual({
    code: 1,
    out: '',
    err: `refusing to replace ${file}: it is not a function reference outcome-fees wrote (its first line is not "# Outcome Fees — worksheet function reference"); give --root a folder of its own`,
  });
  expect(readFileSync(file, 'utf8')).toBe('# Our spreadsheet functions\n\nNotes of the finance team.\n');
  expect(readdirSync(join(root, 'docs'))).toEqual(['functions.md']);
});

it('a stale reference it wrote is replaced', async () => {
  const root = rootWith('# Outcome Fees — worksheet function reference\n\nan older text\n');
  const run = await runCli(['docs', '--root', root]);
  expect(run.code).toBe(0);
  expect(readFileSync(join(root, 'docs', 'functions.md'), 'utf8')).toMatch(/BONUSMALUS/);
});
