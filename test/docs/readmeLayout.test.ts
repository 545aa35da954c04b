/**
 * The README's Project layout names every folder of the repository a newcomer finds: each top-level folder
 * (build outputs and other ignored folders aside, `.ci/` included) and each folder of `core/`. A folder
 * added without its line would leave the newcomer guessing what it holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';
import { blockStartingWith, readme } from './readmeExamples';

const layout = blockStartingWith(readme(), 'core/            pure TypeScript, no host API');
const ignored = new Set(
  readFileSync(join(REPO_ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .filter((line) => /^[\w.-]+\/$/.test(line))
    .map((line) => line.slice(0, -1)),
);

function folders(path: string): string[] {
  return readdirSync(join(REPO_ROOT, path), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !ignored.has(entry.name))
    .map((entry) => entry.name);
}

/** The names a layout line starts with at an indent: `core/`, `  money.ts`. */
function named(indent: string): Set<string> {
  const at = new RegExp(`^${indent}(\\S+)`);
  return new Set(layout.map((line) => at.exec(line)?.[1]).filter((name) => name !== undefined));
}

describe('the README’s Project layout', () => {
  it('names every top-level folder', () => {
    const listed = named('');
    const top = folders('').filter((name) => !name.startsWith('.') || name === '.ci');
    expect(top.length).toBeGreaterThan(5);
    expect(top.filter((name) => !listed.has(`${name}/`))).toEqual([]);
  });

  it('names every folder of core/', () => {
    const listed = named('  ');
    const core = folders('core');
    expect(core.length).toBeGreaterThan(10);
    expect(core.filter((name) => !listed.has(`${name}/`))).toEqual([]);
  });
});
