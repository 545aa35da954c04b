/**
 * The commands the README and docs/*.md give to run something of the repository name what is there: each
 * `npm run NAME` a script of package.json, each script a `node …` or `npx jest …` line runs a file of the
 * repository. A script renamed or a bench moved would leave a newcomer with "Missing script" or "Cannot
 * find module" where the docs promised a figure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';

const files = [
  'README.md',
  ...readdirSync(join(REPO_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
/** Each file's text with its lines joined, so a command wrapped over two lines reads as one. */
const texts = files.map((file) => ({
  file,
  text: readFileSync(join(REPO_ROOT, file), 'utf8').replace(/\s+/g, ' '),
}));
const { scripts } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('the commands of the README and docs/*.md', () => {
  it('run npm scripts package.json has', () => {
    const named = texts.flatMap(({ file, text }) =>
      [...text.matchAll(/\bnpm run ([\w:-]+)/g)].map((m) => ({ file, script: m[1] })),
    );
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter(({ script }) => !(script in scripts))).toEqual([]);
  });

  it('run files of the repository with node or jest', () => {
    const run = texts.flatMap(({ file, text }) =>
      [
        ...text.matchAll(
          /\b(?:node|npx jest)(?: --?[\w-]+(?:=\S+)?)* ((?:bench|test|core|bin|excel-addin|sheets-addon)\/[\w./-]+\.[jt]s)\b/g,
        ),
      ].map((m) => ({ file, path: m[1] })),
    );
    expect(run.length).toBeGreaterThan(10);
    expect(run.filter(({ path }) => !existsSync(join(REPO_ROOT, path)))).toEqual([]);
  });
});
