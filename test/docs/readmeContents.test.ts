/**
 * The README's first screen: after the two commands, what a newcomer needs installed and a list of where
 * to find what. A section added without a line in that list would be found only by scrolling 1,800 lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';
import { codeBlocks, readme } from './readmeExamples';

const README = readme();
const lines = README.split('\n');
const [first] = codeBlocks(README);
/** The lines after the first block up to the first paragraph that is not the contents list. */
const afterCommands = lines.slice(first.line + first.lines.length);
const listEnd = afterCommands.findIndex(
  (line, i) => i > 0 && line === '' && !/^- /.test(afterCommands[i + 1] ?? ''),
);
const contents = afterCommands.slice(0, listEnd).join('\n');

/** GitHub's anchor for a heading, as test/docs/readmeLinks.test.ts makes it. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

describe('the README’s contents, right after the two commands', () => {
  it('links every section (## heading) of the README', () => {
    const linked = new Set([...contents.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]));
    const sections = [...README.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections.length).toBeGreaterThan(10);
    expect(sections.filter((s) => !linked.has(slug(s)))).toEqual([]);
  });

  it('lists the sections in the order a user reads them, the README’s own order', () => {
    const headings = [...README.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slug(m[1]));
    const linked = [...contents.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    const at = linked.map((anchor) => ({ anchor, index: headings.indexOf(anchor) }));
    expect(at.filter((a) => a.index < 0)).toEqual([]);
    const outOfOrder = at.filter((a, i) => i > 0 && a.index < at[i - 1].index).map((a) => a.anchor);
    expect(outOfOrder).toEqual([]);
  });

  it('says which Node.js the package requires', () => {
    const { engines } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    const major = /^>=(\d+)$/.exec(engines.node)?.[1];
    expect(major).toBeDefined();
    expect(contents).toContain(`Node.js ${major} or later`);
  });
});
