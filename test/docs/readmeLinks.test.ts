/**
 * Every link of README.md leads somewhere (a heading of the README, or a file of the repository), and every
 * source path it names in `code` is a file of the repository.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';
import { codeBlocks, readme } from './readmeExamples';

const README = readme();

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The README without its code blocks, whose text is no Markdown. */
function prose(): string {
  const inCode = new Set<number>();
  for (const block of codeBlocks(README))
    for (let i = block.line - 2; i <= block.line + block.lines.length - 1; i += 1) inCode.add(i);
  return README.split('\n')
    .filter((_, i) => !inCode.has(i))
    .join('\n');
}

describe('README links', () => {
  const text = prose();
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);

  it('to a section name a heading of the README', () => {
    const anchors = new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1].replace(/`/g, ''))));
    const broken = targets.filter((t) => t.startsWith('#') && !anchors.has(t.slice(1)));
    expect(broken).toEqual([]);
    expect(targets.filter((t) => t.startsWith('#')).length).toBeGreaterThan(5);
  });

  it('to a file name a file of the repository', () => {
    const files = targets.filter((t) => !t.startsWith('#') && !/^https?:/.test(t));
    const missing = files.filter((t) => !existsSync(join(REPO_ROOT, t.split('#')[0])));
    expect(missing).toEqual([]);
    expect(files.length).toBeGreaterThan(5);
  });

  it('name source files that exist (build outputs in dist/ and out/ aside)', () => {
    const paths = [
      ...README.matchAll(
        /`((?:core|test|bench|docs|excel-addin|sheets-addon|taskpane|bin|schemas)\/[^`\s]*)`/g,
      ),
    ];
    const missing = [...new Set(paths.map((m) => m[1]))].filter((p) => !existsSync(join(REPO_ROOT, p)));
    expect(missing).toEqual([]);
    expect(paths.length).toBeGreaterThan(20);
  });
});
