/**
 * Where the README sends a reader to a section of docs/contract-format.md by its name in quotes
 * (`docs/contract-format.md, "Moving levels"`), that section is there: a heading that begins with the
 * name, so a renamed or dropped section fails rather than leaving the reader to search.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';
import { readme } from './readmeExamples';

const flat = readme().replace(/\s+/g, ' ');
const headings = [
  ...readFileSync(join(REPO_ROOT, 'docs', 'contract-format.md'), 'utf8').matchAll(/^#+ (.+)$/gm),
].map((m) => m[1].replace(/`/g, ''));

describe('the README’s references to docs/contract-format.md by section name', () => {
  it('name headings of that file', () => {
    const references = [...flat.matchAll(/docs\/contract-format\.md`?,? ((?:"[^"]+"(?:,| and)? ?)+)/g)];
    const names = references.flatMap((m) => [...m[1].matchAll(/"([^"]+)"/g)].map((n) => n[1]));
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((name) => !headings.some((h) => h.startsWith(name)))).toEqual([]);
  });
});
