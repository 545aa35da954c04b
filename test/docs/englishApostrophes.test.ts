/**
 * README.md and docs/*.md are written in English with the straight apostrophe (`the contract's`), as the
 * product's English texts are (test/i18n/englishApostrophes.test.ts): an English possessive or contraction
 * with the typographic one is a slip. French passages keep theirs (`l’objectif`, `jusqu’à`): French never
 * ends a word in `’s` or `n’t`, so those two are what the test looks for. functions.fr.md is French.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';

const ENGLISH_DOCS = [
  'README.md',
  ...readdirSync(join(REPO_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md') && !name.endsWith('.fr.md'))
    .map((name) => `docs/${name}`),
];

/** Each English possessive or contraction written with `’` in `text`, as `file:line: word`. */
function typographicEnglish(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      [...line.matchAll(/\p{L}+’(?:s|t)(?!\p{L})/gu)].map(([word]) => `${file}:${i + 1}: ${word}`),
    );
}

test('the English docs write possessives and contractions with the straight apostrophe', () => {
  expect(ENGLISH_DOCS.length).toBeGreaterThan(3);
  const found = ENGLISH_DOCS.flatMap((file) =>
    typographicEnglish(file, readFileSync(join(REPO_ROOT, file), 'utf8')),
  );
  expect(found).toEqual([]);
});

test('the rule finds an English possessive and leaves a French elision', () => {
  expect(typographicEnglish('x.md', 'the supplier’s invoice, don’t, l’objectif jusqu’à s’écrire')).toEqual([
    'x.md:1: supplier’s',
    'x.md:1: don’t',
  ]);
});
