import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cliTexts } from '../../core/i18n/cli';
import { runCli } from './runCli';

describe('outcome-fees docs --root DIR', () => {
  const root = mkdtempSync(join(tmpdir(), 'of-docs-'));
  const shown = (file: string) => relative(process.cwd(), join(root, file));

  it('says a reference that is not there is missing, not stale', async () => {
    const run = await runCli(['docs', '--check', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.err.split('\n')).toEqual([
      `${shown('docs/functions.md')} is missing: run npm run docs`,
      `${shown('docs/functions.fr.md')} is missing: run npm run docs`,
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
    expect(run.err).toBe(cliTexts('fr').referenceStale(shown('docs/functions.fr.md')));
  });
});
