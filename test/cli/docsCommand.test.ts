import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliTexts } from '../../core/i18n/cli';
import { runCli } from './runCli';

describe('outcome-fees docs --root DIR', () => {
  const root = mkdtempSync(join(tmpdir(), 'of-docs-'));
  // Outside the folder the tests run in: named whole, as every command names a file there.
  const shown = (file: string) => join(root, file);

  it('says a reference that is not there is missing, not stale, and the command that writes it', async () => {
    const run = await runCli(['docs', '--check', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.err.split('\n')).toEqual([
      `${shown('docs/functions.md')} is missing: run outcome-fees docs --root ${root}`,
      `${shown('docs/functions.fr.md')} is missing: run outcome-fees docs --root ${root}`,
    ]);
  });

  it('names the files it wrote where they are, leaving no temporary file', async () => {
    const run = await runCli(['docs', '--root', root]);
    expect(run.code).toBe(0);
    expect(run.out.split('\n')).toEqual([
      `Wrote ${shown('docs/functions.md')}`,
      `Wrote ${shown('docs/functions.fr.md')}`,
    ]);
    expect(readdirSync(join(root, 'docs')).sort()).toEqual(['functions.fr.md', 'functions.md']);
    expect(readFileSync(join(root, 'docs/functions.md'), 'utf8')).toMatch(/BONUSMALUS/);
    expect((await runCli(['docs', '--check', '--root', root])).code).toBe(0);
  });

  it('says an edited reference is stale', async () => {
    writeFileSync(join(root, 'docs/functions.fr.md'), 'edited');
    const run = await runCli(['docs', '--check', '--root', root, '--lang', 'fr']);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      cliTexts('fr').referenceStale(shown('docs/functions.fr.md'), `outcome-fees docs --root ${root}`),
    );
  });
});

describe('docs --root names a folder that is there', () => {
  const base = mkdtempSync(join(tmpdir(), 'of-docs-root-'));

  it.each([[[]], [['--check']]])(
    'a root that does not exist is an error, nothing created (%j)',
    async (check) => {
      const typo = join(base, 'sitee');
      expect(await runCli(['docs', ...check, '--root', typo])).toEqual({
        code: 1,
        out: '',
        err: `--root ${typo}: no such folder`,
      });
      expect(existsSync(typo)).toBe(false);
    },
  );

  it('a root that is a file is an error, not an unexpected ENOTDIR', async () => {
    const file = join(base, 'contract.json');
    writeFileSync(file, '{}');
    expect(await runCli(['docs', '--root', file, '--lang', 'fr'])).toEqual({
      code: 1,
      out: '',
      err: `--root ${file}\u00a0: ce n’est pas un dossier`,
    });
  });

  it('a docs that is a file in the root is said as a file that cannot be written', async () => {
    const root = join(base, 'site');
    mkdirSync(root);
    writeFileSync(join(root, 'docs'), 'not a folder');
    const run = await runCli(['docs', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      `cannot write ${join(root, 'docs/functions.md')}: ${join(root, 'docs')} is not a folder`,
    );
  });

  it('without --root, the command to run is docs alone', async () => {
    const cwd = process.cwd();
    process.chdir(base);
    try {
      expect((await runCli(['docs', '--check'])).err.split('\n')[0]).toBe(
        'docs/functions.md is missing: run outcome-fees docs',
      );
    } finally {
      process.chdir(cwd);
    }
  });
});
