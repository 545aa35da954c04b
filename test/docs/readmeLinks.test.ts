/**
 * Every link of README.md leads somewhere (a heading of the README, or a file of the repository), and every
 * source path it names in `code` is a file of the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
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

/** A Markdown text without its code blocks, whose text is no Markdown. */
function prose(text = README): string {
  const inCode = new Set<number>();
  for (const block of codeBlocks(text))
    for (let i = block.line - 2; i <= block.line + block.lines.length - 1; i += 1) inCode.add(i);
  return text
    .split('\n')
    .filter((_, i) => !inCode.has(i))
    .join('\n');
}

/** The anchors of a Markdown text's headings. */
function anchorsOf(text: string): Set<string> {
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1].replace(/`/g, ''))));
}

describe('README links', () => {
  const text = prose();
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);

  it('to a section name a heading of the README', () => {
    const anchors = anchorsOf(text);
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

describe('links of docs/*.md', () => {
  it('reach a file of the repository, and a heading of it where they name one', () => {
    const docs = readdirSync(join(REPO_ROOT, 'docs')).filter((f) => f.endsWith('.md'));
    const text = (file: string) => prose(readFileSync(join(REPO_ROOT, file), 'utf8'));
    const broken: string[] = [];
    let links = 0;
    for (const doc of docs.map((f) => `docs/${f}`))
      for (const [, link] of text(doc).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^https?:/.test(link)) continue;
        links += 1;
        const [path, anchor] = link.split('#');
        const target = path ? normalize(join(dirname(doc), path)) : doc;
        if (!existsSync(join(REPO_ROOT, target))) broken.push(`${doc}: ${link}`);
        else if (anchor && target.endsWith('.md') && !anchorsOf(text(target)).has(anchor))
          broken.push(`${doc}: ${link}`);
      }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(10);
  });

  it('name source files that exist (a pattern such as `docs/functions*.md`, and the built help pages, aside)', () => {
    const docs = readdirSync(join(REPO_ROOT, 'docs')).filter((f) => f.endsWith('.md'));
    const paths = docs.flatMap((f) => [
      ...readFileSync(join(REPO_ROOT, 'docs', f), 'utf8').matchAll(
        /`((?:core|test|bench|docs|excel-addin|sheets-addon|taskpane|bin|schemas)\/[^`\s*]*)`/g,
      ),
    ]);
    const built = /^docs\/functions(\.fr)?\.html$/;
    const missing = [...new Set(paths.map((m) => m[1]))].filter(
      (p) => !built.test(p) && !existsSync(join(REPO_ROOT, p)),
    );
    expect(missing).toEqual([]);
    expect(paths.length).toBeGreaterThan(20);
  });
});
